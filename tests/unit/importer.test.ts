import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/content-check.ts';
import { changeRatio, diffReport } from '../../src/lib/importer/diff.ts';
import { firstSentence, parseVerification, readUpstream } from '../../src/lib/importer/upstream.ts';
import { changes, planFiles } from '../../src/lib/importer/write.ts';

const FIX = 'tests/fixtures/ggi-upstream';
const byId = (r: ReturnType<typeof readUpstream>, id: string) => r.activities.find((a) => a.id === id)!;
const warned = (r: ReturnType<typeof readUpstream>, text: string) => r.warnings.some((w) => w.message.includes(text));

describe('reading upstream data', () => {
  const release = readUpstream(`${FIX}/no-version.json`);

  it('survives a file without handbook_version, and says so', () => {
    expect(release.version).toBeUndefined();
    expect(release.activities).toHaveLength(3);
    expect(warned(release, 'names no handbook version')).toBe(true);
  });

  it('maps goal and role names onto the vocabularies', () => {
    expect(byId(release, 'GGI-A-01')).toMatchObject({ goal: 'usage', roles: ['team-leader', 'developer'], slug: 'first_fixture_activity' });
  });

  it('reads verification points from the - [ ] list, joining continued lines and dropping emphasis', () => {
    expect(byId(release, 'GGI-A-01').verification).toEqual(['The first point holds.', 'The second point holds over two lines.']);
  });

  it('maps the sections onto ours, keeps footnotes and tidies spaces, tabs and blank lines', () => {
    const a = byId(release, 'GGI-A-01');
    expect(a.sections.map((s) => s.title)).toEqual(['Description', 'Opportunity assessment', 'Tools', 'Recommendations', 'Resources']);
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
    expect(release.warnings).toContainEqual({ file: '52_activity_02.md', message: 'unknown section "Notes" was kept as it is' });
  });

  it('lets the label win when a next link names one activity and its URL another, and reports it', () => {
    expect(byId(release, 'GGI-A-02').next.map((n) => n.activity)).toEqual(['GGI-A-03', 'GGI-A-01']);
    expect(warned(release, 'label names GGI-A-03 but its URL (first_fixture_activity) is GGI-A-01; the label wins')).toBe(true);
  });

  it('writes a neutral reason for a next link without one, and reports it', () => {
    expect(byId(release, 'GGI-A-02').next[1].why).toBe('The handbook proposes it as a next step.');
    expect(warned(release, 'next link to GGI-A-01 gives no reason')).toBe(true);
  });

  it('takes the first sentence of the description as the summary', () => {
    expect(byId(release, 'GGI-A-03').summary).toBe('The third fixture activity.');
    expect(firstSentence('A very long sentence without an end '.repeat(10), 40)).toMatch(/^.{1,40}…$/);
  });

  it('reads a folder of handbook Markdown files, taking the goal from the file name', () => {
    const folder = readUpstream(`${FIX}/folder`);
    expect(folder.activities.map((a) => [a.id, a.goal])).toEqual([
      ['GGI-A-01', 'usage'],
      ['GGI-A-02', 'trust'],
      ['GGI-A-03', 'trust'],
    ]);
    expect(folder.activities[0].roles).toEqual([]);
  });

  it('refuses unusable input with a clear message', () => {
    expect(() => readUpstream(`${FIX}/broken.json`)).toThrow(/broken\.json: not a JSON file/);
    expect(() => readUpstream(`${FIX}/missing.json`)).toThrow(/missing\.json: no such file or folder/);
    expect(() => readUpstream('tests/fixtures/content/good')).toThrow(/no handbook activity files/);
  });

  it('parses verification items written with * or [x] too', () => {
    expect(parseVerification('* [x] Done.\n- [ ] Not done.')).toEqual(['Done.', 'Not done.']);
  });
});

describe('writing activity files', () => {
  const release = readUpstream(`${FIX}/later.json`);
  const planned = planFiles(release, []);

  it('writes one file per activity that passes the activity schema, with source and attribution', () => {
    expect(planned.map((p) => p.path)).toEqual(['activities/en/first_fixture_activity.md', 'activities/en/second_fixture_activity.md', 'activities/en/renamed_third_activity.md']);
    for (const p of planned) expect(checkFile({ path: p.path, text: p.text! }).problems).toEqual([]);
    const first = checkFile({ path: planned[0].path, text: planned[0].text! }).entry!.data;
    expect(first).toMatchObject({ handbook: '9.9', attribution: 'CC BY 4.0, OW2 Good Governance Initiative / OSPO Alliance' });
    expect(first.source).toMatchObject({ remote: 'https://gitlab.fixture.test', project: 'ggi/ggi', reference: 'v9.9', file: 'handbook/content/51_activity_01.md' });
  });

  it('changes nothing when run again on its own output', () => {
    const existing = planned.map((p) => ({ path: p.path, text: p.text! }));
    expect(changes(planFiles(readUpstream(`${FIX}/later.json`), existing), existing)).toEqual([]);
  });

  it('replaces the file of a renamed activity and keeps its old slug as an alias', () => {
    const old = planFiles(readUpstream(`${FIX}/no-version.json`), []).map((p) => ({ path: p.path, text: p.text! }));
    const next = changes(planFiles(readUpstream(`${FIX}/later.json`), old), old);
    expect(next.find((p) => p.path === 'activities/en/third_fixture_activity.md')).toEqual({ path: 'activities/en/third_fixture_activity.md', text: null });
    expect(next.find((p) => p.path === 'activities/en/renamed_third_activity.md')?.text).toMatch(/aliases:\n  - third_fixture_activity\n/);
  });

  it('keeps the roles of an earlier file when the source gives none, and leaves out an activity without any', () => {
    const folder = readUpstream(`${FIX}/folder`);
    const earlier = planned.map((p) => ({ path: p.path, text: p.text! }));
    const withRoles = planFiles(folder, earlier.filter((f) => !f.path.includes('renamed')));
    expect(withRoles.map((p) => p.path)).toEqual(['activities/en/first_fixture_activity.md', 'activities/en/second_fixture_activity.md']);
    expect(withRoles[0].text).toMatch(/roles:\n  - team-leader\n  - developer\n/);
    expect(folder.warnings.some((w) => w.file === '52_activity_03.md' && w.message.includes('gives no roles'))).toBe(true);
  });
});

describe('the --diff report', () => {
  const report = diffReport(readUpstream(`${FIX}/no-version.json`), readUpstream(`${FIX}/later.json`), 'A', 'B');
  it('names renamed and substantially rewritten activities in its summary', () => {
    expect(report).toContain('- Renamed: GGI-A-03 “Third fixture activity” → “Renamed third activity”');
    expect(report).toMatch(/Substantially rewritten[^\n]*GGI-A-03 Renamed third activity/);
  });
  it('lists verification points added, per activity', () => {
    expect(report).toContain('## GGI-A-02 Second fixture activity\n\n- Verification points: 3 → 4 (1 added, 0 removed)\n  - added: A fourth thing holds.');
  });
  it('leaves unchanged activities out', () => {
    expect(report).not.toContain('## GGI-A-01');
  });
  it('measures change by sentences', () => {
    expect(changeRatio('One. Two. Three.', 'One. Two. Three.')).toBe(0);
    expect(changeRatio('One. Two.', 'One. Four.')).toBe(0.5);
  });
});

describe('npm run import:ggi', () => {
  const out = mkdtempSync(join(tmpdir(), 'ospo-import-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/import-ggi.ts', ...args], { encoding: 'utf8' });

  it('writes the files, ends with a summary and warnings with file and reason', () => {
    const r = run(`${FIX}/later.json`, '--out', out);
    expect(r.status).toBe(0);
    expect(readdirSync(join(out, 'activities/en')).sort()).toEqual(['first_fixture_activity.md', 'renamed_third_activity.md', 'second_fixture_activity.md']);
    expect(r.stdout).toMatch(/3 file\(s\) written, 0 deleted, 0 unchanged; \d+ warning\(s\)/);
    expect(r.stdout).toContain('warning: 52_activity_02.md: unknown section "Notes" was kept as it is');
  });

  it('with --check, exits 0 when up to date and 1 when something would change', () => {
    expect(run(`${FIX}/later.json`, '--out', out, '--check').status).toBe(0);
    const copy = mkdtempSync(join(tmpdir(), 'ospo-import-'));
    cpSync(out, copy, { recursive: true });
    const r = run(`${FIX}/no-version.json`, '--out', copy, '--check');
    rmSync(copy, { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/would write .*renamed|would write .*third_fixture_activity/);
  });

  it('exits 2 with one clear line on unusable input', () => {
    const r = run(`${FIX}/broken.json`, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('not a JSON file');
  });

  it('prints the --diff report', () => {
    const r = run('--diff', `${FIX}/no-version.json`, `${FIX}/later.json`);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# GGI handbook: what changed from old to 9\.9/);
  });

  it('leaves the written text as it was when run twice', () => {
    const before = readFileSync(join(out, 'activities/en/first_fixture_activity.md'), 'utf8');
    expect(run(`${FIX}/later.json`, '--out', out).stdout).toContain('0 file(s) written, 0 deleted, 3 unchanged');
    expect(readFileSync(join(out, 'activities/en/first_fixture_activity.md'), 'utf8')).toBe(before);
  });
});

describe('importing a translation', () => {
  it('names each file after the English activity with the same id, so the address stays the same', () => {
    const release = readUpstream(`${FIX}/later.json`);
    const planned = planFiles(release, [], 'fr', new Map([['GGI-A-01', 'first_fixture_activity'], ['GGI-A-02', 'second_fixture_activity'], ['GGI-A-03', 'third_fixture_activity']]));
    expect(planned.map((p) => p.path)).toEqual(['activities/fr/first_fixture_activity.md', 'activities/fr/second_fixture_activity.md', 'activities/fr/third_fixture_activity.md']);
    for (const p of planned) expect(checkFile({ path: p.path, text: p.text! }).problems).toEqual([]);
  });
});
