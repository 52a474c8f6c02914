/**
 * Build timings for the benchmark (scripts/bench.ts), on only when `PORTAL_BENCH_TIMINGS=1`:
 * otherwise `benchMark` does nothing and astro.config.mjs leaves the integration out, so a
 * production build's output and log are unchanged.
 *
 * Lines printed on stdout, read by the benchmark:
 *   - `bench-mark <epoch ms> <name>`: a milestone of the build (`config:setup`, `config:done`,
 *     `build:start`, `render:setup`, `render:paths`, `render:pages`, `build:generated`,
 *     `build:done`, and those of other modules, e.g. `pagefind:indexed`);
 *   - `bench-route <ms> <pages> <component>`: after rendering, the time spent rendering the pages
 *     of one route (Astro renders one page at a time, so these add up to the rendering phase).
 * Epoch milliseconds (not `performance.now()`), so that the benchmark can line them up with its
 * own memory samples of the build's processes.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** Whether this process prints timings: `PORTAL_BENCH_TIMINGS=1` in its environment. */
export const timingsOn = (): boolean => process.env.PORTAL_BENCH_TIMINGS === '1';

/** Prints the milestone `name` (one word, no spaces) with the current time, when timings are on. */
export function benchMark(name: string): void {
  if (timingsOn()) console.log(`bench-mark ${Date.now()} ${name}`);
}

/**
 * The integration that prints the milestones of Astro's own build steps; list it first, so that
 * its hooks run before the others' (`config:setup` → `config:done` is then the other
 * integrations' set-up, `build:done` the start of their last steps). It wraps Astro's default
 * prerenderer to time `getStaticPaths` and each page, reading each page's body in full so that a
 * streamed page is timed to its end; the pages themselves are unchanged.
 */
export function buildTimings(): AstroIntegration {
  const routes = new Map<string, { ms: number; pages: number }>();
  return {
    name: 'ospo-zone:build-timings',
    hooks: {
      'astro:config:setup': () => benchMark('config:setup'),
      'astro:config:done': () => benchMark('config:done'),
      'astro:build:start': ({ setPrerenderer }) => {
        benchMark('build:start');
        setPrerenderer((inner): AstroPrerenderer => ({
          ...inner,
          setup: async () => {
            benchMark('render:setup');
            await inner.setup?.();
          },
          getStaticPaths: async () => {
            benchMark('render:paths');
            const paths = await inner.getStaticPaths();
            benchMark('render:pages');
            return paths;
          },
          render: async (request, options) => {
            const start = performance.now();
            const result = await inner.render(request, options);
            const { response, metadata } =
              result instanceof Response ? { response: result, metadata: undefined } : result;
            const body =
              response.body === null || [204, 205, 304].includes(response.status) ? null : await response.arrayBuffer();
            const whole = new Response(body, {
              status: response.status,
              statusText: response.statusText,
              headers: response.headers,
            });
            const route = routes.get(options.routeData.component) ?? { ms: 0, pages: 0 };
            route.ms += performance.now() - start;
            route.pages += 1;
            routes.set(options.routeData.component, route);
            return result instanceof Response ? whole : { response: whole, metadata };
          },
        }));
      },
      'astro:build:generated': () => {
        benchMark('build:generated');
        for (const [component, { ms, pages }] of routes)
          console.log(`bench-route ${ms.toFixed(1)} ${pages} ${component}`);
      },
      'astro:build:done': () => benchMark('build:done'),
    },
  };
}
