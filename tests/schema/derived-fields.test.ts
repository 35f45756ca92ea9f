import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DERIVED_FIELDS } from '../../src/platform/domain/derived-fields';

/**
 * The one list of derived fields names fields that exist: a renamed attribute
 * would otherwise become typeable in the admin and unguarded on writes.
 */
const root = path.resolve(__dirname, '..', '..');
const attributesOf = (type: string) =>
  (
    JSON.parse(readFileSync(path.join(root, 'src', 'api', type, 'content-types', type, 'schema.json'), 'utf8')) as {
      attributes: Record<string, unknown>;
    }
  ).attributes;

describe('the derived-field list', () => {
  it.each(Object.entries(DERIVED_FIELDS))('%s: every derived field is an attribute of the type', (type, derived) => {
    const attributes = attributesOf(type);
    expect(derived.fields.filter((field) => !(field in attributes))).toEqual([]);
  });
});
