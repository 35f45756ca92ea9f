import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'build/', '.strapi/', '.tmp/', 'types/generated/', 'coverage/', 'public/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Endpoint contracts are grouped per endpoint, as in Strapi's own plugins.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The domain is pure: no Strapi, no database, no glue — only other domain folders and small libraries.
  ...[
    ['src/domain/*.ts', '../*'],
    ['src/domain/*/*.ts', '../../*'],
    ['src/domain/*/*/*.ts', '../../../*'],
  ].map(([files, outside]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@strapi/*', 'knex', 'koa', '@koa/*'],
              message: 'src/domain is pure TypeScript: no Strapi or database.',
            },
            { group: [outside], message: 'src/domain imports only other domain folders: load facts in the glue.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/plugins/**'], message: 'src/api does not depend on the admin plugin.' }] },
      ],
    },
  },
  {
    files: ['src/plugins/*/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api/*/controllers/*', '**/api/*/routes/*'],
              message: "The plugin's server calls the app's services, validation and contracts, never its controllers.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/admin/**/*.{ts,tsx}', 'src/plugins/*/admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier
);
