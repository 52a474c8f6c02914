import type { APIRoute } from 'astro';
import { ONRAMP, seriesIcs, zonedTime } from '../../lib/onramp.ts';
import { href } from '../../lib/urls.ts';

/** `/onramp/series.ics`: the whole OnRamp series as one recurring event (RFC 5545 RRULE). */
export const GET: APIRoute = ({ site }) => {
  const [y, m, d] = ONRAMP.seriesStart.split('-').map(Number);
  const first = zonedTime(y, m, d, ONRAMP.start.hour, ONRAMP.start.minute, ONRAMP.timeZone);
  const page = new URL(href('onramp/'), site);
  return new Response(seriesIcs(first, page.href, page.host), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
