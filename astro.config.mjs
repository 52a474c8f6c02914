// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/lib/content-check-integration.ts';

/** Public origin of the portal; override with SITE_URL for another host. */
const site = process.env.SITE_URL || 'https://ospo-alliance.org';
/** Path the portal lives under on its host, e.g. /ospo-zone/ (BASE_PATH); `/` by default. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  // One policy everywhere: every page URL ends with a slash (links, canonical, sitemap, search).
  trailingSlash: 'always',
  // Lossless whitespace removal: Astro 7's default ('jsx') drops the space between inline
  // elements on separate lines, gluing words to links.
  compressHTML: true,
  build: { format: 'directory' },
  integrations: [
    contentCheck({ root: fileURLToPath(new URL('./content/', import.meta.url)) }),
    mdx(),
    sitemap(),
  ],
  vite: { plugins: [tailwindcss()] },
});
