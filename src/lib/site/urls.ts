/**
 * Site-internal URLs under the configured base path, with the trailing-slash policy applied
 * (astro.config.mjs: `trailingSlash: 'always'`).
 */

/**
 * Joins `base` (e.g. `/` or `/ospo-zone/`) and a site path (e.g. `ggi/` or `/ggi`), giving a
 * root-relative URL that ends with `/` unless the path names a file (has an extension) or carries
 * a `#fragment` / `?query` after its slash.
 * `withBase('/ospo-zone/', '/ggi')` → `/ospo-zone/ggi/`; `withBase('/', 'rss.xml')` → `/rss.xml`.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const match = /^([^?#]*)(.*)$/.exec(path.replace(/^\/+/, '')) ?? ['', '', ''];
  let p = match[1];
  const rest = match[2];
  const last = p.split('/').at(-1) ?? '';
  if (p && !p.endsWith('/') && !last.includes('.')) p += '/';
  return `${b}${p}${rest}`;
}

/** `withBase` for the base this site was built with (import.meta.env.BASE_URL). */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/**
 * The site path (no base, leading slash) of a page from its URL's pathname, for the base this site
 * was built with: `/ospo-zone/ggi/` → `/ggi/` under `/ospo-zone/`; '' for a pathname outside the base.
 */
export function sitePathOf(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : '';
}
