/**
 * `npm run build:imported`: the acceptance builds of the official handbook text. For each
 * release in ../shared/ggi-upstream/ (1.2 and 1.3), imports it with `import:ggi` into
 * `.ggi-import/<version>/` and builds the portal from it (PORTAL_CONTENT_DIR) into
 * `dist-import-<version>/`, with its search index and service worker. The end-to-end tests then
 * check those builds. Prints a note and does nothing when the upstream data is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const UPSTREAM = process.env.GGI_UPSTREAM_DIR || '../shared/ggi-upstream';
const RELEASES = ['1.2', '1.3'];

if (!existsSync(UPSTREAM)) {
  console.log(`build:imported: ${UPSTREAM} is absent, so the official handbook builds are skipped.`);
  process.exit(0);
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`build:imported: ${command} ${args.join(' ')} failed (exit code ${r.status})`);
    process.exit(1);
  }
}

for (const version of RELEASES) {
  const source = `${UPSTREAM}/ggi_activities_v${version}.json`;
  const layer = `.ggi-import/${version}`;
  const out = `dist-import-${version}`;
  rmSync(layer, { recursive: true, force: true });
  run(process.execPath, ['scripts/import-ggi.ts', source, '--out', layer]);
  run('npx', ['astro', 'build', '--outDir', out], { PORTAL_CONTENT_DIR: layer });
  run('npx', ['pagefind', '--site', out]);
  run(process.execPath, ['scripts/build-sw.ts', out]);
}
