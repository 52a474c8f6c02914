/**
 * `npm run bench -- --pages N` (default 1000): how the portal's build scales. Generates N
 * synthetic activities into a temporary content layer (PORTAL_CONTENT_DIR), builds the portal
 * from it and indexes it with Pagefind, then builds the same N pages with a bare Astro project
 * (a minimal layout, one Markdown collection) in the same run, and prints for both: seconds,
 * pages per second, peak memory of the build and the search index size, and the ratio.
 * A benchmark, not a test: numbers depend on the machine; record them in the README.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GOALS } from '../src/schemas/vocabularies.ts';

let pagesArg: string;
try {
  pagesArg = parseArgs({ options: { pages: { type: 'string', default: '1000' } } }).values.pages;
} catch (err) {
  console.error(`${(err as Error).message}: npm run bench -- --pages N`);
  process.exit(2);
}
const pages = /^\d+$/.test(pagesArg) ? Number(pagesArg) : NaN;
if (!Number.isInteger(pages) || pages < 10 || pages > 9000) {
  console.error('--pages takes a whole number from 10 to 9000');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'ospo-bench-'));
const project = resolve('.');

/**
 * Astro keeps its content store in .astro/ and node_modules/.astro/; the benchmark's layer must
 * neither reuse nor leave behind entries of its temporary files, so both are cleared before and
 * after (the next build of the portal then reads content/ afresh).
 */
const clearContentCache = () => {
  rmSync(join(project, '.astro'), { recursive: true, force: true });
  rmSync(join(project, 'node_modules', '.astro'), { recursive: true, force: true });
};
clearContentCache();

/** Words for the synthetic text (no meaning, varied enough for a realistic index). */
const WORDS = 'open source governance licence compliance inventory vulnerability dependency community upstream contribution procurement strategy policy training review indicator sovereignty innovation transformation supervision vendor skills culture engagement trust usage'.split(' ');
function text(seed: number, words: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[x % WORDS.length] + (i % 11 === 10 ? '.' : ''));
  }
  return out.join(' ');
}

/** One synthetic activity, valid under the portal's schema (ids GGI-A-1000 and up). */
function activity(i: number): { name: string; text: string } {
  const id = `GGI-A-${1000 + i}`;
  const title = `Synthetic activity ${i}`;
  const next = i > 0 ? `  - activity: GGI-A-${1000 + i - 1}\n    why: It comes before this one.\n` : '';
  return {
    name: `synthetic_activity_${i}`,
    text: `---\nid: ${id}\ntitle: ${title}\ngoal: ${GOALS[i % GOALS.length]}\nroles: [developer]\nsummary: A synthetic activity for the benchmark.\nverification:\n  - The first point holds.\n  - The second point holds.\nnext:${next ? `\n${next}` : ' []\n'}handbook: "1.3"\n---\n\n## Description\n\n${text(i + 1, 250)}\n\n## Opportunity assessment\n\n${text(i + 7, 150)}\n\n## Recommendations\n\n- ${text(i + 3, 30)}\n`,
  };
}

/** Runs a command, sampling the resident memory of its process tree; returns seconds and peak MB. */
function measure(command: string, argv: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ seconds: number; peakMb: number }> {
  return new Promise((resolveRun, reject) => {
    const start = performance.now();
    const child = spawn(command, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'ignore', 'inherit'] });
    let peak = 0;
    const tree = (pid: number): number[] => {
      try {
        const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
        return [pid, ...kids.flatMap(tree)];
      } catch {
        return [pid];
      }
    };
    const timer = setInterval(() => {
      let rss = 0;
      for (const pid of tree(child.pid!)) {
        try {
          rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        } catch {
          // the process ended between listing and reading
        }
      }
      peak = Math.max(peak, rss);
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${argv.join(' ')} failed (exit code ${code})`));
      else resolveRun({ seconds: (performance.now() - start) / 1000, peakMb: peak / 1024 });
    });
  });
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

const bin = (name: string) => join(project, 'node_modules', '.bin', name);

try {
  // The portal, built from a layer of the 25 real activities (case studies refer to them) and N
  // synthetic ones; goals and the rest come from content/.
  const layer = join(work, 'layer');
  mkdirSync(join(layer, 'activities', 'en'), { recursive: true });
  cpSync(join(project, 'content', 'activities', 'en'), join(layer, 'activities', 'en'), { recursive: true });
  for (let i = 0; i < pages; i++) {
    const a = activity(i);
    writeFileSync(join(layer, 'activities', 'en', `${a.name}.md`), a.text);
  }
  const portalOut = join(work, 'portal-dist');
  console.error(`Building the portal with ${pages} synthetic activities…`);
  // One `astro build`: the search index and the service worker are its own last step.
  const portal = await measure(bin('astro'), ['build', '--outDir', portalOut], { cwd: project, env: { PORTAL_CONTENT_DIR: layer } });

  // The same pages in a bare Astro project: one collection, one minimal layout.
  const bare = join(work, 'bare');
  mkdirSync(join(bare, 'src', 'pages', 'a'), { recursive: true });
  mkdirSync(join(bare, 'content'), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(bare, 'node_modules'));
  writeFileSync(join(bare, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(bare, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(
    join(bare, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { a: defineCollection({ loader: glob({ pattern: '*.md', base: './content' }) }) };\n",
  );
  writeFileSync(
    join(bare, 'src', 'pages', 'a', '[id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('a')).map((e) => ({ params: { id: e.id }, props: { e } })); }\nconst { Content } = await render(Astro.props.e);\n---\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Astro.props.e.data.title}</title></head><body><main><h1>{Astro.props.e.data.title}</h1><Content /></main></body></html>\n",
  );
  for (let i = 0; i < pages; i++) {
    const a = activity(i);
    writeFileSync(join(bare, 'content', `${a.name}.md`), a.text);
  }
  console.error(`Building the bare Astro project with the same ${pages} pages…`);
  const bareRun = await measure(bin('astro'), ['build'], { cwd: bare });
  const bareIndex = await measure(bin('pagefind'), ['--site', join(bare, 'dist')], { cwd: bare });

  const row = (name: string, seconds: number, peakMb: number, indexDir: string) =>
    `| ${name} | ${seconds.toFixed(1)} s | ${(pages / seconds).toFixed(0)} | ${peakMb.toFixed(0)} MB | ${(dirSize(indexDir) / 1024 / 1024).toFixed(1)} MB |`;
  console.log(`\n${pages} pages, ${new Date().toISOString().slice(0, 10)}:\n`);
  console.log('| build | time, with the search index | pages per second | peak memory | search index |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(row('OSPO.Zone portal (astro build, index and service worker included)', portal.seconds, portal.peakMb, join(portalOut, 'pagefind')));
  console.log(row('bare Astro, minimal layout (astro build, then pagefind)', bareRun.seconds + bareIndex.seconds, Math.max(bareRun.peakMb, bareIndex.peakMb), join(bare, 'dist', 'pagefind')));
  const ratio = portal.seconds / (bareRun.seconds + bareIndex.seconds);
  console.log(`\nThe portal takes ${ratio.toFixed(2)}× the time of the bare build for the same pages.`);
} finally {
  rmSync(work, { recursive: true, force: true });
  clearContentCache();
}
