/**
 * `npm run new -- <kind> "<name>" [--start "<date and time>"] [--root <content dir>]`: writes a
 * new content file from the collection's commented template and prints its path, then the fields
 * that still hold the template's example values (the content check refuses those until they are
 * replaced). Kinds and what "<name>" is:
 *   activity   the title; the file name follows the slug rule, the id is the next free one;
 *   case-study the organisation's name; the file is case-studies/<organisation-slug>.md;
 *   member     the organisation's name; members/<name-slug>.md (`joined` is left to write: the
 *              day, month or quarter the source gives, never today's date by default);
 *   news       the title; dated today, news/<today>-<title-slug>.md;
 *   onramp     the session's title; `--start` is required: "2026-01-16 10:30" (Brussels time, the
 *              series' time zone) or with an offset, "2026-01-16T10:30+01:00";
 *              onramp/<session date>-<title-slug>.md;
 *   page       the title; pages/<title-slug>.md.
 * Exits 0 when the file is written (example values left are listed, not errors), 1 when it has
 * another problem, 2 with one line on a wrong call or when the file exists.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { checkFile } from '../src/lib/content/check.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { placeholderProblems } from '../src/lib/content/rules.ts';
import { readContentTree } from '../src/lib/content/files.ts';
import { slugify } from '../src/lib/content/entries.ts';
import { frontmatterField } from '../src/lib/content/frontmatter.ts';
import { ONRAMP } from '../src/lib/community/onramp.ts';
import { impossibleDate } from '../src/schemas/shared.ts';

// A dot between digits ("1.4") becomes a hyphen, as in news/2026-01-16-ggi-handbook-1-3.md.
const kebab = (t: string) => slugify(t.replace(/(\d)\.(\d)/g, '$1-$2')).replace(/_/g, '-');

/** Per kind: folder, template, the field "<name>" fills, the file name, fields dated today. */
const KINDS = {
  activity: { dir: 'activities', nameKey: 'title', file: (t: string) => `activities/en/${slugify(t)}.md`, today: [] },
  'case-study': {
    dir: 'case-studies',
    nameKey: 'organisation',
    file: (t: string) => `case-studies/${kebab(t)}.md`,
    today: [],
  },
  member: { dir: 'members', nameKey: 'name', file: (t: string) => `members/${kebab(t)}.md`, today: [] },
  news: { dir: 'news', nameKey: 'title', file: (t: string, d: string) => `news/${d}-${kebab(t)}.md`, today: ['date'] },
  onramp: { dir: 'onramp', nameKey: 'title', file: (t: string, d: string) => `onramp/${d}-${kebab(t)}.md`, today: [] },
  page: { dir: 'pages', nameKey: 'title', file: (t: string) => `pages/${kebab(t)}.md`, today: [] },
} as const;
type Kind = keyof typeof KINDS;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const usage = `usage: npm run new -- <${Object.keys(KINDS).join('|')}> "<name>" [--start "YYYY-MM-DD hh:mm"] [--root <dir>]`;
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { root: { type: 'string', default: 'content' }, start: { type: 'string' } },
  });
} catch (err) {
  fail(`${(err as Error).message}\n${usage}`);
}
const { root, start } = parsed.values;
const [kind, name] = parsed.positionals;
if (!kind || !(kind in KINDS) || !name?.trim()) fail(usage);
const spec = KINDS[kind as Kind];

/**
 * The session start as written in the file: ISO 8601 with its offset. A time without an offset
 * is Brussels time. Undefined when the text is not a date and time.
 */
function sessionStart(text: string): DateTime | undefined {
  const t = text.trim().replace(' ', 'T');
  const hasOffset = /([+-]\d{2}:?\d{2}|Z)$/.test(t);
  const dt = DateTime.fromISO(t, hasOffset ? { setZone: true } : { zone: ONRAMP.timeZone });
  if (!dt.isValid || !/T\d{1,2}:\d{2}/.test(t)) return undefined;
  // Luxon moves a wall-clock time that does not exist (the night the clocks go forward) by an
  // hour; such a start is refused rather than shifted.
  const written = /T(\d{1,2}):(\d{2})/.exec(t)!;
  if (!hasOffset && (dt.hour !== Number(written[1]) || dt.minute !== Number(written[2]))) return undefined;
  return dt;
}

let fileDate = new Date().toISOString().slice(0, 10);
let startValue: string | undefined;
if (kind === 'onramp') {
  if (!start)
    fail(
      `npm run new -- onramp needs the session's date and time: --start "2026-01-16 10:30" (Brussels time) or --start 2026-01-16T10:30+01:00`,
    );
  const dt = sessionStart(start);
  const impossible = impossibleDate(start.trim().replace(' ', 'T'));
  if (impossible) fail(`--start "${start}" ${impossible.replace(/: .*/, '')}: correct it, e.g. "2026-01-16 10:30"`);
  if (!dt)
    fail(
      `--start "${start}" is not a date and time in Brussels (or the clocks skip that hour): write it as "2026-01-16 10:30" (Brussels time) or 2026-01-16T10:30+01:00`,
    );
  startValue = dt.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? undefined;
  fileDate = dt.toISODate() ?? fileDate;
} else if (start) fail(`--start is for onramp sessions only\n${usage}`);

const path = spec.file(name, fileDate);
if (existsSync(join(root, path))) fail(`${join(root, path)} exists already: choose another name, or edit that file`);

/** Sets a top-level frontmatter field's value, keeping the template's comments. */
const setField = (text: string, key: string, value: string) =>
  text.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`);

const templateFile = `${spec.dir}/_template.md`;
const template = readFileSync(join(root, templateFile), 'utf8');
let text = setField(template, spec.nameKey, JSON.stringify(name.trim()));
for (const key of spec.today) text = setField(text, key, fileDate);
if (startValue) text = setField(text, 'start', JSON.stringify(startValue));
if (kind === 'activity') {
  const used = readContentTree(root)
    .filter((f) => !/(^|\/)_/.test(f.path)) // not the templates
    .map((f) => frontmatterField(f.text, 'id'))
    .flatMap((id) => (typeof id === 'string' && /^GGI-A-\d+$/.test(id) ? [Number(id.slice('GGI-A-'.length))] : []));
  text = setField(text, 'id', `GGI-A-${String(Math.max(0, ...used) + 1).padStart(2, '0')}`);
}
mkdirSync(dirname(join(root, path)), { recursive: true });
writeFileSync(join(root, path), text);
console.log(join(root, path));

const { entry, problems } = checkFile({ path, text });
for (const p of problems) console.error(formatProblem(p));
const examples = entry
  ? placeholderProblems([entry], new Map([[spec.dir, { path: templateFile, text: template }]]))
  : [];
if (examples.length) {
  console.error(
    `Still to write (the content check refuses the template's examples): ${examples.map((p) => p.field).join(', ')}.`,
  );
}
// Fields still as the template has them that the check cannot tell from real values (a category,
// a country, a date): worth a look.
const filled = new Set<string>([
  spec.nameKey,
  ...spec.today,
  'start',
  'id',
  ...examples.map((p) => p.field.split(/[.[]/)[0]),
]);
const unchanged = [...template.matchAll(/^([a-z][\w-]*):.*$/gm)]
  .filter((m) => !filled.has(m[1]) && text.includes(`\n${m[0]}\n`))
  .map((m) => m[1]);
if (unchanged.length) console.error(`Still the template's values, check each: ${unchanged.join(', ')}.`);
if (problems.length) process.exit(1);
