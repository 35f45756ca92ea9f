import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every text a user types has a maximum length in its schema (finding 10): the
 * Content Manager shows it, Strapi's validator enforces it on every write path,
 * and PostgreSQL's varchar(255) never answers 500 for a long string.
 */
const root = path.resolve(__dirname, '..', '..');
const files = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]
  );
const schemas = [...files('src/api'), ...files('src/components')].filter(
  (file) => file.endsWith('.json') && (file.startsWith('src/components') || file.endsWith('schema.json'))
);

describe('text limits in the schemas', () => {
  it('finds the schemas', () => {
    expect(schemas.length).toBeGreaterThan(40);
  });

  it.each(schemas)('%s: every string, text and e-mail field has a maxLength', (file) => {
    const { attributes } = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as {
      attributes: Record<string, { type: string; maxLength?: number }>;
    };
    const unbounded = Object.entries(attributes)
      .filter(([, attribute]) => ['string', 'text', 'richtext', 'email'].includes(attribute.type))
      .filter(([, attribute]) => !(typeof attribute.maxLength === 'number' && attribute.maxLength > 0))
      .map(([name]) => name);
    expect(unbounded).toEqual([]);
  });

  it('keeps strings within the varchar(255) column', () => {
    const over = schemas.flatMap((file) =>
      Object.entries(
        (
          JSON.parse(readFileSync(path.join(root, file), 'utf8')) as {
            attributes: Record<string, { type: string; maxLength?: number }>;
          }
        ).attributes
      )
        .filter(([, attribute]) => attribute.type === 'string' && (attribute.maxLength ?? 0) > 255)
        .map(([name]) => `${file}#${name}`)
    );
    expect(over).toEqual([]);
  });
});
