/**
 * ESLint: JavaScript's recommended rules, typescript-eslint's strict set (which includes its
 * recommended one) and eslint-plugin-astro's recommended rules, over the whole tree: src/, scripts/,
 * tests/ and the config files. Formatting is Prettier's (prettier.config.js), not ESLint's.
 * The type-aware rule sets are not used: they need a type-checked program for every .astro file,
 * which `astro check` (npm run check) already builds.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-*/',
    '.astro/',
    'test-results/',
    'playwright-report/',
    'blob-report/',
    'screenshots/',
    'ggi-import/',
    '.ggi-import/',
    'tmp/',
    'tests/fixtures/',
  ]),
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  {
    // Scripts, tests and config files run in Node; the browser islands are below.
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/scripts/**', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      // An unused name is a mistake, except a rest sibling that drops a property from a copy
      // (`const { a, ...rest } = o`) and a name that starts with _ on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Off: `!` marks lookups known to succeed (a Map built from the same list, a regex group that
      // always matches); tests fail loudly at once if one does not, and a runtime check adds nothing.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Playwright reads a test's fixtures from its first parameter, which must be an object pattern:
    // `async ({}, testInfo) => …` is how a test that needs no fixture reaches testInfo.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
);
