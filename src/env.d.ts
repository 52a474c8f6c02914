/** Identifies the build (set in astro.config.mjs); Pagefind's metadata cache tag. */
declare const __BUILD_ID__: string;
