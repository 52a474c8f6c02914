/**
 * `npm run new -- <kind> "<title>" [--root <content dir>]`: writes a new content file from the
 * collection's commented template, with the title, a file name from the title, today's date
 * where the kind has one and, for an activity, the next free GGI id; checks it and prints its
 * path. Kinds: activity, case-study, member, news, onramp, page. A case study keeps the
 * template's date: its `published` is its main source's date, which the contributor fills in.
 * Exits 2 with one line on a wrong call or when the file exists.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkFile, formatProblem } from '../src/lib/content-check.ts';
import { readContentTree } from '../src/lib/content-files.ts';
import { slugify } from '../src/lib/handbook.ts';

const KINDS = {
  activity: { dir: 'activities', template: 'activities/_template.md', titleKey: 'title', name: (t: string) => `activities/en/${slugify(t)}.md`, dateKeys: [] },
  'case-study': { dir: 'case-studies', template: 'case-studies/_template.md', titleKey: 'title', name: (t: string) => `case-studies/${slugify(t).replace(/_/g, '-')}.md`, dateKeys: [] },
  member: { dir: 'members', template: 'members/_template.md', titleKey: 'name', name: (t: string) => `members/${slugify(t).replace(/_/g, '-')}.md`, dateKeys: ['joined'] },
  news: { dir: 'news', template: 'news/_template.md', titleKey: 'title', name: (t: string, d: string) => `news/${d}-${slugify(t).replace(/_/g, '-')}.md`, dateKeys: ['date'] },
  onramp: { dir: 'onramp', template: 'onramp/_template.md', titleKey: 'title', name: (t: string, d: string) => `onramp/${d}-${slugify(t).replace(/_/g, '-')}.md`, dateKeys: [] },
  page: { dir: 'pages', template: 'pages/_template.md', titleKey: 'title', name: (t: string) => `pages/${slugify(t).replace(/_/g, '-')}.md`, dateKeys: [] },
} as const;
type Kind = keyof typeof KINDS;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
const at = args.indexOf('--root');
const root = at >= 0 ? args.splice(at, 2)[1] : 'content';
const [kind, title] = args;
if (!kind || !(kind in KINDS) || !title?.trim()) fail(`usage: npm run new -- <${Object.keys(KINDS).join('|')}> "<title>"`);
const spec = KINDS[kind as Kind];
const today = new Date().toISOString().slice(0, 10);
const path = spec.name(title, today);
if (existsSync(join(root, path))) fail(`${join(root, path)} exists already: choose another title, or edit that file`);

/** Sets a top-level frontmatter field's value, keeping the template's comments. */
const setField = (text: string, key: string, value: string) => text.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`);
const quote = (s: string) => JSON.stringify(s.trim());

let text = readFileSync(join(root, spec.template), 'utf8');
text = setField(text, spec.titleKey, quote(title));
for (const key of spec.dateKeys) text = setField(text, key, today);
if (kind === 'activity') {
  const used = readContentTree(root)
    .filter((f) => !/(^|\/)_/.test(f.path)) // not the templates
    .map((f) => /^id:\s*GGI-A-(\d+)/m.exec(f.text)?.[1])
    .filter(Boolean)
    .map(Number);
  text = setField(text, 'id', `GGI-A-${String(Math.max(0, ...used) + 1).padStart(2, '0')}`);
}
const { problems } = checkFile({ path, text });
mkdirSync(dirname(join(root, path)), { recursive: true });
writeFileSync(join(root, path), text);
console.log(join(root, path));
for (const p of problems) console.error(formatProblem(p));
if (problems.length) process.exit(1);
