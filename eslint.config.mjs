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
  // Every domain folder is pure: no Strapi, no database, no glue — only domain folders (its own, another
  // module's, the platform's) and small libraries. Relative paths are matched per depth below `domain/`.
  ...[
    // [files, a relative import that leaves the domain folders]
    ['src/modules/*/domain/*.ts', String.raw`^\.\./(?!\.\./[\w-]+/domain(/|$))(?!\.\./\.\./platform/domain(/|$))`],
    [
      'src/modules/*/domain/*/*.ts',
      String.raw`^\.\./\.\./(?!\.\./[\w-]+/domain(/|$))(?!\.\./\.\./platform/domain(/|$))`,
    ],
    ['src/platform/domain/*.ts', String.raw`^\.\./(?!\.\./modules/[\w-]+/domain(/|$))`],
  ].map(([files, outside]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@strapi/*', 'knex', 'koa', '@koa/*'],
              message: 'A domain folder is pure TypeScript: no Strapi or database.',
            },
            {
              regex: outside,
              message: "A domain folder imports only domain folders: load facts in the module's glue.",
            },
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
