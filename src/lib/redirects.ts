/**
 * Addresses that only redirect (to an activity's page): `/ggi/GGI-A-NN/` for every activity and
 * `/ggi/activities/<alias>/` for every former slug. They stay out of the sitemap.
 */
import type { CheckedEntry } from './content-check.ts';
import { DEFAULT_LANGUAGE } from '../schemas/vocabularies.ts';

/** Site paths (no base, leading and trailing slash) of the redirect pages the entries produce. */
export function redirectPaths(entries: readonly CheckedEntry[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (e.collection !== 'activities' || e.lang !== DEFAULT_LANGUAGE) continue;
    out.push(`/ggi/${String(e.data.id)}/`);
    for (const alias of (e.data.aliases as string[] | undefined) ?? []) out.push(`/ggi/activities/${alias}/`);
  }
  return out;
}
