/**
 * Where each collection's files are read from. Normally all from `content/`; with
 * PORTAL_CONTENT_DIR=<dir> (content layering), the activities — and the goals, where <dir> has a
 * `goals/` folder — come from <dir>, for example the output of `npm run import:ggi`, and
 * everything else from `content/`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import { COLLECTION_LIST } from './entries.ts';
import { readContentTree, type ContentFile } from './files.ts';

/** Collections that a layer may replace. */
export const LAYERED: readonly CollectionName[] = ['activities', 'goals'];

/**
 * The folder of each collection, absolute. `root` is the project's content folder, `layer`
 * the PORTAL_CONTENT_DIR (relative paths are taken from the working directory). Throws when the
 * layer does not exist.
 */
export function collectionDirs(
  root: string,
  layer: string | undefined = process.env.PORTAL_CONTENT_DIR,
): Record<CollectionName, string> {
  const base = resolve(root);
  const over = layer ? resolve(layer) : undefined;
  if (over && !existsSync(over)) throw new Error(`PORTAL_CONTENT_DIR=${layer}: no such folder`);
  const dir = (name: CollectionName) => {
    const spec = COLLECTIONS[name];
    const layered = over && LAYERED.includes(name) && existsSync(join(over, spec.dir));
    return join(layered ? over : base, spec.dir);
  };
  return {
    goals: dir('goals'),
    activities: dir('activities'),
    caseStudies: dir('caseStudies'),
    members: dir('members'),
    onramp: dir('onramp'),
    news: dir('news'),
    pages: dir('pages'),
  };
}

/** All content files of the (possibly layered) tree, with paths as if all lived in one folder. */
export function readLayeredTree(dirs: Record<CollectionName, string>, root: string): ContentFile[] {
  const base = resolve(root);
  const files: ContentFile[] = [];
  // Files at the top of content/ (README) and in folders that are no collection still count.
  for (const f of readContentTree(base)) {
    const top = f.path.split('/')[0];
    const owner = COLLECTION_LIST.find((c) => c.spec.dir === top);
    if (!owner || dirs[owner.name] === join(base, top)) files.push(f);
  }
  for (const { name, spec } of COLLECTION_LIST) {
    const dir = dirs[name];
    if (dir === join(base, spec.dir) || !existsSync(dir)) continue;
    for (const f of readContentTree(dir)) files.push({ path: `${spec.dir}/${f.path}`, text: f.text });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** File names in `<publicDir>/logos/` (members' `logo` values must be among them); none when it is absent. */
export function readLogos(publicDir: string): string[] {
  const dir = join(publicDir, 'logos');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
