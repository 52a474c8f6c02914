/**
 * The content as the build sees it, read and checked once per process: `astro.config.mjs` takes
 * the entries from it (redirect pages, links for activity ids) and the content-check integration
 * reports its problems, from the one result. Under `astro dev` the integration drops the result
 * when a content file changes (`invalidateContent`), so the next load reads the files again.
 */
import { resolve } from 'node:path';
import { checkContent, type CheckResult } from './check.ts';
import { collectionDirs, readLayeredTree, readLogos } from './dirs.ts';
import type { ContentFile } from './files.ts';

/** Reads the content files of `root` with the layer `layer` (PORTAL_CONTENT_DIR) over it. */
export type ContentReader = (root: string, layer: string | undefined) => ContentFile[];

/** Where the content comes from. */
export interface LoadOptions {
  /** The public folder, whose `logos/` members' logos must be in; without it, logos are not checked. */
  publicDir?: string;
  /** The content layer (see `dirs.ts`); PORTAL_CONTENT_DIR by default. */
  layer?: string;
  /** How files are read; the disk, layered, by default (tests pass their own). */
  read?: ContentReader;
}

/** Reads the layered tree from disk. Throws when a folder cannot be read or the layer does not exist. */
const readFromDisk: ContentReader = (root, layer) => readLayeredTree(collectionDirs(root, layer), root);

/** Results by content root, layer and public folder, for this process. */
const loaded = new Map<string, { root: string; result: CheckResult }>();

/**
 * The entries and problems of the content folder `root` (absolute or relative to the working
 * directory), read and checked on the first call for that root, layer and public folder and
 * remembered for the later ones. Throws the reader's error (nothing is remembered then).
 */
export function loadContent(root: string, options: LoadOptions = {}): CheckResult {
  const layer = options.layer ?? process.env.PORTAL_CONTENT_DIR;
  const publicDir = options.publicDir === undefined ? undefined : resolve(options.publicDir);
  const key = [resolve(root), layer ? resolve(layer) : '', publicDir ?? ''].join('\u0000');
  const known = loaded.get(key);
  if (known) return known.result;
  const read = options.read ?? readFromDisk;
  const result = checkContent(read(root, layer), publicDir === undefined ? {} : { logos: readLogos(publicDir) });
  loaded.set(key, { root: resolve(root), result });
  return result;
}

/** Forgets the results for the content folder `root` (all of them without it), so that the next load reads again. */
export function invalidateContent(root?: string): void {
  for (const [key, { root: r }] of loaded) if (root === undefined || r === resolve(root)) loaded.delete(key);
}
