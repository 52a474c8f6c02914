import type { APIRoute } from 'astro';
import { ggiJsonSchema } from '../../lib/handbook/api.ts';
import { href } from '../../lib/site/urls.ts';
import { ggiApiSchemaPath } from '../../lib/routes.ts';

/** `/api/ggi.schema.json`: the JSON Schema of /api/ggi.json. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(ggiJsonSchema(new URL(href(ggiApiSchemaPath()), site).href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
