import type { APIRoute } from 'astro';
import { sessions } from '../../lib/community/onramp-entries.ts';
import { seriesIcs } from '../../lib/community/onramp.ts';
import { href } from '../../lib/site/urls.ts';
import { onrampPath, onrampSessionPath } from '../../lib/routes.ts';

/** `/onramp/series.ics`: every announced OnRamp session, one dated event each (no recurrence rule). */
export const GET: APIRoute = async ({ site }) => {
  const page = new URL(href(onrampPath()), site);
  const all = (await sessions()).map(({ session }) => session);
  const ics = seriesIcs(all, (s) => new URL(href(onrampSessionPath(s.id)), site).href, page.href, page.host);
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
