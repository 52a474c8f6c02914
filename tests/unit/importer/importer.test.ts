import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/lib/content/check.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';
import { entriesIn } from '../../../src/lib/content/entries.ts';
import { changeRatio, diffReport } from '../../../src/lib/importer/diff.ts';
import { firstSentence, parseVerification, readUpstream } from '../../../src/lib/importer/upstream.ts';
import { changes, planFiles, pointCountNotes, rolesById } from '../../../src/lib/importer/write.ts';
import { pointIdChange, pointIds } from '../../../src/lib/importer/points.ts';

const FIX = 'tests/fixtures/ggi-upstream';
/** A small content tree (goals, a case study naming GGI-A-01 and GGI-A-02, …) to check imports against. */
const ROOT = 'tests/fixtures/content/good';
const UPSTREAM = '../shared/ggi-upstream';
const HAS_UPSTREAM =
  existsSync(`${UPSTREAM}/ggi_activities_v1.2.json`) && existsSync(`${UPSTREAM}/ggi_activities_v1.3.json`);
const byId = (r: ReturnType<typeof readUpstream>, id: string) => r.activities.find((a) => a.id === id)!;
const warned = (r: ReturnType<typeof readUpstream>, text: string) => r.warnings.some((w) => w.message.includes(text));
const temp = (prefix = 'ospo-import-') => mkdtempSync(join(tmpdir(), prefix));
/** A My GGI Board file made from a fixture by `change`, in a temporary folder. */
// `any`: the changes put values of the wrong type into the data on purpose, for the schema to refuse.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function variant(fixture: string, change: (data: Record<string, any>) => void): string {
  const data = JSON.parse(readFileSync(`${FIX}/${fixture}`, 'utf8'));
  change(data);
  const file = join(temp('ospo-upstream-'), fixture);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('reading upstream data', () => {
  const release = readUpstream(`${FIX}/no-version.json`);

  it('survives a file without handbook_version, infers the version from its download date, and says so', () => {
    expect(release.version).toBe('1.0');
    expect(release.versionBasis).toEqual({ from: 'download date', date: '2022-03-15' });
    expect(release.activities).toHaveLength(6);
    expect(warned(release, 'names no handbook version; 1.0 was inferred from its download date 2022-03-15')).toBe(true);
  });

  it('takes --version over the data and over the inference', () => {
    const given = readUpstream(`${FIX}/no-version.json`, { version: '1.1' });
    expect(given).toMatchObject({ version: '1.1', versionBasis: { from: 'option' } });
    expect(warned(given, 'inferred')).toBe(false);
    expect(readUpstream(`${FIX}/later.json`, { version: '1.2' }).version).toBe('1.2');
    expect(() => readUpstream(`${FIX}/later.json`, { version: 'one' })).toThrow(
      /--version one: not a handbook version/,
    );
  });

  it('leaves the version open, asking for --version, when the data has neither version nor date', () => {
    const bare = readUpstream(variant('no-version.json', (d) => delete d.source));
    expect(bare.version).toBeUndefined();
    expect(warned(bare, 'no handbook version and no date to infer it from; pass one with --version')).toBe(true);
  });

  it('maps goal and role names onto the vocabularies', () => {
    expect(byId(release, 'GGI-A-01')).toMatchObject({
      goal: 'usage',
      roles: ['team-leader', 'developer'],
      slug: 'first_fixture_activity',
    });
  });

  it('reads verification points from the - [ ] list, joining continued lines and dropping emphasis', () => {
    expect(byId(release, 'GGI-A-01').verification).toEqual([
      'The first point holds.',
      'The second point holds over two lines.',
    ]);
  });

  it('maps the sections onto ours, keeps footnotes and tidies spaces, tabs and blank lines', () => {
    const a = byId(release, 'GGI-A-01');
    expect(a.sections.map((s) => s.title)).toEqual([
      'Description',
      'Opportunity assessment',
      'Tools',
      'Recommendations',
      'Resources',
    ]);
    const description = a.sections[0].body;
    expect(description).toContain('footnote[^one]');
    expect(description).toContain('[^one]: A footnote written for the tests.');
    expect(description).not.toMatch(/\t| +$|\n\n\n/m);
  });

  it('rewrites links to activities to the portal and gives ospo-alliance.org links their trailing slash', () => {
    const description = byId(release, 'GGI-A-01').sections[0].body;
    expect(description).toContain('[second activity](/ggi/activities/second_fixture_activity/)');
    expect(description).toContain('[source file](/ggi/activities/second_fixture_activity/)');
    expect(description).toContain('[the Alliance](https://ospo-alliance.org/about/)');
  });

  it('survives missing optional sections', () => {
    expect(byId(release, 'GGI-A-02').sections.map((s) => s.title)).not.toContain('Tools');
    expect(warned(release, 'has no "Tools"')).toBe(false);
  });

  it('keeps a section it does not know and reports it', () => {
    expect(byId(release, 'GGI-A-02').sections.map((s) => s.title)).toContain('Notes');
    expect(release.warnings).toContainEqual({
      file: '52_activity_02.md',
      message: 'unknown section "Notes" was kept as it is',
    });
  });

  it('lets the label win when a next link names one activity and its URL another, and reports it', () => {
    expect(byId(release, 'GGI-A-02').next.map((n) => n.activity)).toEqual(['GGI-A-03', 'GGI-A-01']);
    expect(
      warned(release, 'label names GGI-A-03 but its URL (first_fixture_activity) is GGI-A-01; the label wins'),
    ).toBe(true);
  });

  it('writes a neutral reason for a next link without one, and reports it', () => {
    expect(byId(release, 'GGI-A-02').next[1].why).toBe('The handbook proposes it as a next step.');
    expect(warned(release, 'next link to GGI-A-01 gives no reason')).toBe(true);
  });

  it('takes the first sentence of the description as the summary', () => {
    expect(byId(release, 'GGI-A-03').summary).toBe('The third fixture activity.');
    expect(firstSentence('A very long sentence without an end '.repeat(10), 40)).toMatch(/^.{1,40}…$/);
  });

  it("reads a folder of handbook Markdown files, taking the goal from the file name and the version from the files' date", () => {
    const folder = readUpstream(`${FIX}/folder`);
    expect(folder.activities.map((a) => [a.id, a.goal])).toEqual([
      ['GGI-A-01', 'usage'],
      ['GGI-A-02', 'trust'],
      ['GGI-A-03', 'trust'],
      ['GGI-A-04', 'culture'],
      ['GGI-A-05', 'engagement'],
      ['GGI-A-06', 'strategy'],
    ]);
    expect(folder.activities[0].roles).toEqual([]);
    expect(folder.versionBasis).toMatchObject({ from: 'file date' });
    expect(warned(folder, `was inferred from its file date`)).toBe(true);
  });

  it('refuses unusable input with a clear message', () => {
    expect(() => readUpstream(`${FIX}/broken.json`)).toThrow(/broken\.json: not a JSON file/);
    expect(() => readUpstream(`${FIX}/missing.json`)).toThrow(/missing\.json: no such file or folder/);
    expect(() => readUpstream('tests/fixtures/content/good')).toThrow(/no handbook activity files/);
  });

  it('checks the file against its schema, naming the field that is wrong', () => {
    expect(() => readUpstream(variant('later.json', (d) => (d.activities[1].content = 5)))).toThrow(
      /later\.json: activities\[1\]\.content: is a number, not text/,
    );
    expect(() => readUpstream(variant('later.json', (d) => delete d.activities[0].content))).toThrow(
      /activities\[0\]\.content: is missing/,
    );
    expect(() => readUpstream(variant('later.json', (d) => (d.activities = [])))).toThrow(
      /later\.json: activities: is empty/,
    );
    expect(() => readUpstream(variant('later.json', (d) => (d.source['download-timestamp'] = 'yesterday')))).toThrow(
      /source\.download-timestamp: is not a date and time/,
    );
    expect(() => readUpstream(variant('later.json', (d) => (d.handbook_version = 'latest')))).toThrow(
      /handbook_version: "latest" is not a handbook version: pass --version/,
    );
    expect(() => readUpstream(variant('later.json', (d) => (d.activities[0].roles = 'Developer')))).toThrow(
      /activities\[0\]\.roles: is a string, where a list is expected/,
    );
  });

  it('parses verification items written with * or [x] too', () => {
    expect(parseVerification('* [x] Done.\n- [ ] Not done.')).toEqual(['Done.', 'Not done.']);
  });
});

describe('early and irregular releases', () => {
  it('imports an activity whose progress assessment has no - [ ] points yet, or no such section, and reports each', () => {
    const release = readUpstream(`${FIX}/no-points.json`);
    expect(byId(release, 'GGI-A-01').verification).toEqual([]);
    expect(byId(release, 'GGI-A-02').verification).toEqual([]);
    expect(release.warnings).toContainEqual({
      file: '51_activity_01.md',
      message:
        'has no verification points (no "- [ ]" item under "Progress Assessment"); imported without them, and its page says that this release defines none',
    });
    expect(warned(release, 'no "- [ ]" item and no "Progress Assessment" section')).toBe(true);
    const planned = planFiles(release, []);
    expect(planned).toHaveLength(5);
    for (const p of planned) expect(checkFile({ path: p.path, text: p.text! }).problems).toEqual([]);
    expect(planned[0].text).toMatch(/^verification: \[\]$/m);
  });

  it('accepts an empty verification list only in an imported activity, recognised by its source', () => {
    const [first] = planFiles(readUpstream(`${FIX}/no-points.json`), []);
    const own = first.text!.replace(/^source:\n( {2}.*\n)+/m, '').replace(/^attribution: .*\n/m, '');
    expect(checkFile({ path: first.path, text: own }).problems.map((p) => `${p.field}: ${p.problem}`)).toEqual([
      'verification: is empty',
    ]);
  });

  it('reads sections under other names: by a normalised name, or by what they hold where the usual one is missing', () => {
    const release = readUpstream(`${FIX}/renamed-section.json`);
    const a = byId(release, 'GGI-A-01');
    expect(a.sections.map((s) => s.title)).toEqual([
      'Description',
      'Opportunity assessment',
      'Recommendations',
      'Background',
    ]);
    expect(a.verification).toEqual(['The renamed checklist is read.', 'Its second point is read too.']);
    expect(a.next).toEqual([{ activity: 'GGI-A-02', why: 'Trust comes after use.' }]);
    expect(release.warnings.filter((w) => w.file === '51_activity_01.md').map((w) => w.message)).toEqual([
      'the section "Opportunity assessment:" was read as "Opportunity Assessment"',
      'has no "Progress Assessment" section; the task list under "Verification points" was read as its verification points',
      'the section "Recommendation" was read as "Recommendations"',
      'has no "Proposed next activities" section; the links under "Next steps" were read as the next activities',
      'unknown section "Background" was kept as it is',
    ]);
  });

  it('imports an activity with missing sections, taking its summary from the first paragraph it has, and reports each', () => {
    const release = readUpstream(`${FIX}/missing-section.json`);
    const a = byId(release, 'GGI-A-01');
    expect(a.sections.map((s) => s.title)).toEqual(['Tools', 'Resources']);
    expect(a.summary).toBe('Any text editor will do for this sparse activity.');
    for (const name of ['Description', 'Opportunity assessment', 'Recommendations'])
      expect(release.warnings).toContainEqual({ file: '51_activity_01.md', message: `has no "${name}" section` });
    for (const p of planFiles(release, [])) expect(checkFile({ path: p.path, text: p.text! }).problems).toEqual([]);
  });

  it('leaves links in inline code and code blocks exactly as written, and rewrites the others', () => {
    const raw = JSON.parse(readFileSync(`${FIX}/code-links.json`, 'utf8')).activities[0].content as string;
    const description = byId(readUpstream(`${FIX}/code-links.json`), 'GGI-A-01').sections[0].body;
    const fence = raw.slice(raw.indexOf('```markdown'), raw.indexOf('```', raw.indexOf('```markdown') + 3) + 3);
    expect(fence).toContain('\ta tab and trailing spaces   \n');
    expect(description).toContain(fence);
    expect(description).toContain('`[trust](https://ospo-alliance.org/ggi/activities/trust_filler_activity)`');
    expect(description).toContain('    indented code: https://ospo-alliance.org/ggi/activities/trust_filler_activity');
    expect(description).toContain('[the trust filler](/ggi/activities/trust_filler_activity/) and,');
    expect(description).toContain('[culture]: /ggi/activities/culture_filler_activity/');
    expect(description).toContain('A bare address, https://ospo-alliance.org/about/, gets its');
    expect(description).toContain(
      '[https://ospo-alliance.org/ggi/activities/strategy_filler_activity](/ggi/activities/strategy_filler_activity/) stays a link',
    );
    expect(description).toContain('### A sub-heading of the description');
  });
});

describe('writing activity files', () => {
  const release = readUpstream(`${FIX}/later.json`);
  const planned = planFiles(release, []);
  const FILES = [
    'first_fixture_activity.md',
    'second_fixture_activity.md',
    'renamed_third_activity.md',
    'fourth_fixture_activity.md',
    'fifth_fixture_activity.md',
    'sixth_fixture_activity.md',
  ];

  it('writes one file per activity that passes the activity schema, with source and attribution', () => {
    expect(planned.map((p) => p.path)).toEqual(FILES.map((f) => `activities/en/${f}`));
    for (const p of planned) expect(checkFile({ path: p.path, text: p.text! }).problems).toEqual([]);
    const first = entriesIn([checkFile({ path: planned[0].path, text: planned[0].text! }).entry!], 'activities')[0]
      .data;
    expect(first).toMatchObject({
      handbook: '9.9',
      attribution: 'CC BY 4.0, OW2 Good Governance Initiative / OSPO Alliance',
    });
    expect(first.source).toMatchObject({
      remote: 'https://gitlab.fixture.test',
      project: 'ggi/ggi',
      reference: 'v9.9',
      file: 'handbook/content/51_activity_01.md',
    });
  });

  it('numbers the verification points v1, v2, … by position, as a block list of id and text', () => {
    const second = planned.find((p) => p.activity === 'GGI-A-02')!.text!;
    expect(second).toContain(
      'verification:\n  - id: v1\n    text: One thing holds.\n  - id: v2\n    text: Another thing holds.\n  - id: v3\n',
    );
    expect(planned.every((p) => p.points === undefined)).toBe(true);
  });

  it('keeps the point ids of the file it replaces, position by position, and notes a change in their number', () => {
    // An earlier import whose ids were changed by hand (they need not be v1…): kept where the place is kept.
    const earlier = planned.map((p) => ({
      path: p.path,
      text: p.text!.replace(/- id: v(\d+)\n/g, (_m, n: string) => `- id: point-${n}\n`),
    }));
    const fewer = planFiles(readUpstream(`${FIX}/no-version.json`), earlier);
    const second = fewer.find((p) => p.activity === 'GGI-A-02')!;
    const data = entriesIn([checkFile({ path: second.path, text: second.text! }).entry!], 'activities')[0].data;
    expect(data.verification.map((v) => v.id)).toEqual(['point-1', 'point-2', 'point-3']);
    expect(second.points).toEqual({
      was: ['point-1', 'point-2', 'point-3', 'point-4'],
      now: ['point-1', 'point-2', 'point-3'],
    });
    expect(pointCountNotes(fewer)).toEqual([
      'GGI-A-02: 3 verification points, was 4: ticks on point-4 will show as from an earlier version',
    ]);
    // And back to four: the fourth place gets the next free v-number, as a new point.
    const more = planFiles(
      readUpstream(`${FIX}/later.json`),
      changes(fewer, earlier).map((p) => ({ path: p.path, text: p.text! })),
    );
    expect(pointCountNotes(more)).toEqual(['GGI-A-02: 4 verification points, was 3: v4 is new']);
  });

  it('says in the file where an inferred version comes from', () => {
    expect(planFiles(readUpstream(`${FIX}/no-version.json`), [])[0].text).toContain(
      '# Imported from the GGI handbook 1.0 (inferred from the download date 2022-03-15) by "npm run import:ggi"',
    );
  });

  it('changes nothing when run again on its own output', () => {
    const existing = planned.map((p) => ({ path: p.path, text: p.text! }));
    expect(changes(planFiles(readUpstream(`${FIX}/later.json`), existing), existing)).toEqual([]);
  });

  it('replaces the file of a renamed activity and keeps its old slug as an alias', () => {
    const old = planFiles(readUpstream(`${FIX}/no-version.json`), []).map((p) => ({ path: p.path, text: p.text! }));
    const next = changes(planFiles(readUpstream(`${FIX}/later.json`), old), old);
    expect(next.find((p) => p.path === 'activities/en/third_fixture_activity.md')).toMatchObject({
      path: 'activities/en/third_fixture_activity.md',
      text: null,
    });
    expect(next.find((p) => p.path === 'activities/en/renamed_third_activity.md')?.text).toMatch(
      /aliases:\n {2}- third_fixture_activity\n/,
    );
  });

  it('keeps the roles of an earlier file when the source gives none, and leaves out an activity without any', () => {
    const folder = readUpstream(`${FIX}/folder`);
    const earlier = planned.map((p) => ({ path: p.path, text: p.text! }));
    const withRoles = planFiles(
      folder,
      earlier.filter((f) => !f.path.includes('renamed')),
    );
    expect(withRoles.map((p) => p.path)).toEqual(
      FILES.filter((f) => !f.includes('third')).map((f) => `activities/en/${f}`),
    );
    expect(withRoles[0].text).toMatch(/roles:\n {2}- team-leader\n {2}- developer\n/);
    expect(withRoles[0].rolesFrom).toBe('earlier import');
    expect(folder.warnings.some((w) => w.file === '52_activity_03.md' && w.message.includes('gives no roles'))).toBe(
      true,
    );
  });

  it("takes the roles of a folder's activities from the portal's own activity with the same id, so that all are written", () => {
    const folder = readUpstream(`${FIX}/folder-no-roles`);
    const portal = rolesById(readContentTree(ROOT).filter((f) => f.path.startsWith('activities/en/')));
    const files = planFiles(folder, [], 'en', new Map(), portal);
    expect(files).toHaveLength(5);
    for (const [i, f] of files.entries()) {
      const data = entriesIn([checkFile({ path: f.path, text: f.text! }).entry!], 'activities')[0].data;
      expect(data.roles).toEqual(portal.get(`GGI-A-0${i + 1}`));
      expect(f.rolesFrom).toBe('portal');
    }
  });
});

describe('verification point ids by position', () => {
  it('are v1 to vN for a new file', () => {
    expect(pointIds(3)).toEqual(['v1', 'v2', 'v3']);
    expect(pointIds(0)).toEqual([]);
  });
  it("keep the earlier file's id at each position still there, and give the next free v-number elsewhere", () => {
    expect(pointIds(2, ['v1', 'v2', 'v3'])).toEqual(['v1', 'v2']);
    expect(pointIds(4, ['policy', 'v4', 'v2'])).toEqual(['policy', 'v4', 'v2', 'v5']);
  });
  it('never repeat an id, nor keep one the schema refuses, even from a hand-edited earlier file', () => {
    expect(pointIds(3, ['v2', 'v2', ''])).toEqual(['v2', 'v3', 'v4']);
    expect(pointIds(2, ['Not An Id', 'v1'])).toEqual(['v2', 'v1']);
  });
  it('say what a change in their number means for ticks stored under them', () => {
    expect(pointIdChange(['v1', 'v2', 'v3'], ['v1', 'v2'])).toBe('ticks on v3 will show as from an earlier version');
    expect(pointIdChange(['v1'], ['v1', 'v2', 'v3'])).toBe('v2, v3 are new');
    expect(pointIdChange(['v1', 'v2'], ['v1', 'v2'])).toBe('');
  });
});

describe('the --diff report', () => {
  const report = diffReport(readUpstream(`${FIX}/no-version.json`), readUpstream(`${FIX}/later.json`), 'A', 'B');
  it('names renamed and substantially rewritten activities in its summary', () => {
    expect(report).toContain('- Renamed: GGI-A-03 “Third fixture activity” → “Renamed third activity”');
    expect(report).toMatch(/Substantially rewritten[^\n]*GGI-A-03 Renamed third activity/);
  });
  it('lists verification points added, per activity', () => {
    expect(report).toContain(
      '## GGI-A-02 Second fixture activity\n\n- Verification points: 3 → 4 (1 added, 0 removed)\n  - added: A fourth thing holds.\n',
    );
  });
  it('says what a new number of verification points means for scorecard ticks, ids being given by position', () => {
    expect(report).toContain('  - added: A fourth thing holds.\n  - scorecards (point ids by position): v4 is new\n');
    const back = diffReport(readUpstream(`${FIX}/later.json`), readUpstream(`${FIX}/no-version.json`));
    expect(back).toContain(
      '  - removed: A fourth thing holds.\n  - scorecards (point ids by position): ticks on v4 will show as from an earlier version\n',
    );
  });
  it('leaves unchanged activities out', () => {
    expect(report).not.toContain('## GGI-A-01');
    expect(report).not.toContain('## GGI-A-04');
  });
  it('measures change by sentences', () => {
    expect(changeRatio('One. Two. Three.', 'One. Two. Three.')).toBe(0);
    expect(changeRatio('One. Two.', 'One. Four.')).toBe(0.5);
  });
});

describe('npm run import:ggi', () => {
  const dirs: string[] = [];
  const fresh = () => {
    const d = temp();
    dirs.push(d);
    return d;
  };
  const out = fresh();
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/import-ggi.ts', ...args], { encoding: 'utf8' });
  const checkContent = (layer: string, root = ROOT) =>
    spawnSync(process.execPath, ['scripts/check-content.ts', '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, PORTAL_CONTENT_DIR: layer },
    });

  it('writes the files, ends with a summary and warnings with file and reason', () => {
    const r = run(`${FIX}/later.json`, '--out', out, '--root', ROOT);
    expect(r.status).toBe(0);
    expect(readdirSync(join(out, 'activities/en')).sort()).toEqual([
      'fifth_fixture_activity.md',
      'first_fixture_activity.md',
      'fourth_fixture_activity.md',
      'renamed_third_activity.md',
      'second_fixture_activity.md',
      'sixth_fixture_activity.md',
    ]);
    expect(r.stdout).toMatch(/6 file\(s\) written, 0 deleted, 0 unchanged; \d+ warning\(s\)/);
    expect(r.stdout).toContain('warning: 52_activity_02.md: unknown section "Notes" was kept as it is');
  });

  it('with --check, exits 0 when up to date and 1 when something would change', () => {
    expect(run(`${FIX}/later.json`, '--out', out, '--root', ROOT, '--check').status).toBe(0);
    const copy = fresh();
    cpSync(out, copy, { recursive: true });
    const r = run(`${FIX}/no-version.json`, '--out', copy, '--root', ROOT, '--check');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/would write .*renamed|would write .*third_fixture_activity/);
  });

  it('exits 2 with one clear line on unusable input', () => {
    const r = run(`${FIX}/broken.json`, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('not a JSON file');
  });

  it('exits 2 with one line naming the field when the file does not follow the format', () => {
    const r = run(
      variant('later.json', (d) => (d.activities[2].goal = ['Trust Goal'])),
      '--out',
      fresh(),
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/later\.json: activities\[2\]\.goal: is a list, where text is expected/);
  });

  it('exits 2, asking for --version, when the data has neither version nor date, and imports with it', () => {
    const file = variant('no-version.json', (d) => delete d.source);
    const r = run(file, '--out', fresh(), '--root', ROOT);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('names no handbook version and no date to infer one from: pass --version');
    const dir = fresh();
    const given = run(file, '--out', dir, '--root', ROOT, '--version', '1.1');
    expect(given.status).toBe(0);
    expect(given.stdout).toContain('GGI handbook 1.1 (given with --version)');
    expect(readFileSync(join(dir, 'activities/en/first_fixture_activity.md'), 'utf8')).toMatch(/^handbook: "1\.1"$/m);
  });

  it('refuses command-line mistakes with one line and exit 2', () => {
    for (const args of [
      ['--bogus', `${FIX}/later.json`],
      [`${FIX}/later.json`, '--out'],
      [`${FIX}/later.json`, `${FIX}/no-version.json`],
      [`${FIX}/later.json`, '--version', 'latest'],
    ]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('prints the --diff report', () => {
    const r = run('--diff', `${FIX}/no-version.json`, `${FIX}/later.json`);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# GGI handbook: what changed from 1\.0 to 9\.9/);
  });

  it('leaves the written text as it was when run twice', () => {
    const before = readFileSync(join(out, 'activities/en/first_fixture_activity.md'), 'utf8');
    expect(run(`${FIX}/later.json`, '--out', out, '--root', ROOT).stdout).toContain(
      '0 file(s) written, 0 deleted, 6 unchanged',
    );
    expect(readFileSync(join(out, 'activities/en/first_fixture_activity.md'), 'utf8')).toBe(before);
  });

  it('writes, for every fixture release, files that pass the content check with the layer as the build reads it', () => {
    for (const fixture of [
      'no-version.json',
      'later.json',
      'no-points.json',
      'renamed-section.json',
      'missing-section.json',
      'code-links.json',
      'folder-no-roles',
    ]) {
      const dir = fresh();
      const r = run(`${FIX}/${fixture}`, '--out', dir, '--root', ROOT);
      expect(r.status, `${fixture}: ${r.stdout}${r.stderr}`).toBe(0);
      const c = checkContent(dir);
      expect(c.status, `${fixture}: ${c.stderr}`).toBe(0);
    }
  });

  it('says where the roles of a folder import come from, in one line, and writes all its activities', () => {
    const dir = fresh();
    const r = run(`${FIX}/folder-no-roles`, '--out', dir, '--root', ROOT);
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, 'activities/en'))).toHaveLength(5);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('roles:'))).toEqual([
      `roles: the source gives none; they were taken for 5 from the portal's own activity with the same id (${ROOT}/activities/en/).`,
    ]);
    // Over an earlier import, the folder's activities take that import's roles.
    const again = fresh();
    run(`${FIX}/later.json`, '--out', again, '--root', ROOT);
    const over = run(`${FIX}/folder`, '--out', again, '--root', ROOT);
    expect(over.stdout).toContain(
      `roles: the source gives none; they were taken for 6 from the earlier import in ${again}/.`,
    );
    expect(checkContent(again).status).toBe(0);
  });

  it('names, in its summary, each activity whose number of verification points changed since the earlier import', () => {
    const dir = fresh();
    run(`${FIX}/no-version.json`, '--out', dir, '--root', ROOT);
    const r = run(`${FIX}/later.json`, '--out', dir, '--root', ROOT);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => /verification points, was/.test(l))).toEqual([
      'GGI-A-02: 4 verification points, was 3: v4 is new',
    ]);
    const check = run(`${FIX}/no-version.json`, '--out', dir, '--root', ROOT, '--check');
    expect(check.stdout).toContain(
      'GGI-A-02: 3 verification points, was 4: ticks on v4 will show as from an earlier version',
    );
  });

  it('writes point ids the content check accepts over an earlier file whose ids were broken by hand', () => {
    const dir = fresh();
    run(`${FIX}/later.json`, '--out', dir, '--root', ROOT);
    const file = join(dir, 'activities/en/second_fixture_activity.md');
    const broken = readFileSync(file, 'utf8')
      .replace('- id: v1\n', '- id: Not An Id\n')
      .replace('- id: v3\n', '- id: v2\n');
    writeFileSync(file, broken);
    expect(checkContent(dir).status).not.toBe(0);
    const r = run(`${FIX}/later.json`, '--out', dir, '--root', ROOT);
    expect(r.status, r.stdout).toBe(0);
    expect(checkContent(dir).status).toBe(0);
    const ids = [...readFileSync(file, 'utf8').matchAll(/- id: (.*)\n/g)].map((m) => m[1]);
    expect(ids).toEqual(['v1', 'v2', 'v3', 'v4']);
  });

  it('counts the activities without verification points in its summary', () => {
    const r = run(`${FIX}/no-points.json`, '--out', fresh(), '--root', ROOT);
    expect(r.stdout).toContain(
      'verification points: 2 activities have none in this release (GGI-A-01, GGI-A-02); imported without, and their pages say so.',
    );
  });

  it('never writes a file the content check refuses: it names the problem, writes the rest and exits 3', () => {
    const file = variant('later.json', (d) => {
      const first = d.activities[0];
      // GGI-A-07 has one verification point (the portal needs none or at least 2); GGI-A-08 proposes it next.
      d.activities.push({
        ...first,
        id: 'GGI-A-07',
        name: 'Seventh fixture activity',
        path: '51_activity_07.md',
        content: first.content
          .replace('## First fixture activity', '## Seventh fixture activity')
          .replace(/- \[ \] The second point holds\n {2}over two lines\.\n/, ''),
      });
      d.activities.push({
        ...first,
        id: 'GGI-A-08',
        name: 'Eighth fixture activity',
        path: '51_activity_08.md',
        content: first.content
          .replace('## First fixture activity', '## Eighth fixture activity')
          .replace(
            /\[GGI-A-02 - Second fixture activity \(EN\)\]\([^)]*\)/,
            '[GGI-A-07 - Seventh fixture activity](https://ospo-alliance.org/ggi/activities/seventh_fixture_activity/)',
          ),
      });
    });
    const dir = fresh();
    const r = run(file, '--out', dir, '--root', ROOT);
    expect(r.status).toBe(3);
    expect(r.stdout).toContain(
      `refused: ${dir}/activities/en/seventh_fixture_activity.md: verification: has fewer than 2 verification points: list at least 2 checkable statements`,
    );
    expect(r.stdout).toContain(
      `refused: ${dir}/activities/en/eighth_fixture_activity.md: next[0].activity: GGI-A-07 is not the id of any activity`,
    );
    expect(r.stdout).toContain('2 file(s) refused by the content check and not written');
    expect(existsSync(join(dir, 'activities/en/seventh_fixture_activity.md'))).toBe(false);
    expect(existsSync(join(dir, 'activities/en/eighth_fixture_activity.md'))).toBe(false);
    expect(readdirSync(join(dir, 'activities/en'))).toHaveLength(6);
    expect(checkContent(dir).status).toBe(0);
  });

  it('exits 3, writing nothing, when no activity can be written (a folder with no roles anywhere)', () => {
    const root = fresh();
    cpSync(ROOT, root, { recursive: true });
    rmSync(join(root, 'activities'), { recursive: true });
    const dir = join(fresh(), 'import');
    const r = run(`${FIX}/folder`, '--out', dir, '--root', root);
    expect(r.status).toBe(3);
    expect(r.stdout).toContain(`Nothing could be written to ${dir}/.`);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('importing a translation', () => {
  it('names each file after the English activity with the same id, so the address stays the same', () => {
    const release = readUpstream(`${FIX}/later.json`);
    const english = new Map([
      ['GGI-A-01', 'first_fixture_activity'],
      ['GGI-A-02', 'second_fixture_activity'],
      ['GGI-A-03', 'third_fixture_activity'],
    ]);
    const planned = planFiles(release, [], 'fr', english).filter((p) => english.has(p.activity!));
    expect(planned.map((p) => p.path)).toEqual([
      'activities/fr/first_fixture_activity.md',
      'activities/fr/second_fixture_activity.md',
      'activities/fr/third_fixture_activity.md',
    ]);
    // Valid files, which the French pages publish.
    for (const p of planned) expect(checkFile({ path: p.path, text: p.text! }).problems).toEqual([]);
  });

  it('gives the points the ids of the English activity in the output folder, position by position', () => {
    const release = readUpstream(`${FIX}/later.json`);
    const english = planFiles(release, []).map((p) => ({
      path: p.path,
      text: p.text!.replace(/- id: v(\d+)\n/g, (_m, n: string) => `- id: en-${n}\n`),
    }));
    const slugs = new Map([['GGI-A-02', 'second_fixture_activity']]);
    const fr = planFiles(release, english, 'fr', slugs).find((p) => p.activity === 'GGI-A-02')!;
    expect([...fr.text!.matchAll(/- id: (.*)\n/g)].map((m) => m[1])).toEqual(['en-1', 'en-2', 'en-3', 'en-4']);
    expect(fr.points).toBeUndefined();
  });
});

describe(`the real handbook releases 1.2 and 1.3 (${UPSTREAM}; skipped where it is absent)`, () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/import-ggi.ts', ...args], { encoding: 'utf8' });

  for (const version of ['1.2', '1.3']) {
    it(`imports all 25 activities of ${version} into files that pass the content check with the portal's content`, (ctx) => {
      if (!HAS_UPSTREAM) return ctx.skip(`${UPSTREAM} is absent: the real releases are not in this checkout`);
      const dir = temp();
      dirs.push(dir);
      const r = run(`${UPSTREAM}/ggi_activities_v${version}.json`, '--out', dir);
      expect(r.status, r.stdout).toBe(0);
      expect(readdirSync(join(dir, 'activities/en'))).toHaveLength(25);
      const c = spawnSync(process.execPath, ['scripts/check-content.ts'], {
        encoding: 'utf8',
        env: { ...process.env, PORTAL_CONTENT_DIR: dir },
      });
      expect(c.status, c.stderr).toBe(0);
    });
  }

  it('reports 1.2 → 1.3: GGI-A-21, 22 and 23 substantially rewritten, GGI-A-28 renamed', (ctx) => {
    if (!HAS_UPSTREAM) return ctx.skip(`${UPSTREAM} is absent: the real releases are not in this checkout`);
    const report = diffReport(
      readUpstream(`${UPSTREAM}/ggi_activities_v1.2.json`),
      readUpstream(`${UPSTREAM}/ggi_activities_v1.3.json`),
    );
    const rewritten = /^- Substantially rewritten[^:]*: (.*)$/m.exec(report)?.[1] ?? '';
    expect([...rewritten.matchAll(/GGI-A-\d+/g)].map((m) => m[0])).toEqual(['GGI-A-21', 'GGI-A-22', 'GGI-A-23']);
    expect(report).toContain('- Renamed: GGI-A-28 “HR perspective” → “Human Resources perspective”');
  });
});
