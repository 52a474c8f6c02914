/**
 * The handbook read as a book: its pages in reading order (the GGI overview, the methodology, then
 * each goal's page followed by its activities, goal after goal), the previous and next page of
 * each, and the handbook sidebar shown beside the overview, methodology, goal and activity pages.
 * Pure functions over plain data (titles and site paths), so pages only render their result.
 */

/** One activity as the reading order needs it: id (`GGI-A-17`), title and site path (no base). */
export interface ReadingActivity {
  id: string;
  title: string;
  path: string;
}

/** One goal with its activities in handbook order (as `handbookByGoal` groups them). */
export interface ReadingGoal {
  /** The goal's id, e.g. `usage`. */
  id: string;
  /** Display title, e.g. "Usage". */
  title: string;
  /** 1 to 5: the goal's place in the handbook. */
  order: number;
  /** Site path of the goal's page (no base). */
  path: string;
  activities: readonly ReadingActivity[];
}

/** The handbook as the reading order and the sidebar need it. */
export interface ReadingHandbook {
  /** The GGI overview page: title and site path. */
  overview: { title: string; path: string };
  /** The methodology page: title and site path. */
  methodology: { title: string; path: string };
  /** The goals in handbook order. */
  goals: readonly ReadingGoal[];
}

/** One page of the reading order. `label` is what a pager shows above the title. */
export interface ReadingStop {
  kind: 'overview' | 'methodology' | 'goal' | 'activity';
  title: string;
  path: string;
  /** "GGI-A-17" for an activity, "Goal 2" for a goal, absent otherwise. */
  label?: string;
}

/** The pages before and after one page of the reading order (none past either end). */
export interface Pager {
  previous?: ReadingStop;
  next?: ReadingStop;
}

/**
 * Every page of the handbook once, in reading order: overview, methodology, then for each goal its
 * page and its activities. An activity listed under two goals keeps its first place only. A goal's
 * label is `goalLabel(order)` ("Goal 2" by default; the page's language gives another).
 */
export function readingOrder(
  handbook: ReadingHandbook,
  goalLabel: (order: number) => string = (n) => `Goal ${n}`,
): ReadingStop[] {
  const seen = new Set<string>();
  const stops: ReadingStop[] = [
    { kind: 'overview', ...handbook.overview },
    { kind: 'methodology', ...handbook.methodology },
  ];
  for (const goal of handbook.goals) {
    stops.push({ kind: 'goal', title: goal.title, path: goal.path, label: goalLabel(goal.order) });
    for (const a of goal.activities) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      stops.push({ kind: 'activity', title: a.title, path: a.path, label: a.id });
    }
  }
  return stops;
}

/** Pagers of every page, per reading order `pagerOf` was given (computed once per list). */
const pagerTables = new WeakMap<readonly ReadingStop[], Map<string, Pager>>();

/**
 * The previous and next page of the page at site path `path` in `order` (a `readingOrder` result,
 * not changed after the first call: the pagers of all its pages are computed on that call, so a
 * build of N pages costs one pass in all, not N). Throws when `path` is not in the order, since
 * a page that shows a pager is always one of the handbook's.
 */
export function pagerOf(order: readonly ReadingStop[], path: string): Pager {
  let table = pagerTables.get(order);
  if (!table) {
    table = new Map(order.map((stop, i) => [stop.path, { previous: order[i - 1], next: order[i + 1] }]));
    pagerTables.set(order, table);
  }
  const pager = table.get(path);
  if (!pager) throw new Error(`pagerOf: ${path} is not a page of the handbook's reading order`);
  return pager;
}

/** A link of the sidebar: title, site path, and whether it is the page being shown. */
export interface SidebarLink {
  title: string;
  path: string;
  current: boolean;
}

/** A goal in the sidebar: its link, its activities' links, and how many it has in all. */
export interface SidebarGoal extends SidebarLink {
  /** 1 to 5: shown as "Goal N". */
  order: number;
  /** Whether the current page is this goal's page or one of its activities. */
  open: boolean;
  /** The activities listed: all of them, or only a window of them (see `handbookSidebar`). */
  activities: (SidebarLink & { id: string })[];
  /** How many activities the goal has, listed or not. */
  total: number;
}

/** The handbook sidebar: the overview, the methodology, then the goals with their activities. */
export interface Sidebar {
  overview: SidebarLink;
  methodology: SidebarLink;
  goals: SidebarGoal[];
}

/**
 * Beyond this many activities in the whole handbook the sidebar lists only the activities of the
 * current page's goal (at most this many of them, around the current one), and the other goals by
 * their page alone. The real handbook has 25; the benchmark's synthetic layer thousands, where
 * listing all of them on every page would make the build quadratic in the number of activities
 * (N pages of N links each). With the limit, a page has at most 2 + goals + 50 links.
 */
export const SIDEBAR_ACTIVITY_LIMIT = 50;

/** Per handbook: how many activities it has, and where each activity page is (goal, place in it). */
const placeTables = new WeakMap<
  ReadingHandbook,
  { all: number; places: Map<string, { goal: number; index: number }> }
>();

/**
 * The number of activities of `handbook` and the place of each activity page by its path, computed
 * once per handbook (not changed after the first call), so that each page's sidebar costs its
 * own links, not a search through every activity.
 */
function placesOf(handbook: ReadingHandbook) {
  let table = placeTables.get(handbook);
  if (!table) {
    const places = new Map<string, { goal: number; index: number }>();
    handbook.goals.forEach((g, goal) =>
      g.activities.forEach((a, index) => {
        if (!places.has(a.path)) places.set(a.path, { goal, index });
      }),
    );
    table = { all: handbook.goals.reduce((n, g) => n + g.activities.length, 0), places };
    placeTables.set(handbook, table);
  }
  return table;
}

/**
 * The sidebar for the page at site path `current` (any path: a page outside the handbook gets a
 * sidebar with nothing marked). Every activity is listed while the handbook has at most `limit`
 * activities; beyond that, see `SIDEBAR_ACTIVITY_LIMIT`. `handbook` is not changed after the
 * first call (where its activities are is computed once).
 */
export function handbookSidebar(
  handbook: ReadingHandbook,
  current: string,
  limit: number = SIDEBAR_ACTIVITY_LIMIT,
): Sidebar {
  const { all, places } = placesOf(handbook);
  const place = places.get(current);
  const link = (l: { title: string; path: string }): SidebarLink => ({
    title: l.title,
    path: l.path,
    current: l.path === current,
  });
  return {
    overview: link(handbook.overview),
    methodology: link(handbook.methodology),
    goals: handbook.goals.map((g, goalIndex) => {
      const here = place?.goal === goalIndex ? place.index : -1;
      const open = g.path === current || here >= 0;
      let listed: readonly ReadingActivity[] = g.activities;
      if (all > limit) {
        if (!open) listed = [];
        else if (g.activities.length > limit) {
          const start = Math.max(0, Math.min(here - Math.floor(limit / 2), g.activities.length - limit));
          listed = g.activities.slice(start, start + limit);
        }
      }
      return {
        ...link(g),
        order: g.order,
        open,
        activities: listed.map((a) => ({ id: a.id, ...link(a) })),
        total: g.activities.length,
      };
    }),
  };
}
