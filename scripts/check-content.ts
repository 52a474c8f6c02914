/**
 * `npm run check:content [-- --root <dir>]`: validates every content file and the rules between
 * them, printing one line per problem (`content/<file>: <field>: <what is wrong>: <how to fix>`)
 * and, on GitHub Actions (GITHUB_ACTIONS=true), the same problems as `::error file=…,line=…::`
 * annotations. With PORTAL_CONTENT_DIR set, activities and goals are read from that layer, as
 * the build does. Members' logos are looked up in public/logos/.
 * Exits 0 when the content is valid, 1 when it is not, 2 when the folder cannot be read.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/load.ts';
import { problemReport, summaryLine } from '../src/lib/content/problems.ts';

let root: string;
try {
  root = parseArgs({ options: { root: { type: 'string', default: 'content' } } }).values.root;
} catch (err) {
  console.error(`${(err as Error).message}: npm run check:content -- --root <dir>`);
  process.exit(2);
}
const label = root.replace(/\/+$/, '');

let result;
try {
  result = loadContent(resolve(label), { publicDir: resolve('public') });
} catch (err) {
  console.error(
    `${label}: cannot read the content folder (${(err as Error).message}): run the command from the project folder, or pass --root <dir>`,
  );
  process.exit(2);
}
const { entries, problems } = result;
for (const line of problemReport(problems, label, process.env.GITHUB_ACTIONS === 'true')) console.error(line);
if (problems.length) {
  console.error(`\n${summaryLine(problems.length, label)}`);
  process.exit(1);
}
console.log(`${label}/: ${entries.length} files checked, no problems.`);
