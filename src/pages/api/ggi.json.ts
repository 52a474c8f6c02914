import type { APIRoute } from 'astro';
import { handbookByGoal, slugOf } from '../../lib/handbook/collections.ts';
import { buildGgiExport } from '../../lib/handbook/api.ts';
import { href } from '../../lib/site/urls.ts';

/** `/api/ggi.json`: goals and activities as data (see src/lib/handbook/api.ts), checked against its schema at build. */
export const GET: APIRoute = async ({ site }) => {
  const steps = await handbookByGoal();
  const data = buildGgiExport(
    {
      goals: steps.map((s) => s.goal.data),
      activities: steps.flatMap((s) => s.activities).map((a) => ({ slug: slugOf(a), data: a.data })),
    },
    (path) => new URL(href(path), site).href,
  );
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
