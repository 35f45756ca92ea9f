import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentManagerExtraZh } from '../../src/admin/translations/content-manager-extra';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is a plain Node script
const { render, TARGET } = require('../../scripts/strapi-zh-hans.js') as { render(): string; TARGET: string };

const english = (() => {
  const file = path.join(
    __dirname,
    '..',
    '..',
    'node_modules',
    '@strapi',
    'content-manager',
    'dist',
    'admin',
    'translations',
    'en.json.js'
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Strapi's compiled translation module
  const loaded = require(file) as { default?: Record<string, string> } & Record<string, string>;
  return (loaded.default ?? loaded) as Record<string, string>;
})();

describe("the Content Manager's Chinese (Strapi registers its own under the wrong keys)", () => {
  it('is what scripts/strapi-zh-hans.js writes from the installed Strapi (run it after an upgrade)', () => {
    expect(readFileSync(TARGET, 'utf8')).toBe(render());
  });

  it('adds only keys the Content Manager still has, each in Chinese', () => {
    for (const [key, text] of Object.entries(contentManagerExtraZh)) {
      expect(english[key.replace(/^content-manager\./, '')]).toBeDefined();
      expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
