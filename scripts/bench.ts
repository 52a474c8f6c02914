/**
 * `npm run bench -- --pages N --runs R` (defaults: 1000 pages, 3 runs): how the portal's build
 * scales. Generates N synthetic activities into a temporary content layer (PORTAL_CONTENT_DIR)
 * and the same N pages for a bare Astro project (a minimal layout, one Markdown collection); then,
 * R times, builds the portal (one `astro build`: the search index and the service worker are its
 * last step) and the bare project (`astro build`, then `pagefind`), one after the other.
 *
 * Prints each run, then the median of the runs: seconds, pages per second, peak memory (the
 * resident memory of the build's whole process tree, sampled every 50 ms), the search index size
 * and the ratios portal / bare, also in CPU time (user + system of all the build's processes,
 * read from /proc with the memory: steadier than wall-clock time when other work shares the
 * machine); then where the time goes, phase by phase (both builds run with
 * PORTAL_BENCH_TIMINGS=1, so that src/integrations/build-timings.ts prints their milestones), with
 * each phase's peak memory, and the portal's rendering time per route.
 *
 * Astro's content cache (.astro/, node_modules/.astro/) and Vite's (node_modules/.vite/) are
 * cleared before every build, so each one starts cold, and after the last.
 * A benchmark, not a test: numbers depend on the machine and on what else runs on it; record the
 * median of three runs on an idle machine in the README.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GOALS } from '../src/schemas/vocabularies.ts';

const usage = 'npm run bench -- [--pages N] [--runs R]';
let args: { pages: string; runs: string };
try {
  args = parseArgs({
    options: { pages: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } },
  }).values;
} catch (err) {
  console.error(`${(err as Error).message}: ${usage}`);
  process.exit(2);
}
const whole = (s: string) => (/^\d+$/.test(s) ? Number(s) : NaN);
const pages = whole(args.pages);
const runs = whole(args.runs);
if (!(pages >= 10 && pages <= 9000)) {
  console.error(`--pages takes a whole number from 10 to 9000: ${usage}`);
  process.exit(2);
}
if (!(runs >= 1 && runs <= 9)) {
  console.error(`--runs takes a whole number from 1 to 9: ${usage}`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'ospo-bench-'));
const project = resolve('.');

/**
 * Astro keeps its content store in .astro/ and node_modules/.astro/, Vite its optimised
 * dependencies in node_modules/.vite/ (the bare project shares node_modules/): each build starts
 * without them, and the benchmark leaves no entries of its temporary files behind (the next
 * build of the portal then reads content/ afresh).
 */
const clearCaches = (dir: string) => {
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(dir, cache), { recursive: true, force: true });
};

/** Words for the synthetic text (no meaning, varied enough for a realistic index). */
const WORDS =
  'open source governance licence compliance inventory vulnerability dependency community upstream contribution procurement strategy policy training review indicator sovereignty innovation transformation supervision vendor skills culture engagement trust usage'.split(
    ' ',
  );
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
    text: `---\nid: ${id}\ntitle: ${title}\ngoal: ${GOALS[i % GOALS.length]}\nroles: [developer]\nsummary: A synthetic activity for the benchmark.\nverification:\n  - id: v1\n    text: The first point holds.\n  - id: v2\n    text: The second point holds.\nnext:${next ? `\n${next}` : ' []\n'}handbook: "1.3"\n---\n\n## Description\n\n${text(i + 1, 250)}\n\n## Opportunity assessment\n\n${text(i + 7, 150)}\n\n## Recommendations\n\n- ${text(i + 3, 30)}\n`,
  };
}

/** One process run: wall time, peak resident memory of its tree, and what the build printed. */
interface Measured {
  seconds: number;
  peakMb: number;
  /** Milestones (`bench-mark` lines) by name, epoch ms, with `spawn` and `exit` added. */
  marks: Map<string, number>;
  /** Rendering time per route (`bench-route` lines): component → ms and page count. */
  routes: Map<string, { ms: number; pages: number }>;
  /** CPU time of the process tree (user + system, all cores), seconds. */
  cpuSeconds: number;
  /** Samples: epoch ms, resident kB of the process tree, and its CPU time so far (ms). */
  samples: [number, number, number][];
}

/** Runs a command, sampling the resident memory of its process tree every 50 ms. */
function measure(
  command: string,
  argv: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  return new Promise((resolveRun, reject) => {
    const start = performance.now();
    const marks = new Map<string, number>([['spawn', Date.now()]]);
    const routes = new Map<string, { ms: number; pages: number }>();
    const samples: [number, number, number][] = [];
    /** CPU ms of each process of the tree when last seen (one that ended keeps its last value). */
    const cpu = new Map<number, number>();
    const log: string[] = [];
    const child = spawn(command, argv, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let rest = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        log.push(line);
        let m = /^bench-mark (\d+) (\S+)$/.exec(line);
        if (m) marks.set(m[2], Number(m[1]));
        m = /^bench-route ([\d.]+) (\d+) (.+)$/.exec(line);
        if (m) routes.set(m[3], { ms: Number(m[1]), pages: Number(m[2]) });
      }
    });
    const tree = (pid: number): number[] => {
      try {
        const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map(Number);
        return [pid, ...kids.flatMap(tree)];
      } catch {
        return [pid];
      }
    };
    let peak = 0;
    const timer = setInterval(() => {
      let rss = 0;
      for (const pid of tree(child.pid!)) {
        try {
          rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
          // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (1/100 s).
          const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
          cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
        } catch {
          // the process ended between listing and reading
        }
      }
      samples.push([Date.now(), rss, [...cpu.values()].reduce((a, b) => a + b, 0)]);
      peak = Math.max(peak, rss);
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      marks.set('exit', Date.now());
      if (code !== 0) {
        console.error(log.slice(-40).join('\n'));
        reject(new Error(`${command} ${argv.join(' ')} failed (exit code ${code})`));
      } else
        resolveRun({
          seconds: (performance.now() - start) / 1000,
          peakMb: peak / 1024,
          cpuSeconds: (samples.at(-1)?.[2] ?? 0) / 1000,
          marks,
          routes,
          samples,
        });
    });
  });
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A stretch of a build between two of its milestones (`spawn` and `exit` included). */
type Span = [from: string, to: string];
/**
 * The phases, in build order: for each, the spans it covers in the portal's build and in the bare
 * one (`pagefind` for the bare project's separate `pagefind` run). A phase whose milestones a
 * build did not print is left blank for it.
 */
const PHASES: { label: string; portal: Span[]; bare: Span[] | 'pagefind' | null }[] = [
  {
    label: 'start-up: Node, Astro, loading astro.config (without our content read)',
    portal: [
      ['spawn', 'config:read'],
      ['config:read-done', 'config:setup'],
    ],
    bare: [['spawn', 'config:setup']],
  },
  {
    label: 'our content read and check, in astro.config.mjs',
    portal: [['config:read', 'config:read-done']],
    bare: null,
  },
  {
    label: "integrations' set-up (our content-check integration reads and checks again)",
    portal: [['config:setup', 'config:done']],
    bare: [['config:setup', 'config:done']],
  },
  {
    label: "Astro's content sync (glob() loaders, data store) and types",
    portal: [['config:done', 'build:start']],
    bare: [['config:done', 'build:start']],
  },
  {
    label: 'Vite bundling (server and client)',
    portal: [['build:start', 'render:setup']],
    bare: [['build:start', 'render:setup']],
  },
  {
    label: 'loading the bundled server code',
    portal: [['render:setup', 'render:paths']],
    bare: [['render:setup', 'render:paths']],
  },
  {
    label: 'getStaticPaths of every route',
    portal: [['render:paths', 'render:pages']],
    bare: [['render:paths', 'render:pages']],
  },
  {
    label: 'rendering and writing the pages',
    portal: [['render:pages', 'build:generated']],
    bare: [['render:pages', 'build:generated']],
  },
  {
    label: 'after rendering, to astro:build:done',
    portal: [['build:generated', 'build:done']],
    bare: [['build:generated', 'build:done']],
  },
  { label: 'other integrations in astro:build:done (sitemap)', portal: [['build:done', 'pagefind:start']], bare: null },
  { label: 'search index: Pagefind reads the pages', portal: [['pagefind:start', 'pagefind:indexed']], bare: null },
  { label: 'search index: Pagefind writes the index', portal: [['pagefind:indexed', 'pagefind:written']], bare: null },
  {
    label: 'search index, whole (the bare build: the pagefind command)',
    portal: [['pagefind:start', 'pagefind:written']],
    bare: 'pagefind',
  },
  {
    label: 'service worker (esbuild, Workbox injectManifest)',
    portal: [['pagefind:written', 'service-worker:written']],
    bare: null,
  },
  { label: "Astro's summary and exit", portal: [['service-worker:written', 'exit']], bare: [['build:done', 'exit']] },
];

/** Milliseconds and peak MB of a phase in one build, or undefined when a milestone is missing. */
function phase(run: Measured, spans: Span[]): { ms: number; cpuMs: number; peakMb: number } | undefined {
  /** CPU ms of the tree at `t`: that of the last sample taken by then. */
  const cpuAt = (t: number) => run.samples.findLast(([at]) => at <= t)?.[2] ?? 0;
  let ms = 0;
  let cpuMs = 0;
  let peak = 0;
  for (const [from, to] of spans) {
    const a = run.marks.get(from);
    const b = run.marks.get(to);
    if (a === undefined || b === undefined) return undefined;
    ms += b - a;
    cpuMs += cpuAt(b) - cpuAt(a);
    for (const [t, kb] of run.samples) if (t >= a && t <= b) peak = Math.max(peak, kb);
  }
  return { ms, cpuMs, peakMb: peak / 1024 };
}

const bin = (name: string) => join(project, 'node_modules', '.bin', name);
const timings = { PORTAL_BENCH_TIMINGS: '1' };

interface Run {
  load: number;
  portal: Measured;
  bare: Measured;
  bareIndex: Measured;
  portalIndexMb: number;
  bareIndexMb: number;
}

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

  // The same pages in a bare Astro project: one collection, one minimal layout; its only
  // integration prints the milestones of the build (src/integrations/build-timings.ts).
  const bare = join(work, 'bare');
  mkdirSync(join(bare, 'src', 'pages', 'a'), { recursive: true });
  mkdirSync(join(bare, 'content'), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(bare, 'node_modules'));
  writeFileSync(join(bare, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(bare, 'astro.config.mjs'),
    `import { buildTimings } from ${JSON.stringify(join(project, 'src', 'integrations', 'build-timings.ts'))};\nexport default { integrations: [buildTimings()] };\n`,
  );
  writeFileSync(
    join(bare, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { a: defineCollection({ loader: glob({ pattern: '*.md', base: './content' }) }) };\n",
  );
  writeFileSync(
    join(bare, 'src', 'pages', 'a', '[id].astro'),
    '---\nimport { getCollection, render } from \'astro:content\';\nexport async function getStaticPaths() { return (await getCollection(\'a\')).map((e) => ({ params: { id: e.id }, props: { e } })); }\nconst { Content } = await render(Astro.props.e);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{Astro.props.e.data.title}</title></head><body><main><h1>{Astro.props.e.data.title}</h1><Content /></main></body></html>\n',
  );
  for (let i = 0; i < pages; i++) {
    const a = activity(i);
    writeFileSync(join(bare, 'content', `${a.name}.md`), a.text);
  }

  const done: Run[] = [];
  for (let r = 1; r <= runs; r++) {
    const load = loadavg()[0];
    console.error(
      `Run ${r} of ${runs} (load average ${load.toFixed(1)} on ${availableParallelism()} cores): the portal with ${pages} synthetic activities…`,
    );
    clearCaches(project);
    rmSync(portalOut, { recursive: true, force: true });
    const portal = await measure(bin('astro'), ['build', '--outDir', portalOut], {
      cwd: project,
      env: { PORTAL_CONTENT_DIR: layer, ...timings },
    });
    console.error(`Run ${r} of ${runs}: the bare Astro project with the same ${pages} pages…`);
    clearCaches(project);
    clearCaches(bare);
    rmSync(join(bare, 'dist'), { recursive: true, force: true });
    const bareRun = await measure(bin('astro'), ['build'], { cwd: bare, env: timings });
    const bareIndex = await measure(bin('pagefind'), ['--site', join(bare, 'dist')], { cwd: bare });
    const run: Run = {
      load,
      portal,
      bare: bareRun,
      bareIndex,
      portalIndexMb: dirSize(join(portalOut, 'pagefind')) / 1024 / 1024,
      bareIndexMb: dirSize(join(bare, 'dist', 'pagefind')) / 1024 / 1024,
    };
    done.push(run);
    const bareSeconds = bareRun.seconds + bareIndex.seconds;
    const bareMb = Math.max(bareRun.peakMb, bareIndex.peakMb);
    console.error(
      `Run ${r}: portal ${portal.seconds.toFixed(1)} s (CPU ${portal.cpuSeconds.toFixed(1)} s), ${portal.peakMb.toFixed(0)} MB; bare Astro ${bareSeconds.toFixed(1)} s (build ${bareRun.seconds.toFixed(1)} s + pagefind ${bareIndex.seconds.toFixed(1)} s; CPU ${(bareRun.cpuSeconds + bareIndex.cpuSeconds).toFixed(1)} s), ${bareMb.toFixed(0)} MB; ratio ${(portal.seconds / bareSeconds).toFixed(2)}× time, ${(portal.cpuSeconds / (bareRun.cpuSeconds + bareIndex.cpuSeconds)).toFixed(2)}× CPU, ${(portal.peakMb / bareMb).toFixed(2)}× memory`,
    );
  }
  clearCaches(project);

  const bareSeconds = (r: Run) => r.bare.seconds + r.bareIndex.seconds;
  const bareMb = (r: Run) => Math.max(r.bare.peakMb, r.bareIndex.peakMb);
  const timeRatios = done.map((r) => r.portal.seconds / bareSeconds(r));
  const memoryRatios = done.map((r) => r.portal.peakMb / bareMb(r));
  const cpuRatios = done.map((r) => r.portal.cpuSeconds / (r.bare.cpuSeconds + r.bareIndex.cpuSeconds));
  const list = (xs: number[]) => xs.map((x) => `${x.toFixed(2)}×`).join(', ');
  const of = runs === 1 ? '1 run' : `the median of ${runs} runs`;

  console.log(
    `\n${pages} pages, ${of}, ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, load average at the start of each run: ${done.map((r) => r.load.toFixed(1)).join(', ')}:\n`,
  );
  console.log('| build | time, with the search index | pages per second | peak memory | search index |');
  console.log('| --- | --- | --- | --- | --- |');
  const row = (name: string, seconds: number, peakMb: number, indexMb: number) =>
    `| ${name} | ${seconds.toFixed(1)} s | ${(pages / seconds).toFixed(0)} | ${peakMb.toFixed(0)} MB | ${indexMb.toFixed(1)} MB |`;
  console.log(
    row(
      'OSPO.Zone portal (astro build, index and service worker included)',
      median(done.map((r) => r.portal.seconds)),
      median(done.map((r) => r.portal.peakMb)),
      median(done.map((r) => r.portalIndexMb)),
    ),
  );
  console.log(
    row(
      'bare Astro, minimal layout (astro build, then pagefind)',
      median(done.map(bareSeconds)),
      median(done.map(bareMb)),
      median(done.map((r) => r.bareIndexMb)),
    ),
  );
  console.log(
    `\nThe portal takes ${median(timeRatios).toFixed(2)}× the time${runs > 1 ? ` (runs: ${list(timeRatios)})` : ''} and ${median(memoryRatios).toFixed(2)}× the peak memory${runs > 1 ? ` (runs: ${list(memoryRatios)})` : ''} of the bare build of the same pages (target: at most 1.3× and 1.1×); in CPU time (user and system, all processes; less sensitive to what else runs on the machine), ${median(cpuRatios).toFixed(2)}×${runs > 1 ? ` (runs: ${list(cpuRatios)})` : ''}.`,
  );

  console.log(
    `\nWhere the time goes, phase by phase (${of}; wall-clock ms, CPU ms of the build's processes, and their peak memory during the phase):\n`,
  );
  console.log('| phase | portal | bare Astro | portal − bare | portal CPU | bare CPU | portal peak | bare peak |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const cell = (xs: (number | undefined)[], unit: string) =>
    xs.every((x) => x !== undefined) ? `${median(xs as number[]).toFixed(0)}${unit}` : '–';
  for (const p of PHASES) {
    const mine = done.map((r) => phase(r.portal, p.portal));
    const theirs = done.map((r) =>
      p.bare === 'pagefind'
        ? { ms: r.bareIndex.seconds * 1000, cpuMs: r.bareIndex.cpuSeconds * 1000, peakMb: r.bareIndex.peakMb }
        : p.bare
          ? phase(r.bare, p.bare)
          : undefined,
    );
    const both = mine.every(Boolean) && theirs.every(Boolean);
    const diff = both
      ? cell(
          done.map((_, i) => mine[i]!.ms - theirs[i]!.ms),
          '',
        )
      : '–';
    console.log(
      `| ${p.label} | ${cell(
        mine.map((x) => x?.ms),
        '',
      )} | ${cell(
        theirs.map((x) => x?.ms),
        '',
      )} | ${diff} | ${cell(
        mine.map((x) => x?.cpuMs),
        '',
      )} | ${cell(
        theirs.map((x) => x?.cpuMs),
        '',
      )} | ${cell(
        mine.map((x) => x?.peakMb),
        ' MB',
      )} | ${cell(
        theirs.map((x) => x?.peakMb),
        ' MB',
      )} |`,
    );
  }
  console.log(
    `| whole build | ${median(done.map((r) => r.portal.seconds * 1000)).toFixed(0)} | ${median(done.map((r) => bareSeconds(r) * 1000)).toFixed(0)} | ${median(done.map((r) => (r.portal.seconds - bareSeconds(r)) * 1000)).toFixed(0)} | ${median(done.map((r) => r.portal.cpuSeconds * 1000)).toFixed(0)} | ${median(done.map((r) => (r.bare.cpuSeconds + r.bareIndex.cpuSeconds) * 1000)).toFixed(0)} | ${median(done.map((r) => r.portal.peakMb)).toFixed(0)} MB | ${median(done.map(bareMb)).toFixed(0)} MB |`,
  );

  console.log(
    `\nThe portal's rendering, route by route (${of}; ms; the bare build renders its ${pages} pages in ${cell(
      done.map((r) => [...r.bare.routes.values()].reduce((n, x) => n + x.ms, 0)),
      ' ms',
    )}):\n`,
  );
  console.log('| route | pages | ms | ms per page |');
  console.log('| --- | ---: | ---: | ---: |');
  const components = [...done[0].portal.routes.keys()].sort(
    (a, b) => done[0].portal.routes.get(b)!.ms - done[0].portal.routes.get(a)!.ms,
  );
  for (const c of components) {
    const ms = median(done.map((r) => r.portal.routes.get(c)?.ms ?? 0));
    const count = done[0].portal.routes.get(c)!.pages;
    if (ms < 20 && count < 10) continue;
    console.log(`| ${c} | ${count} | ${ms.toFixed(0)} | ${(ms / count).toFixed(2)} |`);
  }
  console.log('\n(Routes under 20 ms with fewer than 10 pages are left out.)');
} finally {
  rmSync(work, { recursive: true, force: true });
  clearCaches(project);
}
