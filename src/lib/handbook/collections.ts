/**
 * Queries over Astro's content collections that several pages share. Thin wrappers: the rules
 * (ordering, grouping) live in `ordering.ts`. In a production build each query runs once and all
 * routes share its result (`buildOnce`): Astro copies every entry on each `getCollection` call,
 * and the handbook's grouping and index would otherwise be rebuilt by every route that shows them.
 * Results are shared, so callers never modify them. In `astro dev` every call reads afresh.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANGUAGE, PUBLISHED_LANGUAGES, type Language } from '../../schemas/vocabularies.ts';
import { handbookIndex, type HandbookIndex } from './activity-page.ts';
import { groupByGoal } from './ordering.ts';
import { buildOnce } from '../content/build-once.ts';
import { activitySlug } from '../content/entries.ts';
import { activityPath, ggiPath, goalPath, methodologyPath } from '../routes.ts';
import { readingOrder, type ReadingHandbook, type ReadingStop } from './reading-order.ts';
import { bookCover, type BookCover } from './book.ts';
import { t } from '../i18n/ui.ts';
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

/** An entry of a collection with translations (goals, pages) in English: its id has no language folder. */
const isEnglish = (entry: { id: string }) => !entry.id.includes('/');

/** The goals, English files only (translations are `<lang>/<id>` entries: `localizedGoal`). */
export const englishGoals: () => Promise<GoalEntry[]> = buildOnce(ONCE, () => getCollection('goals', isEnglish));

/** The stand-alone pages, English files only (translations: `localizedPage`). */
export const englishPages: () => Promise<CollectionEntry<'pages'>[]> = buildOnce(ONCE, () =>
  getCollection('pages', isEnglish),
);

/** Every goal and every page, translations included, by entry id (`usage`, `fr/usage`): looked up without getEntry's warning for a missing one. */
const goalsById = buildOnce(ONCE, async () => new Map((await getCollection('goals')).map((e) => [e.id, e])));
const pagesById = buildOnce(ONCE, async () => new Map((await getCollection('pages')).map((e) => [e.id, e])));

/**
 * A goal in `lang`: its translation (`goals/<lang>/<id>.md`) where there is one, else the English
 * entry; undefined when there is neither.
 */
export async function localizedGoal(id: string, lang: string): Promise<GoalEntry | undefined> {
  const all = await goalsById();
  return all.get(`${lang}/${id}`) ?? all.get(id);
}

/** A stand-alone page of content/pages/ in `lang`, as `localizedGoal`. */
export async function localizedPage(id: string, lang: string): Promise<CollectionEntry<'pages'> | undefined> {
  const all = await pagesById();
  return all.get(`${lang}/${id}`) ?? all.get(id);
}

/** An activity in `lang`: the file of the same name in `activities/<lang>/` where there is one, else `english`. */
export async function localizedActivity(english: ActivityEntry, lang: string): Promise<ActivityEntry> {
  if (lang === DEFAULT_LANGUAGE) return english;
  const name = english.id.split('/').slice(1).join('/');
  return (await activitiesIn(lang)).find((a) => a.id === `${lang}/${name}`) ?? english;
}

/**
 * The published languages an entry exists in (English first, then each with a translation): the
 * entry of `collection` named `name` (a goal's or page's id, an activity's file name).
 */
export async function entryTranslations(
  collection: 'goals' | 'pages' | 'activities',
  name: string,
): Promise<Language[]> {
  const out: Language[] = [];
  for (const lang of PUBLISHED_LANGUAGES) {
    if (lang === DEFAULT_LANGUAGE) out.push(lang);
    else if (collection === 'activities') {
      if ((await activitiesIn(lang)).some((a) => a.id === `${lang}/${name}`)) out.push(lang);
    } else if ((await (collection === 'goals' ? goalsById() : pagesById())).has(`${lang}/${name}`)) out.push(lang);
  }
  return out;
}

/** The language an entry is written in: its folder for activities (`fr/x`) and translations (`fr/usage`), else English. */
export function entryLanguage(entry: { id: string; collection: string }): string {
  const first = entry.id.split('/')[0]!;
  if (entry.collection === 'activities') return first;
  return entry.id.includes('/') ? first : DEFAULT_LANGUAGE;
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
    const goals = await englishGoals();
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
      index: handbookIndex(ordered, await getCollection('caseStudies'), slugOf, await englishPages()),
    };
  });

/**
 * The scorecard's catalogue (src/lib/scorecard/catalogue.ts): the goals and the English
 * activities in reading order, each with its page's site path, verification points and former
 * titles, for the scorecard page, which renders it and embeds it for its script.
 */
export const scorecardCatalogue: () => Promise<Catalogue> = buildOnce(ONCE, async () => {
  const goals = await englishGoals();
  const activities = await activitiesIn();
  return buildCatalogue({
    goals: goals.map((g) => ({ id: g.id, title: g.data.title, order: g.data.order })),
    activities: activities.map((a) => ({ ...a.data, path: activityPath(slugOf(a)) })),
  });
});

/** Title of the GGI overview page (`/ggi/`) in `lang`, as the page, the sidebar and the pager show it. */
export function overviewTitle(lang: string = DEFAULT_LANGUAGE): string {
  return t(lang, 'ggi.overviewTitle');
}

/** Per language, the handbook as the reading order and the sidebar need it. */
const readingHandbooks = new Map<string, () => Promise<ReadingHandbook>>();

/**
 * The handbook as the reading order and the sidebar need it (src/lib/handbook/reading-order.ts),
 * in `lang`: the overview, the methodology page (title from `content/pages/methodology.md` or its
 * translation), and the goals with their activities, in handbook order, each titled in `lang`
 * where it is translated (else in English) and with its address in `lang`. Throws when the
 * methodology page is missing.
 */
export function readingHandbook(lang: string = DEFAULT_LANGUAGE): Promise<ReadingHandbook> {
  let query = readingHandbooks.get(lang);
  if (!query) {
    query = buildOnce(ONCE, async () => {
      const methodology = await localizedPage('methodology', lang);
      if (!methodology)
        throw new Error(`content/pages/methodology.md is missing: the ${methodologyPath()} page is made from it`);
      const goals = [];
      for (const { goal, activities } of await handbookByGoal()) {
        const localGoal = (await localizedGoal(goal.id, lang)) ?? goal;
        const local = await Promise.all(activities.map((a) => localizedActivity(a, lang)));
        goals.push({
          id: goal.id,
          title: localGoal.data.title,
          order: goal.data.order,
          path: goalPath(goal.id, lang),
          activities: activities.map((a, i) => ({
            id: a.data.id,
            title: local[i]!.data.title,
            path: activityPath(slugOf(a), lang),
          })),
        });
      }
      return {
        overview: { title: overviewTitle(lang), path: ggiPath(lang) },
        methodology: { title: methodology.data.title, path: methodologyPath(lang) },
        goals,
      };
    });
    readingHandbooks.set(lang, query);
  }
  return query();
}

/** Per language, the handbook's pages in reading order. */
const handbookOrders = new Map<string, () => Promise<ReadingStop[]>>();

/** The handbook's pages in reading order (`readingOrder`) in `lang`, one list for all pages of a build. */
export function handbookOrder(lang: string = DEFAULT_LANGUAGE): Promise<ReadingStop[]> {
  let query = handbookOrders.get(lang);
  if (!query) {
    query = buildOnce(ONCE, async () =>
      readingOrder(await readingHandbook(lang), (n) => t(lang, 'handbook.goalN', { n })),
    );
    handbookOrders.set(lang, query);
  }
  return query();
}

/** The one-page handbook's cover (`bookCover`): versions, licence, the build's date and the PDF's path. */
export const handbookCover: () => Promise<BookCover> = buildOnce(ONCE, async () =>
  bookCover(
    (await handbookByGoal()).flatMap((s) => s.activities.map((a) => a.data)),
    new Date(),
  ),
);
