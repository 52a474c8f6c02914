/**
 * Addresses that only redirect: `/ggi/GGI-A-NN/` for every activity and
 * `/ggi/activities/<alias>/` for every former slug (to the activity's page), and the old
 * addresses of the site this portal replaces (src/lib/site/former-site.ts). They stay out of the
 * sitemap; Pagefind skips them (a redirect page has no <html> element).
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
