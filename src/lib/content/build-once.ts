/**
 * A memo for data derived from the content collections that several routes of a build share
 * (src/lib/handbook/collections.ts): computed once per build, not once per route or page.
 */

/**
 * Wraps `compute` (no arguments, returns a promise) so that, when `memoize` is true, it runs once
 * and every call gets the promise of that first run; when false, every call runs it afresh.
 * Collections pass `import.meta.env.PROD`: in `astro build` the content cannot change during the
 * build, while in `astro dev` a changed file must show on the next page load. A run that rejects is
 * forgotten, so that a later call tries again. Callers share the value: they must not modify it.
 */
export function buildOnce<T>(memoize: boolean, compute: () => Promise<T>): () => Promise<T> {
  if (!memoize) return compute;
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= compute().catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
    return pending;
  };
}
