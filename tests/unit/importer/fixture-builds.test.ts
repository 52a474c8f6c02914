/**
 * The portal builds from what the importer writes for its early-release fixtures: a file that
 * names no handbook version, and one whose activities have no verification points yet. Each is
 * imported as a content layer over the small good content tree (with the portal's own pages,
 * which the site's routes need) in a temporary copy of the project, then built. About 60 seconds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD, PROJECT, tempProject } from '../fixtures.ts';

const FIX = join(PROJECT, 'tests/fixtures/ggi-upstream');
let project: ReturnType<typeof tempProject>;
/** What import:ggi printed for each fixture. */
const printed = new Map<string, string>();

/** Imports `fixture` into `<project>/<layer>/` against the project's content tree; throws when the import fails. */
function importInto(fixture: string, layer: string): void {
  const r = spawnSync(
    process.execPath,
    [join(PROJECT, 'scripts/import-ggi.ts'), join(FIX, fixture), '--out', layer, '--root', 'content'],
    { cwd: project.dir, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`import:ggi ${fixture} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  printed.set(fixture, r.stdout);
}

const page = (outDir: string, slug: string) =>
  readFileSync(join(project.dir, outDir, 'ggi/activities', slug, 'index.html'), 'utf8');

beforeAll(() => {
  project = tempProject('ospo-fixture-builds-');
  const content = join(project.dir, 'content');
  rmSync(content, { recursive: true });
  cpSync(GOOD, content, { recursive: true });
  cpSync(join(PROJECT, 'content/pages'), join(content, 'pages'), { recursive: true });
  // The portal's pages name the portal's activities (`activities:`), which the fixtures do not
  // have: without the list, each page stays what the routes need and names nothing unknown.
  for (const entry of readdirSync(join(content, 'pages'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^activities:.*\n/m, ''));
  }
  importInto('no-version.json', 'layer-no-version');
  project.build('dist-no-version', { PORTAL_CONTENT_DIR: 'layer-no-version' });
  importInto('no-points.json', 'layer-no-points');
  project.build('dist-no-points', { PORTAL_CONTENT_DIR: 'layer-no-points' });
}, 240_000);

afterAll(() => project?.remove());

describe('building the portal from imported early releases', () => {
  it('builds a release that names no version, with the inferred version on its activity pages', () => {
    expect(printed.get('no-version.json')).toContain('1.0 was inferred from its download date 2022-03-15');
    expect(page('dist-no-version', 'first_fixture_activity')).toMatch(/handbook 1\.0/i);
  });

  it('builds a release whose activities have no verification points, and their pages say this release defines none', () => {
    expect(printed.get('no-points.json')).toMatch(/2 activities have none in this release/);
    const html = page('dist-no-points', 'no_progress_section');
    expect(html).toContain('defines no verification points for this activity');
    expect(html).not.toMatch(/type="checkbox"/);
  });
});
