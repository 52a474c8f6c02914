/**
 * Prettier: the code's existing style (single quotes, semicolons, trailing commas), with the Astro
 * plugin for .astro files. What Prettier leaves alone is in .prettierignore.
 * @type {import('prettier').Config}
 */
export default {
  plugins: ['prettier-plugin-astro'],
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  printWidth: 120,
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
