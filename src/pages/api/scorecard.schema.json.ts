import type { APIRoute } from 'astro';
import { scorecardJsonSchema } from '../../lib/scorecard/schema.ts';
import { href } from '../../lib/site/urls.ts';
import { scorecardSchemaPath } from '../../lib/routes.ts';

/** `/api/scorecard.schema.json`: the JSON Schema of the scorecard document the scorecard page exports. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(scorecardJsonSchema(new URL(href(scorecardSchemaPath()), site).href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
