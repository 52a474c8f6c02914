/**
 * `npm run import:ggi -- <source> [--out <dir>] [--root <dir>] [--lang <code>] [--version <v>] [--check]`
 * `npm run import:ggi -- --diff <old source> <new source>`
 *
 * Imports the official GGI handbook's activities from upstream data — a My GGI Board file
 * (`ggi_activities_full.json`) or a folder of the handbook's Markdown files — into activity
 * files that pass the portal's content check: `<out>/activities/<lang>/<slug>.md` (default out:
 * `ggi-import/`, lang `en`). Build the portal from them with `PORTAL_CONTENT_DIR=<out> npm run build`.
 *
 * Every planned file is checked before anything is written, with the rest of the content as a
 * build with PORTAL_CONTENT_DIR=<out> reads it from the content folder `--root` (default
 * `content`; src/lib/content/check.ts): a file the check refuses is not written, nor is the
 * deletion of the file it replaces. Problems the check finds elsewhere (a case study naming an
 * activity the release lacks) are printed: the portal would not build from <out> with that root.
 * A folder gives no roles: each activity takes those of the earlier import in <out>, else of the
 * root's own activity with the same id (<root>/activities/en/).
 * Verification points get ids by position (`v1`, `v2`, …), keeping those of the file a written
 * one replaces; the summary names each activity whose number of points changed, and what that
 * means for scorecard ticks stored under those ids.
 * Ends with a summary (files written, warnings with file and reason). Exit codes:
 *   0  done (or, with --check, nothing would change);
 *   1  with --check: something would change;
 *   2  unusable input or command line (one line on stderr);
 *   3  the content check refused files, which were not written, or nothing could be written.
 * Running it twice changes nothing the second time.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeVersion, readUpstream, type ReadOptions } from '../src/lib/importer/upstream.ts';
import { changes, planFiles, pointCountNotes, rolesById, type PlannedFile } from '../src/lib/importer/write.ts';
import { diffReport } from '../src/lib/importer/diff.ts';
import { readContentTree, type ContentFile } from '../src/lib/content/files.ts';
import { frontmatterField } from '../src/lib/content/frontmatter.ts';
import { collectionDirs, readLayeredTree } from '../src/lib/content/dirs.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { formatProblem, type Problem } from '../src/lib/content/problems.ts';
import { LANGUAGES } from '../src/schemas/vocabularies.ts';

const USAGE =
  'usage: npm run import:ggi -- <source> [--out <dir>] [--root <dir>] [--lang <code>] [--version <v>] [--check] | --diff <old source> <new source>';

/** Stops with exit code 2 and one line on stderr. */
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'ggi-import' },
      root: { type: 'string', default: 'content' },
      lang: { type: 'string', default: 'en' },
      version: { type: 'string' },
      check: { type: 'boolean', default: false },
      diff: { type: 'boolean', default: false },
    },
  });
} catch (err) {
  fail(`import:ggi: ${(err as Error).message}; ${USAGE}`);
}
const { values: opts, positionals } = parsed;

const load = (path: string, options: ReadOptions = {}) => {
  try {
    return readUpstream(path, options);
  } catch (err) {
    return fail(`import:ggi: ${(err as Error).message}`);
  }
};

if (opts.diff) {
  if (positionals.length !== 2) fail(`import:ggi: --diff takes two sources, the old release and the new one; ${USAGE}`);
  process.stdout.write(diffReport(load(positionals[0]), load(positionals[1])));
  process.exit(0);
}

const { out, lang, check } = opts;
const root = opts.root.replace(/\/+$/, '');
if (positionals.length !== 1)
  fail(`import:ggi: ${positionals.length ? 'one source at a time' : 'no source given'}; ${USAGE}`);
if (!(LANGUAGES as readonly string[]).includes(lang))
  fail(`import:ggi: --lang ${lang}: not a language of the portal (${LANGUAGES.join(', ')})`);
const sourcePath = positionals[0];

const release = load(sourcePath, { version: opts.version });
if (!release.version)
  fail(
    `import:ggi: ${sourcePath}: names no handbook version and no date to infer one from: pass --version, e.g. --version 1.3`,
  );
if (!release.activities.length)
  fail(
    `import:ggi: ${sourcePath}: no usable activity (${release.warnings.map((w) => `${w.file}: ${w.message}`).join('; ')})`,
  );

const existing = existsSync(out) ? readContentTree(out) : [];
if (!existsSync(root)) fail(`import:ggi: --root ${root}: no such folder`);
const portal = readContentTree(root).filter((f) => f.path.startsWith('activities/en/'));
// File names of the English activities by id, for translations (same address under /<lang>/).
const englishSlugs = new Map<string, string>();
for (const f of [...portal, ...existing]) {
  const m = /^activities\/en\/([^/]+)\.md$/.exec(f.path);
  const id = frontmatterField(f.text, 'id');
  if (m && typeof id === 'string') englishSlugs.set(id, m[1]);
}
const planned = planFiles(release, existing, lang, englishSlugs, rolesById(portal));

// The rest of the content as a build with PORTAL_CONTENT_DIR=<out> reads it.
const rest = readLayeredTree(collectionDirs(root, existsSync(out) ? out : undefined), root).filter(
  (f) => !f.path.startsWith('activities/'),
);
/** The whole tree once `files` are applied to the output folder. */
const treeWith = (files: readonly PlannedFile[]): ContentFile[] => {
  const after = new Map(existing.map((f) => [f.path, f.text]));
  for (const p of files) {
    if (p.text === null) after.delete(p.path);
    else after.set(p.path, p.text);
  }
  return [...rest, ...[...after].map(([path, text]) => ({ path, text }))];
};
// Check before writing: a refused file is dropped with the deletion planned for its activity,
// and the rest checked again (a next link to a dropped activity may now be refused in turn).
let accepted = planned;
const refused: Problem[] = [];
let others: Problem[];
for (;;) {
  const problems = checkContent(treeWith(accepted)).problems;
  const writing = new Set(accepted.filter((p) => p.text !== null).map((p) => p.path));
  const bad = problems.filter((p) => writing.has(p.file));
  if (!bad.length) {
    others = problems;
    break;
  }
  refused.push(...bad);
  const ids = new Set(accepted.filter((p) => bad.some((b) => b.file === p.path)).map((p) => p.activity));
  accepted = accepted.filter((p) => !ids.has(p.activity));
}
const todo = changes(accepted, existing);
const written = accepted.filter((p) => p.text !== null);

console.log(
  `GGI handbook ${describeVersion(release)} from ${sourcePath}: ${release.activities.length} activities read.`,
);
for (const w of release.warnings) console.log(`warning: ${w.file}: ${w.message}`);
const fromImport = written.filter((p) => p.rolesFrom === 'earlier import').length;
const fromPortal = written.filter((p) => p.rolesFrom === 'portal').length;
if (fromImport || fromPortal) {
  const parts = [
    ...(fromImport ? [`for ${fromImport} from the earlier import in ${out}/`] : []),
    ...(fromPortal
      ? [`for ${fromPortal} from the portal's own activity with the same id (${root}/activities/en/)`]
      : []),
  ];
  console.log(`roles: the source gives none; they were taken ${parts.join(' and ')}.`);
}
const bare = release.activities.filter((a) => !a.verification.length && written.some((p) => p.activity === a.id));
if (bare.length)
  console.log(
    `verification points: ${bare.length} activit${bare.length === 1 ? 'y has' : 'ies have'} none in this release (${bare.map((a) => a.id).join(', ')}); imported without, and their pages say so.`,
  );
// Ids are given by position, so a release with more or fewer points moves scorecard ticks.
for (const line of pointCountNotes(written)) console.log(line);
for (const p of refused) console.log(`refused: ${formatProblem(p, out)}`);
for (const p of others)
  console.log(
    `problem: ${formatProblem(p, existsSync(join(out, p.file)) || accepted.some((a) => a.path === p.file) ? out : root)}`,
  );
if (refused.length)
  console.log(
    `${new Set(refused.map((p) => p.file)).size} file(s) refused by the content check and not written (each line above: file: field: what is wrong: how to fix).`,
  );
const failed = refused.length > 0 || others.length > 0 || written.length === 0;
if (!written.length) console.log(`Nothing could be written to ${out}/.`);

if (check) {
  for (const c of todo) console.log(`${c.text === null ? 'would delete' : 'would write'} ${join(out, c.path)}`);
  console.log(todo.length ? `${todo.length} file(s) would change.` : 'Up to date: nothing would change.');
  process.exit(failed ? 3 : todo.length ? 1 : 0);
}
for (const c of todo) {
  const file = join(out, c.path);
  if (c.text === null) rmSync(file, { force: true });
  else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, c.text);
  }
}
const counts = `${todo.filter((c) => c.text !== null).length} file(s) written, ${todo.filter((c) => c.text === null).length} deleted, ${accepted.length - todo.length} unchanged; ${release.warnings.length} warning(s).`;
const next =
  root === 'content'
    ? `Build with: PORTAL_CONTENT_DIR=${out} npm run build`
    : `Check with: PORTAL_CONTENT_DIR=${out} npm run check:content -- --root ${root}`;
console.log(failed ? counts : `${counts} ${next}`);
if (failed) process.exit(3);
