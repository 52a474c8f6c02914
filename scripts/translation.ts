/**
 * `npm run translation -- <English file> [...]`: prints the `translatedFrom` value for a
 * translation of each English content file (its source hash, src/lib/i18n/translations.ts), as
 * the line to put in the translation's frontmatter. Run it again when you bring a translation up
 * to date with a changed original.
 */
import { readFileSync } from 'node:fs';
import { sourceHash } from '../src/lib/i18n/translations.ts';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('npm run translation -- <English file> [...]: e.g. content/activities/en/run_code_reviews.md');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  try {
    console.log(`${file}: translatedFrom: "${sourceHash(readFileSync(file, 'utf8'))}"`);
  } catch (err) {
    console.error(`${file}: cannot be read (${(err as Error).message})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
