/**
 * Where each collection's files are read from. Normally all from `content/`; with
 * PORTAL_CONTENT_DIR=<dir> (content layering), the activities — and the goals, where <dir> has a
 * `goals/` folder — come from <dir>, for example the output of `npm run import:ggi`, and
 * everything else from `content/`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import { readContentTree } from './files.ts';
import { checkContent, type ContentFile } from './check.ts';

/** Collections that a layer may replace. */
export const LAYERED: readonly CollectionName[] = ['activities', 'goals'];

/**
 * The folder of each collection, absolute. `root` is the project's content folder, `layer`
 * the PORTAL_CONTENT_DIR (relative paths are taken from the working directory). Throws when the
 * layer does not exist.
 */
export function collectionDirs(root: string, layer: string | undefined = process.env.PORTAL_CONTENT_DIR): Record<CollectionName, string> {
  const base = resolve(root);
  const over = layer ? resolve(layer) : undefined;
  if (over && !existsSync(over)) throw new Error(`PORTAL_CONTENT_DIR=${layer}: no such folder`);
  const dirs = {} as Record<CollectionName, string>;
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const layered = over && LAYERED.includes(name) && existsSync(join(over, spec.dir));
    dirs[name] = join(layered ? over : base, spec.dir);
  }
  return dirs;
}

/** All content files of the (possibly layered) tree, with paths as if all lived in one folder. */
export function readLayeredTree(dirs: Record<CollectionName, string>, root: string): ContentFile[] {
  const base = resolve(root);
  const files: ContentFile[] = [];
  // Files at the top of content/ (README) and in folders that are no collection still count.
  for (const f of readContentTree(base)) {
    const top = f.path.split('/')[0];
    const owner = (Object.entries(COLLECTIONS) as [CollectionName, { dir: string }][]).find(([, s]) => s.dir === top);
    if (!owner || dirs[owner[0]] === join(base, top)) files.push(f);
  }
  for (const [name, dir] of Object.entries(dirs) as [CollectionName, string][]) {
    if (dir === join(base, COLLECTIONS[name].dir) || !existsSync(dir)) continue;
    for (const f of readContentTree(dir)) files.push({ path: `${COLLECTIONS[name].dir}/${f.path}`, text: f.text });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** File names in `<publicDir>/logos/` (members' `logo` values must be among them); none when it is absent. */
export function readLogos(publicDir: string): string[] {
  const dir = join(publicDir, 'logos');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/**
 * Reads and checks the content folder `root` (layered with PORTAL_CONTENT_DIR) as the build
 * does, logos from `publicDir`. Throws the file-system error when a folder cannot be read.
 */
export function checkContentFolder(root: string, publicDir: string): ReturnType<typeof checkContent> {
  return checkContent(readLayeredTree(collectionDirs(root), root), { logos: readLogos(publicDir) });
}
