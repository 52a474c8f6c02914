import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BASH = ['/bin/bash', '/usr/bin/bash'].find(existsSync)!;

interface Machine {
  root: string;
  browser: string;
  log: string;
}

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * A stand-in machine for `.ci/run --browser-only`: a copy of the script whose default browser
 * path (/usr/bin/chromium) is a file in a temporary folder, and a PATH of stubs only: `id` says
 * the user id, `apt-get` records its call and "installs" the browser (package chromium) or `java`
 * (package default-jre-headless), `sudo` (when the machine has it) records its call and runs the
 * command, `java` is there unless `java: false`.
 */
function machine(opts: { uid: number; sudo: boolean; browser?: boolean; java?: boolean }): Machine {
  const root = mkdtempSync(join(tmpdir(), 'ospo-ci-run-'));
  made.push(root);
  const bin = join(root, 'bin');
  mkdirSync(join(root, '.ci'), { recursive: true });
  mkdirSync(bin);
  const browser = join(root, 'chromium');
  const log = join(root, 'calls.log');
  writeFileSync(log, '');
  const script = readFileSync('.ci/run', 'utf8');
  expect(script).toContain('/usr/bin/chromium');
  writeFileSync(join(root, '.ci', 'run'), script.replaceAll('/usr/bin/chromium', browser));
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!${BASH}\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  stub('id', `echo ${opts.uid}`);
  stub(
    'apt-get',
    [
      `echo "apt-get $* (DEBIAN_FRONTEND=$DEBIAN_FRONTEND)" >> ${log}`,
      `case " $* " in *" chromium "*) printf '#!/bin/sh\\n' > ${browser}; chmod +x ${browser};; esac`,
      `case " $* " in *" default-jre-headless "*) printf '#!/bin/sh\\n' > ${join(bin, 'java')}; chmod +x ${join(bin, 'java')};; esac`,
    ].join('\n'),
  );
  if (opts.java !== false) stub('java', 'exit 0');
  if (opts.sudo) stub('sudo', `echo "sudo $1 $2" >> ${log}\nexec "$@"`);
  for (const tool of ['env', 'dirname', 'chmod'])
    symlinkSync(spawnSync(BASH, ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim(), join(bin, tool));
  if (opts.browser) {
    writeFileSync(browser, '#!/bin/sh\n');
    chmodSync(browser, 0o755);
  }
  return { root, browser, log };
}

function run(m: Machine, env: Record<string, string> = {}) {
  const r = spawnSync(BASH, [join(m.root, '.ci', 'run'), '--browser-only'], {
    encoding: 'utf8',
    env: { PATH: join(m.root, 'bin'), ...env },
  });
  return {
    code: r.status,
    out: r.stdout,
    err: r.stderr,
    calls: readFileSync(m.log, 'utf8').trim().split('\n').filter(Boolean),
  };
}

describe('.ci/run installs Chromium when it is missing', () => {
  it('as root, with apt-get directly (this project’s CI machines)', () => {
    const m = machine({ uid: 0, sudo: false });
    const r = run(m);
    expect(r.code, r.err).toBe(0);
    expect(r.calls).toEqual([
      'apt-get update -qq (DEBIAN_FRONTEND=noninteractive)',
      'apt-get install -y -qq chromium (DEBIAN_FRONTEND=noninteractive)',
    ]);
    expect(existsSync(m.browser)).toBe(true);
  });

  it('as another user, through sudo, passing DEBIAN_FRONTEND on (GitHub’s runners)', () => {
    const m = machine({ uid: 1001, sudo: true });
    const r = run(m);
    expect(r.code, r.err).toBe(0);
    expect(r.calls).toEqual([
      'sudo env DEBIAN_FRONTEND=noninteractive',
      'apt-get update -qq (DEBIAN_FRONTEND=noninteractive)',
      'sudo env DEBIAN_FRONTEND=noninteractive',
      'apt-get install -y -qq chromium (DEBIAN_FRONTEND=noninteractive)',
    ]);
  });

  it('as another user without sudo, stops with one line saying what to do', () => {
    const r = run(machine({ uid: 1001, sudo: false }));
    expect(r.code).toBe(1);
    expect(r.calls).toEqual([]);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/needs root, and sudo is missing: run it as root, or install Chromium and set CHROMIUM_PATH/);
  });
});

describe('.ci/run installs nothing', () => {
  it('when Chromium is there', () => {
    const r = run(machine({ uid: 1001, sudo: true, browser: true }));
    expect(r.code, r.err).toBe(0);
    expect(r.calls).toEqual([]);
  });

  it('when CHROMIUM_PATH names a browser, which it uses', () => {
    const m = machine({ uid: 1001, sudo: true });
    const chrome = join(m.root, 'google-chrome');
    writeFileSync(chrome, '#!/bin/sh\n');
    chmodSync(chrome, 0o755);
    const r = run(m, { CHROMIUM_PATH: chrome });
    expect(r.code, r.err).toBe(0);
    expect(r.calls).toEqual([]);
    expect(r.out).toContain(`Browser: ${chrome}`);
  });

  it('and stops when CHROMIUM_PATH names no program', () => {
    const m = machine({ uid: 0, sudo: false });
    const r = run(m, { CHROMIUM_PATH: join(m.root, 'no-such-browser') });
    expect(r.code).toBe(1);
    expect(r.calls).toEqual([]);
    expect(r.err).toContain('is not an executable: point it at Chromium or Chrome, or unset it to install Chromium');
  });
});

describe('.ci/run installs a Java runtime (for the Nu HTML Checker) when java is missing', () => {
  it('as root, with apt-get directly, after one package list update', () => {
    const m = machine({ uid: 0, sudo: false, browser: true, java: false });
    const r = run(m);
    expect(r.code, r.err).toBe(0);
    expect(r.calls).toEqual([
      'apt-get update -qq (DEBIAN_FRONTEND=noninteractive)',
      'apt-get install -y -qq default-jre-headless (DEBIAN_FRONTEND=noninteractive)',
    ]);
    expect(existsSync(join(m.root, 'bin', 'java'))).toBe(true);
  });

  it('as another user, through sudo', () => {
    const r = run(machine({ uid: 1001, sudo: true, browser: true, java: false }));
    expect(r.code, r.err).toBe(0);
    expect(r.calls).toEqual([
      'sudo env DEBIAN_FRONTEND=noninteractive',
      'apt-get update -qq (DEBIAN_FRONTEND=noninteractive)',
      'sudo env DEBIAN_FRONTEND=noninteractive',
      'apt-get install -y -qq default-jre-headless (DEBIAN_FRONTEND=noninteractive)',
    ]);
  });

  it('together with Chromium, updating the package lists once', () => {
    const m = machine({ uid: 0, sudo: false, java: false });
    const r = run(m);
    expect(r.code, r.err).toBe(0);
    expect(r.calls).toEqual([
      'apt-get update -qq (DEBIAN_FRONTEND=noninteractive)',
      'apt-get install -y -qq chromium (DEBIAN_FRONTEND=noninteractive)',
      'apt-get install -y -qq default-jre-headless (DEBIAN_FRONTEND=noninteractive)',
    ]);
    expect(existsSync(m.browser)).toBe(true);
  });

  it('as another user without sudo, stops with one line saying to install Java', () => {
    const r = run(machine({ uid: 1001, sudo: false, browser: true, java: false }));
    expect(r.code).toBe(1);
    expect(r.calls).toEqual([]);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(
      /needs root, and sudo is missing: run it as root, or install a Java runtime \(Debian: default-jre-headless\)/,
    );
  });

  it('and nothing when java is there, which it names', () => {
    const m = machine({ uid: 0, sudo: false, browser: true });
    const r = run(m);
    expect(r.code, r.err).toBe(0);
    expect(r.calls).toEqual([]);
    expect(r.out).toContain(`Java: ${join(m.root, 'bin', 'java')}`);
  });
});
