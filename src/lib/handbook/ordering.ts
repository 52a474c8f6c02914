/**
 * Ordering and grouping of GGI goals and activities. Pure functions over plain data, so pages
 * stay thin and the rules are unit-tested.
 */

/** The number in a GGI activity id: `GGI-A-17` → 17. Throws on a malformed id. */
export function activityNumber(id: string): number {
  const m = /^GGI-A-(\d+)$/.exec(id);
  if (!m) throw new Error(`not a GGI activity id: ${id}`);
  return Number(m[1]);
}

/** Minimal shape of an activity the grouping needs. */
export interface ActivityLike {
  id: string;
  /** The goal's id (a `GoalId` for the real handbook). */
  goal: string;
}

/** Minimal shape of a goal the grouping needs. */
export interface GoalLike {
  /** The goal's id (a `GoalId` for the real handbook). */
  id: string;
  order: number;
}

/**
 * Goals in handbook order, each with its activities sorted by id number (the handbook's own
 * order within a goal: e.g. Usage is ).
 */
export function groupByGoal<G extends GoalLike, A extends ActivityLike>(
  goals: readonly G[],
  activities: readonly A[],
): { goal: G; activities: A[] }[] {
  return [...goals]
    .sort((a, b) => a.order - b.order)
    .map((goal) => ({
      goal,
      activities: activities
        .filter((a) => a.goal === goal.id)
        .sort((a, b) => activityNumber(a.id) - activityNumber(b.id)),
    }));
}

/**
 * The case studies that illustrate an activity: those whose `activities` name its id, by
 * organisation. The activity page lists them; the study page lists the other direction.
 */
export function studiesIllustrating<S extends { activities: readonly string[]; organisation: string }>(
  id: string,
  studies: readonly S[],
): S[] {
  return studies.filter((s) => s.activities.includes(id)).sort((a, b) => a.organisation.localeCompare(b.organisation));
}

/**
 * An activity's rendered body as a section of a longer page (the one-page handbook): every
 * heading `levels` lower (1 by default: `h2` → `h3`; at most `h6`) and without its `id`, which
 * would repeat once per activity. `html` is the Markdown renderer's output, whose headings are
 * plain `<hN …>…</hN>` elements; throws on none, since a body always has its sections.
 */
export function asSubsection(html: string, levels = 1): string {
  let count = 0;
  const out = html.replace(/<(\/?)h([1-6])(\s[^>]*)?>/g, (_tag, close: string, level: string, attrs = '') => {
    count++;
    const lower = Math.min(6, Number(level) + levels);
    return close ? `</h${lower}>` : `<h${lower}${attrs.replace(/\s+id="[^"]*"/, '')}>`;
  });
  if (!count) throw new Error('asSubsection: the body has no headings');
  return out;
}

/**
 * What an activity's "Progress assessment" says instead of a checklist when its verification
 * list is empty: only an imported activity may have none, when its handbook release (`handbook`,
 * e.g. "1.0") defines none for it (see src/schemas/activity.ts).
 */
export function noVerificationNote(handbook: string): string {
  return `GGI handbook ${handbook} defines no verification points for this activity.`;
}
