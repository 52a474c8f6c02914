/**
 * Queries over Astro's content collections that several pages share. Thin wrappers: the rules
 * (ordering, grouping) live in `ordering.ts`. In a production build each query runs once and all
 * routes share its result (`buildOnce`): Astro copies every entry on each `getCollection` call,
 * and the handbook's grouping and index would otherwise be rebuilt by every route that shows them.
 * Results are shared, so callers never modify them. In `astro dev` every call reads afresh.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANGUAGE } from '../../schemas/vocabularies.ts';
import { handbookIndex, type HandbookIndex } from './activity-page.ts';
import { groupByGoal } from './ordering.ts';
import { buildOnce } from '../content/build-once.ts';
import { activitySlug } from '../content/entries.ts';
import { activityPath } from '../routes.ts';
import type { Catalogue } from '../scorecard/types.ts';

/** An activity as Astro's glob() loader gives it (`id` is `<lang>/<file name>`). */
export type ActivityEntry = CollectionEntry<'activities'>;
/** A goal as Astro's glob() loader gives it. */
export type GoalEntry = CollectionEntry<'goals'>;

/** Whether queries are computed once per build: in production builds only (see the module comment). */
const ONCE = import.meta.env.PROD;

/** URL slug of an activity entry (the content check's rule; the entry id is `<lang>/<file name>`). */
export function slugOf(entry: ActivityEntry): string {
  return activitySlug({ data: entry.data, name: entry.id.split('/').slice(1).join('/') });
}

/** Per language, the query of its activities. */
const activitiesByLanguage = new Map<string, () => Promise<ActivityEntry[]>>();

/** The activities of one language (English by default). */
export async function activitiesIn(lang: string = DEFAULT_LANGUAGE): Promise<ActivityEntry[]> {
  let query = activitiesByLanguage.get(lang);
  if (!query) {
    query = buildOnce(ONCE, () => getCollection('activities', (a) => a.id.startsWith(`${lang}/`)));
    activitiesByLanguage.set(lang, query);
  }
  return query();
}

/** Goals in handbook order with their English activities, each group ordered by id number. */
export const handbookByGoal: () => Promise<{ goal: GoalEntry; activities: ActivityEntry[] }[]> = buildOnce(
  ONCE,
  async () => {
    const goals = await getCollection('goals');
    const activities = await activitiesIn();
    const grouped = groupByGoal(
      goals.map((g) => ({ ...g.data, entry: g })),
      activities.map((a) => ({ id: a.data.id, goal: a.data.goal, entry: a })),
    );
    return grouped.map((g) => ({ goal: g.goal.entry, activities: g.activities.map((a) => a.entry) }));
  },
);

/**
 * The handbook's activities in reading order (`handbookByGoal`, goal after goal) and their
 * `handbookIndex` with the case studies, for the activity pages.
 */
export const activityPagesIndex: () => Promise<{ ordered: ActivityEntry[]; index: HandbookIndex<ActivityEntry> }> =
  buildOnce(ONCE, async () => {
    const ordered = (await handbookByGoal()).flatMap((s) => s.activities);
    return { ordered, index: handbookIndex(ordered, await getCollection('caseStudies'), slugOf) };
  });

/**
 * The scorecard's catalogue (src/lib/scorecard/types.ts): goals in handbook order and the English
 * activities in reading order, each with its page's site path and verification points, for the
 * scorecard page, which renders it and embeds it for its script.
 */
export const scorecardCatalogue: () => Promise<Catalogue> = buildOnce(ONCE, async () => {
  const steps = await handbookByGoal();
  const activities = steps.flatMap((s) => s.activities);
  // Interim, until src/lib/scorecard/catalogue.ts (buildCatalogue) lands.
  return {
    handbook: activities[0]?.data.handbook ?? '',
    goals: steps.map((s) => ({ id: s.goal.id, title: s.goal.data.title })),
    activities: activities.map((a) => ({
      id: a.data.id,
      title: a.data.title,
      formerTitles: [],
      goal: a.data.goal,
      roles: [...a.data.roles],
      path: activityPath(slugOf(a)),
      points: a.data.verification.map((p) => ({ id: p.id, text: p.text })),
    })),
  };
});
