/**
 * `npm run build:imported [-- --upstream <dir>] [--release <v> …]`: the acceptance builds of the
 * official handbook text. For each release (default 1.2 and 1.3) in the upstream folder (default
 * GGI_UPSTREAM_DIR, else ../shared/ggi-upstream/), imports `ggi_activities_v<v>.json` with
 * `import:ggi` into `.ggi-import/<version>/` and builds the portal from it (PORTAL_CONTENT_DIR)
 * into `dist-import-<version>/`, with its search index and service worker (made by `astro build` itself). The end-to-end tests
 * then check those builds. Prints a note and does nothing when the upstream data is absent.
 * Exits 1 when an import or a build fails, 2 on a wrong command line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';

let options: { upstream: string; release: string[] };
try {
  options = parseArgs({
    options: {
      upstream: { type: 'string', default: process.env.GGI_UPSTREAM_DIR || '../shared/ggi-upstream' },
      release: { type: 'string', multiple: true, default: ['1.2', '1.3'] },
    },
  }).values;
} catch (err) {
  console.error(`${(err as Error).message}: npm run build:imported -- [--upstream <dir>] [--release <version> …]`);
  process.exit(2);
}
const { upstream: UPSTREAM, release: RELEASES } = options;
for (const v of RELEASES) {
  if (!/^\d+\.\d+$/.test(v)) {
    console.error(`--release ${v}: not a handbook version: write it as major.minor, e.g. 1.3`);
    process.exit(2);
  }
}

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
  // A content cache of its own for each release: sharing one, Astro's glob() loader would start
  // from the entries of the previous build (another layer, or content/) and warn of each as a duplicate.
  const cacheDir = `${process.env.PORTAL_CACHE_DIR || 'node_modules/.astro'}-import-${version}`;
  run('npx', ['astro', 'build', '--outDir', out], { PORTAL_CONTENT_DIR: layer, PORTAL_CACHE_DIR: cacheDir });
}
