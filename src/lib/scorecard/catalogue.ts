/**
 * The catalogue: the handbook as the scorecard measures against it, built from the goals and
 * activities (collection data, at build time or on the page), and finding an activity by title
 * the way My GGI Board rows need it. No validation library.
 */
import { activityNumber } from '../handbook/ordering.ts';
import type { Catalogue, CatalogueActivity, CataloguePoint } from './types.ts';

/** What buildCatalogue needs of the goals and activities (content entries' data, with each activity's page path). */
export interface CatalogueInput {
  /** Goals; ordered by `order`. */
  goals: readonly { id: string; title: string; order: number }[];
  activities: readonly {
    id: string;
    title: string;
    goal: string;
    roles: readonly string[];
    verification: readonly CataloguePoint[];
    /** Site path of the activity page, from routes.ts (no base). */
    path: string;
    /** Former slugs, e.g. `hr_perspective`. */
    aliases?: readonly string[];
    /** Handbook version the activity follows, e.g. "1.3". */
    handbook?: string;
  }[];
  /** Handbook version; by default the activities' versions, distinct, sorted and joined with ", ". */
  handbook?: string;
}

/**
 * A title as matching sees it: lower case, accents dropped, every run of anything but letters
 * and digits one space, trimmed. `Human Resources perspective` → `human resources perspective`,
 * `hr_perspective` → `hr perspective`, `C-Level awareness` → `c level awareness`.
 */
export function titleKey(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The catalogue: goals by `order`; activities by goal (in that order), then by id number (the
 * handbook's reading order); former titles from the aliases (former slugs, the upstream slug rule
 * run backwards: `hr_perspective` → "hr perspective"). Throws on an activity id not `GGI-A-NN`.
 */
export function buildCatalogue(input: CatalogueInput): Catalogue {
  const goals = [...input.goals].sort((a, b) => a.order - b.order);
  const goalIndex = new Map(goals.map((g, i) => [g.id, i]));
  const activities: CatalogueActivity[] = [...input.activities]
    .sort(
      (a, b) =>
        (goalIndex.get(a.goal) ?? goals.length) - (goalIndex.get(b.goal) ?? goals.length) ||
        activityNumber(a.id) - activityNumber(b.id),
    )
    .map((a) => ({
      id: a.id,
      title: a.title,
      formerTitles: (a.aliases ?? []).map(titleKey),
      goal: a.goal,
      roles: [...a.roles],
      path: a.path,
      points: a.verification.map((p) => ({ id: p.id, text: p.text })),
    }));
  const versions = [...new Set(input.activities.map((a) => a.handbook).filter((v) => v !== undefined))].sort();
  return {
    handbook: input.handbook ?? versions.join(', '),
    goals: goals.map((g) => ({ id: g.id, title: g.title })),
    activities,
  };
}

/** The catalogue's activity with this id, if any. */
export function activityById(catalogue: Catalogue, id: string): CatalogueActivity | undefined {
  return catalogue.activities.find((a) => a.id === id);
}

/**
 * The activity whose title, or one of whose former titles, matches `title` ignoring case,
 * accents and punctuation (see titleKey): `HR perspective` finds GGI-A-28 by its former slug.
 * A current title wins over a former one.
 */
export function activityByTitle(catalogue: Catalogue, title: string): CatalogueActivity | undefined {
  const key = titleKey(title);
  if (!key) return undefined;
  return (
    catalogue.activities.find((a) => titleKey(a.title) === key) ??
    catalogue.activities.find((a) => a.formerTitles.some((t) => titleKey(t) === key))
  );
}
