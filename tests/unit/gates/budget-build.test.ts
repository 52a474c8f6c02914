/**
 * The page-weight budget against a real build: the portal is built twice in a temporary copy
 * (content/ itself is never touched), once as it is and once after a content-only change to
 * GGI-A-21 (one more "next" link, one more case study that illustrates it). About 25 seconds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetGate, frameHtml, pageWeight } from '../../../scripts/gates/gates.ts';
import { tempProject } from '../fixtures.ts';

const PAGE = 'ggi/activities/manage_legal_compliance/index.html';
/** The temporary copy of the project. */
let project: ReturnType<typeof tempProject>;
let work = '';

/** A page with its asset names' content hashes masked (the build id in the site script changes them on every build). */
const unhashed = (html: string) => html.replace(/(\/_astro\/[^"]+\.)[\w-]{8}(\.(?:js|css))/g, '$1HASH$2');

/** The items of the content list right after the heading with id `heading` on a built page. */
function items(html: string, heading: string): number {
  const at = html.indexOf(`id="${heading}"`);
  const list = html.slice(at, html.indexOf('</ul>', html.indexOf('data-budget="content"', at)));
  return (list.match(/<li>/g) ?? []).length;
}

beforeAll(() => {
  project = tempProject('ospo-budget-build-');
  work = project.dir;
  project.build('dist-before');
  // The content change: GGI-A-21 proposes one more next activity, and a second case study illustrates it.
  const activity = join(work, 'content/activities/en/manage_legal_compliance.md');
  const text = readFileSync(activity, 'utf8');
  if (text.includes('activity: GGI-A-22'))
    throw new Error('GGI-A-21 already proposes GGI-A-22: choose another activity for this test');
  writeFileSync(
    activity,
    text.replace(
      '\nnext:\n',
      '\nnext:\n  - activity: GGI-A-22\n    why: A licence scan and a vulnerability scan read the same list of components, so one inventory serves both.\n',
    ),
  );
  const study = readFileSync(join(work, 'content/case-studies/cern.md'), 'utf8');
  if (!/^activities: \[[^\]]*GGI-A-21/m.test(study))
    throw new Error('content/case-studies/cern.md no longer illustrates GGI-A-21: copy another case study that does');
  writeFileSync(
    join(work, 'content/case-studies/cern-second-look.md'),
    study.replace(/^title: .*$/m, 'title: A second look at the CERN OSPO'),
  );
  project.build('dist-after');
}, 180_000);

afterAll(() => {
  project?.remove();
});

describe('a content-only change to an activity, against a real build', () => {
  it('lands on the page: one more "next" card and one more case study', () => {
    const before = readFileSync(join(work, 'dist-before', PAGE), 'utf8');
    const after = readFileSync(join(work, 'dist-after', PAGE), 'utf8');
    expect(items(after, 'proposed-next')).toBe(items(before, 'proposed-next') + 1);
    expect(items(after, 'case-studies')).toBe(items(before, 'case-studies') + 1);
  });
  it('grows the whole page but leaves its frame the same, byte for byte but for the hashes in asset names', () => {
    const before = readFileSync(join(work, 'dist-before', PAGE), 'utf8');
    const after = readFileSync(join(work, 'dist-after', PAGE), 'utf8');
    expect(unhashed(frameHtml(after))).toBe(unhashed(frameHtml(before)));
    expect(pageWeight(join(work, 'dist-after'), PAGE).html).toBeGreaterThan(
      pageWeight(join(work, 'dist-before'), PAGE).html,
    );
  });
  it('passes the budget on every page of the site, before and after', () => {
    expect(budgetGate(join(work, 'dist-before')).problems).toEqual([]);
    expect(budgetGate(join(work, 'dist-after')).problems).toEqual([]);
  });
});
