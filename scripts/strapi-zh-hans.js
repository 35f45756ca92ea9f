#!/usr/bin/env node
/**
 * Strapi 5's Content Manager ships its Chinese translation with keys already
 * prefixed (`content-manager.relation.add`), and prefixes them again when it
 * registers them, so a Chinese admin sees the Content Manager in English
 * ("Add or create a relation", "Create new entry"). This writes the keys as
 * the admin looks them up into src/admin/translations/content-manager.zh-Hans.json,
 * which the admin app merges. Run it after upgrading Strapi; a test fails
 * while the file differs from what this would write.
 */
const { writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const TARGET = path.join(root, 'src', 'admin', 'translations', 'content-manager.zh-Hans.json');

function contentManagerChinese() {
  // An absolute path: the package's exports name no translation files.
  const dir = path.join(root, 'node_modules', '@strapi', 'content-manager', 'dist', 'admin', 'translations');
  const load = (name) => {
    const loaded = require(path.join(dir, `${name}.json.js`));
    return loaded.default ?? loaded;
  };
  const en = load('en');
  const zh = load('zh-Hans');
  const keys = Object.keys(en)
    .filter((key) => typeof zh[`content-manager.${key}`] === 'string' && zh[`content-manager.${key}`].trim() !== '')
    .sort();
  return Object.fromEntries(keys.map((key) => [`content-manager.${key}`, zh[`content-manager.${key}`]]));
}

const render = () => `${JSON.stringify(contentManagerChinese(), null, 2)}\n`;

if (require.main === module) {
  writeFileSync(TARGET, render());
  console.log(`wrote ${path.relative(root, TARGET)}`);
}

module.exports = { render, TARGET };
