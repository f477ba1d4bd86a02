// ESLint over the TypeScript sources (server, client, scripts, tests), type-aware, and over every regular
// expression they hold (eslint-plugin-regexp). `npm run lint` runs it; `npm test` runs `npm run lint`.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', '.bench/', 'test-results/', '.vscode-test/', 'test/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  regexp.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // A name starting with "_" is unused on purpose (`for (const _ of slices)`), as tsc's noUnused* reads it.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Passing on a rejection's own reason (of type unknown) is allowed; a new rejection must be an Error.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    // Every pattern the product runs on a document is checked for polynomial backtracking (in the recommended
    // set) and for polynomial moves: a match attempted at each position of a unit that each scan to its end
    // (docs/robustness.md says which patterns the timing test covers instead).
    files: ['server/src/**', 'client/src/**'],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // The analysis core runs in any host: no Node global either (its imports are checked by test/core/boundaries.test.ts).
    files: ['server/src/core/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'global', '__dirname', '__filename', 'require', 'module', 'setImmediate', 'clearImmediate'].map((name) => ({
          name,
          message: 'server/src/core is host-independent: pass what it needs from an adapter.',
        })),
      ],
    },
  },
  {
    // The few JavaScript files (build scripts, a require hook) are outside tsconfig.json: no type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // CommonJS files (a `node --require` hook) load modules with require() by definition.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.commonjs } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
