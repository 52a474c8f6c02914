/**
 * Addresses that only redirect: `/ggi/GGI-A-NN/` for every activity and
 * `/ggi/activities/<alias>/` for every former slug (to the activity's page), and the old
 * addresses of the site this portal replaces (src/lib/site/former-site.ts). They stay out of the
 * sitemap; Pagefind skips them (a redirect page has no `data-pagefind-body`). `redirectResponse`
 * writes each of them.
 */
import type { Entry } from '../content/entries.ts';
import { FORMER_REDIRECTS } from './former-site.ts';
import { activityIdPath, activityPath } from '../routes.ts';
import { DEFAULT_LANGUAGE } from '../../schemas/vocabularies.ts';

/** Site paths (no base, leading and trailing slash) of every redirect page: those the entries produce, then the former site's. */
export function redirectPaths(entries: readonly Entry[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (e.collection !== 'activities' || e.lang !== DEFAULT_LANGUAGE) continue;
    out.push(activityIdPath(e.data.id));
    for (const alias of e.data.aliases ?? []) out.push(activityPath(alias));
  }
  for (const r of FORMER_REDIRECTS) out.push(r.from);
  return out;
}

/** `&`, `<`, `>` and `"` as character references, for text and attribute values. */
const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The page at a redirect address: a whole HTML document, valid for the W3C's Nu HTML Checker
 * (Astro's own redirect page lacks `<html lang>` and `<meta charset>`, and its
 * `content="0;url=…"` lacks the space the HTML standard requires after the semicolon), that sends
 * the browser on at once (meta refresh, delay 0), names the target as its canonical URL and keeps
 * out of search engines (robots noindex). `to`: the target's path, base path included
 * (`href(…)`); `site`: the public origin (Astro.site) the canonical URL is resolved against.
 */
export function redirectHtml(to: string, site: string | URL): string {
  const target = escapeHtml(to);
  const canonical = escapeHtml(new URL(to, site).href);
  return (
    `<!doctype html><html lang="${DEFAULT_LANGUAGE}"><head><meta charset="utf-8">` +
    `<title>Redirecting to: ${target}</title><meta http-equiv="refresh" content="0; url=${target}">` +
    `<meta name="robots" content="noindex"><link rel="canonical" href="${canonical}"></head>` +
    `<body><a href="${target}">Redirecting to <code>${target}</code></a></body></html>\n`
  );
}

/**
 * What a redirect page returns instead of rendering (`return redirectResponse(…)` in its
 * frontmatter): `redirectHtml` as an HTML response with status 200, which the static build writes
 * as the page's file, and `astro dev` serves as it is.
 */
export function redirectResponse(to: string, site: string | URL): Response {
  return new Response(redirectHtml(to, site), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
