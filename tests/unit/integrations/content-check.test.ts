/**
 * The dev server as a contributor uses it: a temporary copy of the project (never content/
 * itself) under a running `astro dev`, edited file by file, each change seen on the page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..', '..');
let dir = '';
let server: ChildProcess | undefined;
let origin = '';
let output = '';

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Status and text of a page of the dev server. */
async function get(path: string): Promise<{ status: number; text: string }> {
  const r = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(15_000) });
  return { status: r.status, text: await r.text() };
}

/** Polls until `ok` holds for the page (or the output), or fails after `ms`. */
async function until(what: string, ok: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not seen within ${ms} ms: ${what}\n--- dev server output ---\n${output.slice(-3000)}`);
}

const file = (path: string) => join(dir, 'content', path);
const edit = (path: string, from: RegExp, to: string) =>
  writeFileSync(file(path), readFileSync(file(path), 'utf8').replace(from, to));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ospo-dev-'));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'])
    cpSync(join(project, name), join(dir, name), { recursive: true });
  // The packages are the project's, but the caches Astro and Vite keep in node_modules/ are the
  // copy's own, so the test never touches the project's.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (!['.astro', '.vite', '.vite-temp'].includes(name))
      symlinkSync(join(project, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: dir,
      // Not vitest's environment (NODE_ENV=test, VITEST…): the dev server as a contributor starts it.
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'PORTAL_CONTENT_DIR',
          ),
        ),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  server.stdout?.on('data', (d) => (output += String(d)));
  server.stderr?.on('data', (d) => (output += String(d)));
  await until('the dev server answering', async () => (await get('/')).status === 200, 90_000);
}, 120_000);

afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the dev server, while a contributor edits content', { timeout: 60_000 }, () => {
  it('shows an edited title and an edited body without a restart', async () => {
    edit('case-studies/cern.md', /^title: .*$/m, 'title: An edited title for the dev-server test');
    await until('the edited title', async () =>
      (await get('/case-studies/cern/')).text.includes('An edited title for the dev-server test'),
    );
    edit(
      'activities/en/upstream_first.md',
      /^## Description\n/m,
      '## Description\n\nA sentence added while the dev server runs.\n',
    );
    await until('the edited activity body', async () =>
      (await get('/ggi/activities/upstream_first/')).text.includes('A sentence added while the dev server runs.'),
    );
  });

  it('serves a new file at once, and forgets a deleted one', async () => {
    const text = readFileSync(file('news/2021-06-23-ospo-alliance-launched.md'), 'utf8').replace(
      /^title: .*$/m,
      'title: A news post added under the dev server',
    );
    writeFileSync(file('news/2026-11-30-added-under-dev.md'), text);
    await until('the new page', async () => {
      const page = await get('/news/2026-11-30-added-under-dev/');
      return page.status === 200 && page.text.includes('A news post added under the dev server');
    });
    unlinkSync(file('news/2026-11-30-added-under-dev.md'));
    await until('the deleted page gone', async () => (await get('/news/2026-11-30-added-under-dev/')).status === 404);
  });

  it('reports a mistake as file: field: problem: fix, and shows the page again once it is fixed', async () => {
    edit('case-studies/cern.md', /^sector: .*$/m, 'sector: research');
    await until('the content check line', async () =>
      output.includes(
        'content/case-studies/cern.md: sector: "research" is not an allowed value: use one of: public, private, academic, non-profit',
      ),
    );
    edit('case-studies/cern.md', /^sector: .*$/m, 'sector: academic');
    edit('case-studies/cern.md', /^title: .*$/m, 'title: A title written after the fix');
    await until('the page after the fix', async () =>
      (await get('/case-studies/cern/')).text.includes('A title written after the fix'),
    );
    await until('the all-clear', async () => output.includes('content/: no problems left'));
  });

  it('never publishes a template', async () => {
    edit('case-studies/_template.md', /^title: .*$/m, 'title: An edited template');
    await new Promise((r) => setTimeout(r, 1000));
    expect((await get('/case-studies/_template/')).status).toBe(404);
    expect((await get('/case-studies/')).text).not.toContain('An edited template');
  });
});
