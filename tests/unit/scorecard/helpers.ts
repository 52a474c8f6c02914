/**
 * Shared pieces of the scorecard's unit tests: a small hand-made catalogue, fixed times, a
 * deep freeze (so that any change to an input throws), and a Storage in memory that can be made
 * full or unavailable.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { checkContent } from '../../../src/lib/content/check.ts';
import { activitySlug, entriesIn } from '../../../src/lib/content/entries.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';
import { activityPath } from '../../../src/lib/routes.ts';
import { buildCatalogue } from '../../../src/lib/scorecard/catalogue.ts';
import { setPoint, setStatus } from '../../../src/lib/scorecard/edits.ts';
import { createScorecard } from '../../../src/lib/scorecard/manage.ts';
import { emptyDocument } from '../../../src/lib/scorecard/model.ts';
import type { Tally } from '../../../src/lib/scorecard/progress.ts';
import type { Catalogue, ScorecardDocument } from '../../../src/lib/scorecard/types.ts';
import type { StoragePort } from '../../../src/lib/scorecard/port.ts';

/** 2026-01-05 14:46:11 UTC, and later days. */
export const T0 = new Date('2026-01-05T14:46:11.000Z');
export const T1 = new Date('2026-02-10T09:00:00.000Z');
export const T2 = new Date('2026-03-20T17:30:00.000Z');

/** Two goals, four activities: A-17 (3 points) and A-18 (2) in usage, A-21 (2) and A-28 (2) in trust. */
export const CATALOGUE: Catalogue = {
  handbook: '1.3',
  goals: [
    { id: 'usage', title: 'Usage' },
    { id: 'trust', title: 'Trust' },
  ],
  activities: [
    {
      id: 'GGI-A-17',
      title: 'Inventory of skills',
      formerTitles: [],
      goal: 'usage',
      roles: ['team-leader', 'decision-maker'],
      path: '/ggi/activities/inventory_of_skills/',
      points: [
        { id: 'v1', text: 'We know who can do what.' },
        { id: 'v2', text: 'The list is kept current.' },
        { id: 'v3', text: 'Gaps are named.' },
      ],
    },
    {
      id: 'GGI-A-18',
      title: 'Competency growth',
      formerTitles: [],
      goal: 'usage',
      roles: ['developer'],
      path: '/ggi/activities/competency_growth/',
      points: [
        { id: 'v1', text: 'There is a training plan.' },
        { id: 'v2', text: 'People follow it.' },
      ],
    },
    {
      id: 'GGI-A-21',
      title: 'Manage legal compliance',
      formerTitles: [],
      goal: 'trust',
      roles: ['decision-maker'],
      path: '/ggi/activities/manage_legal_compliance/',
      points: [
        { id: 'v1', text: 'Licences are checked.' },
        { id: 'v2', text: 'Obligations are met.' },
      ],
    },
    {
      id: 'GGI-A-28',
      title: 'Human Resources perspective',
      formerTitles: ['hr perspective'],
      goal: 'trust',
      roles: ['decision-maker'],
      path: '/ggi/activities/human_resources_perspective/',
      points: [
        { id: 'v1', text: 'There is training.' },
        { id: 'v2', text: 'Job descriptions name open source.' },
      ],
    },
  ],
};

/** `value`, frozen all the way down, so that a function changing it throws (modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A Storage in memory; `fail` makes setItem throw a DOMException of that name. */
export class MemoryStorage implements StoragePort {
  readonly map = new Map<string, string>();
  fail: 'QuotaExceededError' | 'SecurityError' | undefined;
  get length(): number {
    return this.map.size;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.fail) throw new DOMException('refused', this.fail);
    this.map.set(key, String(value));
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
}

/**
 * The catalogue of the real handbook in content/ (English), built by buildCatalogue from the
 * content layer's entries as the scorecard page builds it from the collections. Verification
 * points may still be plain strings (before they got ids): they get `v<position>`, the
 * importer's rule.
 */
export function realCatalogue(): Catalogue {
  const { entries } = checkContent(readContentTree('content'));
  const points = (v: readonly (string | { id: string; text: string })[]) =>
    v.map((p, i) => (typeof p === 'string' ? { id: `v${i + 1}`, text: p } : p));
  return buildCatalogue({
    goals: entriesIn(entries, 'goals')
      .filter((g) => !g.lang)
      .map((g) => g.data),
    activities: entriesIn(entries, 'activities')
      .filter((a) => a.lang === 'en')
      .map((a) => ({ ...a.data, verification: points(a.data.verification), path: activityPath(activitySlug(a)) })),
  });
}

/**
 * What a browser bundle of `entry` holds: esbuild, bundled and minified as the site's build does,
 * gives the source files it took in (paths relative to the project) and its size in bytes gzipped.
 */
export async function browserBundle(entry: string): Promise<{ inputs: string[]; gzipped: number }> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
  });
  return { inputs: Object.keys(out.metafile.inputs), gzipped: gzipSync(out.outputFiles[0].contents).length };
}

/** A verification point of GGI-A-17 for hand-made documents. */
export const P1 = { id: 'v1', text: 'We know who can do what.' };

/** A frozen document with two scorecards, the second current, and some work in it. */
export function sample(): ScorecardDocument {
  let doc = emptyDocument(T0, 'Head office');
  doc = createScorecard(doc, 'Research lab', T0);
  doc = setStatus(doc, 'GGI-A-17', 'In Progress', T0);
  doc = setPoint(doc, 'GGI-A-17', P1, true, T0);
  return deepFreeze(doc);
}

/** A goal's tally of five activities, nothing selected unless `t` says otherwise. */
export const tally = (t: Partial<Tally>): Tally => ({
  activities: 5,
  selected: 0,
  inProgress: 0,
  done: 0,
  pointsMet: 0,
  pointsTotal: 0,
  ...t,
});
