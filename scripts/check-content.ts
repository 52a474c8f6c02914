/**
 * `npm run check:content [-- --root <dir>]`: validates every content file and the rules between
 * them, printing one line per problem (`content/<file>: <field>: <what is wrong>: <how to fix>`).
 * With PORTAL_CONTENT_DIR set, activities and goals are read from that layer, as the build does.
 * Exits 0 when the content is valid, 1 when it is not, 2 when the folder cannot be read.
 */
import { resolve } from 'node:path';
import { checkContent, formatProblem, summaryLine } from '../src/lib/content-check.ts';
import { collectionDirs, readLayeredTree } from '../src/lib/content-dirs.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--root');
if (at >= 0 && !args[at + 1]) {
  console.error('--root needs a folder: npm run check:content -- --root <dir>');
  process.exit(2);
}
const label = at >= 0 ? args[at + 1].replace(/\/+$/, '') : 'content';
const root = resolve(label);

let files;
try {
  files = readLayeredTree(collectionDirs(root), root);
} catch (err) {
  console.error(`${label}: cannot read the content folder (${(err as Error).message}): run the command from the project folder, or pass --root <dir>`);
  process.exit(2);
}
const { entries, problems } = checkContent(files);
for (const p of problems) console.error(formatProblem(p, label));
if (problems.length) {
  console.error(`\n${summaryLine(problems.length, label)}`);
  process.exit(1);
}
console.log(`${label}/: ${entries.length} files checked, no problems.`);
