/**
 * `npm run import:ggi -- <source> [--out <dir>] [--lang <code>] [--version <v>] [--check]`
 * `npm run import:ggi -- --diff <old source> <new source>`
 *
 * Imports the official GGI handbook's activities from upstream data — a My GGI Board file
 * (`ggi_activities_full.json`) or a folder of the handbook's Markdown files — into activity
 * files that pass the portal's schema: `<out>/activities/<lang>/<slug>.md` (default out:
 * `ggi-import/`, lang `en`). Build the portal from them with `PORTAL_CONTENT_DIR=<out> npm run build`.
 *
 * Ends with a summary (files written, warnings with file and reason). Exits 0 when done, 1 with
 * --check when something would change, 2 on unusable input (with a one-line message).
 * Running it twice changes nothing the second time.
 */
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readUpstream } from '../src/lib/importer/upstream.ts';
import { changes, planFiles } from '../src/lib/importer/write.ts';
import { diffReport } from '../src/lib/importer/diff.ts';
import { readContentTree } from '../src/lib/content-files.ts';
import { collectionDirs, readLayeredTree } from '../src/lib/content-dirs.ts';
import { checkContent, formatProblem } from '../src/lib/content-check.ts';
import { LANGUAGES } from '../src/schemas/vocabularies.ts';

const USAGE = 'usage: npm run import:ggi -- <source> [--out <dir>] [--lang <code>] [--version <v>] [--check]\n       npm run import:ggi -- --diff <old source> <new source>';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value\n${USAGE}`);
  args.splice(i, 2);
  return value;
};
const flag = (name: string): boolean => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};

const load = (path: string) => {
  try {
    return readUpstream(path);
  } catch (err) {
    return fail(`import:ggi: ${(err as Error).message}`);
  }
};

if (flag('--diff')) {
  if (args.length !== 2) fail(`--diff takes two sources, the old release and the new one\n${USAGE}`);
  process.stdout.write(diffReport(load(args[0]), load(args[1])));
  process.exit(0);
}

const out = option('--out') ?? 'ggi-import';
const lang = option('--lang') ?? 'en';
const version = option('--version');
const check = flag('--check');
if (args.length !== 1) fail(USAGE);
if (!(LANGUAGES as readonly string[]).includes(lang)) fail(`--lang ${lang}: not a language of the portal (${LANGUAGES.join(', ')})`);

const release = load(args[0]);
if (version) release.version = version;
const existing = existsSync(out) ? readContentTree(out) : [];
// File names of the English activities by id, for translations (same address under /<lang>/).
const englishSlugs = new Map<string, string>();
for (const f of [...readContentTree('content'), ...existing]) {
  const m = /^activities\/en\/([^/]+)\.md$/.exec(f.path);
  const id = /^id:\s*(GGI-A-\d+)/m.exec(f.text)?.[1];
  if (m && id) englishSlugs.set(id, m[1]);
}
const planned = planFiles(release, existing, lang, englishSlugs);
const todo = changes(planned, existing);

// The result must pass the portal's rules, checked together with the rest of the content.
const after = new Map(existing.map((f) => [f.path, f.text]));
for (const p of planned) {
  if (p.text === null) after.delete(p.path);
  else after.set(p.path, p.text);
}
// The rest of the content as a build with PORTAL_CONTENT_DIR=<out> reads it, then the planned files.
const layered = [
  ...readLayeredTree(collectionDirs('content', existsSync(out) ? out : undefined), 'content').filter((f) => !f.path.startsWith('activities/')),
  ...[...after].map(([path, text]) => ({ path, text })),
];
const problems = checkContent(layered).problems.filter((p) => p.file.startsWith('activities/'));

console.log(`GGI handbook ${release.version ?? '(no version)'} from ${args[0]}: ${release.activities.length} activities read.`);
for (const w of release.warnings) console.log(`warning: ${w.file}: ${w.message}`);
for (const p of problems) console.log(`problem: ${formatProblem(p, out)}`);

if (check) {
  for (const c of todo) console.log(`${c.text === null ? 'would delete' : 'would write'} ${join(out, c.path)}`);
  console.log(todo.length ? `${todo.length} file(s) would change.` : 'Up to date: nothing would change.');
  process.exit(todo.length ? 1 : 0);
}
for (const c of todo) {
  const file = join(out, c.path);
  if (c.text === null) rmSync(file, { force: true });
  else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, c.text);
  }
}
console.log(
  `${todo.filter((c) => c.text !== null).length} file(s) written, ${todo.filter((c) => c.text === null).length} deleted, ${planned.length - todo.length} unchanged; ${release.warnings.length} warning(s). Build with: PORTAL_CONTENT_DIR=${out} npm run build`,
);
if (problems.length) process.exit(2);
