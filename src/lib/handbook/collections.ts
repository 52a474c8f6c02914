/**
 * Queries over Astro's content collections that several pages share. Thin wrappers: the rules
 * (ordering, grouping) live in `ordering.ts`. In a production build each query runs once and all
 * routes share its result (`buildOnce`): Astro copies every entry on each `getCollection` call,
 * and the handbook's grouping and index would otherwise be rebuilt by every route that shows them.
 * Results are shared, so callers never modify them. In `astro dev` every call reads afresh.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANGUAGE } from '../../schemas/vocabularies.ts';
import { handbookIndex, type HandbookIndex } from './activity-page.ts';
import { groupByGoal } from './ordering.ts';
import { buildOnce } from '../content/build-once.ts';
import { activitySlug } from '../content/entries.ts';
import { activityPath, ggiPath, goalPath, methodologyPath } from '../routes.ts';
import { readingOrder, type ReadingHandbook, type ReadingStop } from './reading-order.ts';
import { bookCover, type BookCover } from './book.ts';
import { buildCatalogue } from '../scorecard/catalogue.ts';
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
 * `handbookIndex` with the case studies and the pages about activities, for the activity pages.
 */
export const activityPagesIndex: () => Promise<{ ordered: ActivityEntry[]; index: HandbookIndex<ActivityEntry> }> =
  buildOnce(ONCE, async () => {
    const ordered = (await handbookByGoal()).flatMap((s) => s.activities);
    return {
      ordered,
      index: handbookIndex(ordered, await getCollection('caseStudies'), slugOf, await getCollection('pages')),
    };
  });

/**
 * The scorecard's catalogue (src/lib/scorecard/catalogue.ts): the goals and the English
 * activities in reading order, each with its page's site path, verification points and former
 * titles, for the scorecard page, which renders it and embeds it for its script.
 */
export const scorecardCatalogue: () => Promise<Catalogue> = buildOnce(ONCE, async () => {
  const goals = await getCollection('goals');
  const activities = await activitiesIn();
  return buildCatalogue({
    goals: goals.map((g) => ({ id: g.id, title: g.data.title, order: g.data.order })),
    activities: activities.map((a) => ({ ...a.data, path: activityPath(slugOf(a)) })),
  });
});

/** Title of the GGI overview page (`/ggi/`), as the page, the sidebar and the pager show it. */
export const OVERVIEW_TITLE = 'The GGI handbook';

/**
 * The handbook as the reading order and the sidebar need it (src/lib/handbook/reading-order.ts):
 * the overview, the methodology page (title from `content/pages/methodology.md`), and the goals
 * with their English activities, in handbook order. Throws when the methodology page is missing.
 */
export const readingHandbook: () => Promise<ReadingHandbook> = buildOnce(ONCE, async () => {
  const methodology = await getEntry('pages', 'methodology');
  if (!methodology)
    throw new Error(`content/pages/methodology.md is missing: the ${methodologyPath()} page is made from it`);
  return {
    overview: { title: OVERVIEW_TITLE, path: ggiPath() },
    methodology: { title: methodology.data.title, path: methodologyPath() },
    goals: (await handbookByGoal()).map(({ goal, activities }) => ({
      id: goal.id,
      title: goal.data.title,
      order: goal.data.order,
      path: goalPath(goal.id),
      activities: activities.map((a) => ({ id: a.data.id, title: a.data.title, path: activityPath(slugOf(a)) })),
    })),
  };
});

/** The handbook's pages in reading order (`readingOrder`), one list for all pages of a build. */
export const handbookOrder: () => Promise<ReadingStop[]> = buildOnce(ONCE, async () =>
  readingOrder(await readingHandbook()),
);

/** The one-page handbook's cover (`bookCover`): versions, licence, the build's date and the PDF's path. */
export const handbookCover: () => Promise<BookCover> = buildOnce(ONCE, async () =>
  bookCover(
    (await handbookByGoal()).flatMap((s) => s.activities.map((a) => a.data)),
    new Date(),
  ),
);
