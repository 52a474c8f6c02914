/**
 * Queries over Astro's content collections that several pages share. Thin wrappers: the rules
 * (ordering, grouping) live in `handbook.ts`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANGUAGE } from '../../schemas/vocabularies.ts';
import { groupByGoal } from '../handbook/ordering.ts';
import { activitySlug } from './entries.ts';

export type ActivityEntry = CollectionEntry<'activities'>;
export type GoalEntry = CollectionEntry<'goals'>;

/** URL slug of an activity entry (the content check's rule; the entry id is `<lang>/<file name>`). */
export function slugOf(entry: ActivityEntry): string {
  return activitySlug({ data: entry.data, name: entry.id.split('/').slice(1).join('/') });
}

/** The activities of one language (English by default). */
export async function activitiesIn(lang: string = DEFAULT_LANGUAGE): Promise<ActivityEntry[]> {
  return getCollection('activities', (a) => a.id.startsWith(`${lang}/`));
}

/** Goals in handbook order with their English activities, each group ordered by id number. */
export async function handbookByGoal(): Promise<{ goal: GoalEntry; activities: ActivityEntry[] }[]> {
  const goals = await getCollection('goals');
  const activities = await activitiesIn();
  const grouped = groupByGoal(
    goals.map((g) => ({ ...g.data, entry: g })),
    activities.map((a) => ({ id: a.data.id, goal: a.data.goal, entry: a })),
  );
  return grouped.map((g) => ({ goal: g.goal.entry, activities: g.activities.map((a) => a.entry) }));
}
