import type { APIRoute, GetStaticPaths } from 'astro';
import { sessions } from '../../lib/community/onramp-entries.ts';
import { sessionIcs, type SessionLike } from '../../lib/community/onramp.ts';
import { href } from '../../lib/site/urls.ts';
import { onrampSessionPath } from '../../lib/routes.ts';

/** `/onramp/<id>.ics`: an iCalendar file (RFC 5545) for one OnRamp session. */
export const getStaticPaths = (async () =>
  (await sessions()).map(({ session }) => ({
    params: { slug: session.id },
    props: { session },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ session: SessionLike }> = ({ props, site }) => {
  const page = new URL(href(onrampSessionPath(props.session.id)), site);
  return new Response(sessionIcs(props.session, page.href, page.host), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
