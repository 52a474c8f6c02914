/**
 * The view model of an activity's page (`/ggi/activities/<slug>/`): everything the page shows
 * beyond the activity's own fields and rendered body, computed from plain data so that the page
 * only renders it. Two steps: `handbookIndex` once per build (links, reverse "next" links,
 * case studies by activity), then `activityPageModel` once per page.
 */
import type { Activity, VerificationPoint } from '../../schemas/activity.ts';
import { activityPath, caseStudyPath, pagePath } from '../routes.ts';
import { editUrl } from '../site/edit-link.ts';
import { noVerificationNote, studiesIllustrating } from './ordering.ts';

/** What the model needs of an activity entry: its collection id (`<lang>/<file>`), file and data. */
export interface ActivityEntryLike {
  id: string;
  /** Path of the content file from the project root, when the loader gives it. */
  filePath?: string;
  data: Pick<
    Activity,
    'id' | 'title' | 'goal' | 'next' | 'verification' | 'handbook' | 'source' | 'attribution' | 'updated'
  >;
}

/** What the model needs of a case-study entry: its id (the URL slug) and data. */
export interface StudyEntryLike {
  id: string;
  data: { title: string; organisation: string; activities: readonly string[] };
}

/** What the model needs of a page of `content/pages/`: its id (file name) and the activities it is about. */
export interface GuideEntryLike {
  id: string;
  data: { title: string; activities?: readonly string[] };
}

/** A page of the portal about the activity (e.g. InnerSource): title and site path (no base). */
export interface GuideLink {
  title: string;
  path: string;
}

/** A heading of the rendered body, as Astro's `render()` gives it. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A link to another activity: its id, title, site path (no base) and entry. */
export interface ActivityLink<E> {
  id: string;
  title: string;
  path: string;
  entry: E;
}

/** A case study that illustrates the activity: title, organisation, site path (no base). */
export interface StudyLink {
  title: string;
  organisation: string;
  path: string;
}

/**
 * One section of the page, in page order: `body` for a level-2 heading of the rendered Markdown,
 * the others for the sections the page adds after it. `id` is the heading's id (the `#anchor`).
 */
export interface PageSection {
  kind: 'body' | 'progress' | 'next' | 'leads-here' | 'case-studies' | 'further-reading';
  id: string;
  title: string;
}

/** Where the text comes from: an imported official release, or the portal's own editable file. */
export type SourceNote =
  | { kind: 'imported'; handbook: string; attribution: string; upstreamUrl?: string }
  | { kind: 'portal'; handbook: string; updated?: Date; editUrl: string };

/** Everything the activity page renders besides the activity's own fields and body. */
export interface ActivityPageModel<E> {
  /** The page's sections in order (body headings first); the page renders the non-body ones from it. */
  sections: PageSection[];
  /** The table of contents: one entry per section of `sections`, same ids, same order. */
  toc: { id: string; text: string }[];
  /**
   * The verification points (`id`: the stable key the scorecard stores ticks under, rendered as
   * `data-point` on each checklist item; `text`: the statement), or (only when there are none) the
   * note saying the release defines none.
   */
  progress: { points: readonly VerificationPoint[]; note?: undefined } | { points: readonly []; note: string };
  /** The proposed next activities with why, in the activity's own order. */
  proposedNext: { why: string; link: ActivityLink<E> }[];
  /** The activities whose "next" names this one, in handbook order. */
  leadsHere: ActivityLink<E>[];
  /** Case studies that illustrate the activity, by organisation. */
  studies: StudyLink[];
  /** Pages of the portal about the activity (their `activities` name it), by title. */
  guides: GuideLink[];
  /** Where the text comes from, for the note at the end of the page. */
  source: SourceNote;
  /** Date of the last change: the file's last commit, else the `updated` field. */
  updated?: Date;
}

/** The activities of the handbook prepared once for all activity pages (see `handbookIndex`). */
export interface HandbookIndex<E extends ActivityEntryLike> {
  /** Each activity's link, by id. */
  link: Map<string, ActivityLink<E>>;
  /** For each activity id, the ids of the activities whose `next` names it, in reading order. */
  reverse: Map<string, string[]>;
  /** For each activity id, the case studies that illustrate it, by organisation. */
  studies: Map<string, StudyLink[]>;
  /** For each activity id, the pages about it, by title. */
  guides: Map<string, GuideLink[]>;
}

/**
 * Prepares `activities` (in reading order, as `handbookByGoal` gives them) and the case studies
 * for `activityPageModel`. `slugOf` gives an activity's URL slug (the content layer's rule);
 * `pages` are the pages of `content/pages/`, of which those with `activities` are linked.
 * Throws when a `next` link names an activity that is not in the list (the content check refuses
 * such a link before the build gets here).
 */
export function handbookIndex<E extends ActivityEntryLike>(
  activities: readonly E[],
  studies: readonly StudyEntryLike[],
  slugOf: (entry: E) => string,
  pages: readonly GuideEntryLike[] = [],
): HandbookIndex<E> {
  const link = new Map(
    activities.map((e) => [e.data.id, { id: e.data.id, title: e.data.title, path: activityPath(slugOf(e)), entry: e }]),
  );
  const reverse = new Map<string, string[]>(activities.map((e) => [e.data.id, []]));
  for (const e of activities) {
    for (const n of e.data.next) {
      const into = reverse.get(n.activity);
      if (!into) throw new Error(`${e.data.id}: next names ${n.activity}, which is not in the handbook`);
      if (!into.includes(e.data.id)) into.push(e.data.id);
    }
  }
  const byStudy = studies.map((s) => ({ ...s.data, path: caseStudyPath(s.id) }));
  const illustrating = new Map(
    activities.map((e) => [
      e.data.id,
      studiesIllustrating(e.data.id, byStudy).map(({ title, organisation, path }) => ({ title, organisation, path })),
    ]),
  );
  const guides = new Map(
    activities.map((e) => [
      e.data.id,
      pages
        .filter((p) => p.data.activities?.includes(e.data.id))
        .map((p) => ({ title: p.data.title, path: pagePath(p.id) }))
        .sort((a, b) => a.title.localeCompare(b.title)),
    ]),
  );
  return { link, reverse, studies: illustrating, guides };
}

/** The upstream file of an imported activity on its Git host (GitLab's `/-/blob/` address), when `source` names it fully. */
function upstreamUrl(source: ActivityEntryLike['data']['source']): string | undefined {
  if (!source?.remote || !source.project || !source.reference || !source.file) return undefined;
  return `${source.remote.replace(/\/$/, '')}/${source.project}/-/blob/${source.reference}/${source.file}`;
}

/** The English titles of the sections after an activity's body. */
export const SECTION_TITLES = {
  progress: 'Progress assessment',
  next: 'Proposed next activities',
  'leads-here': 'Activities that lead here',
  'case-studies': 'Case studies',
  'further-reading': 'Further reading',
} as const;

/**
 * The view model of `activity`'s page. `headings` are its rendered body's headings (level 2 become
 * sections), `lastCommit` gives the date of a file's last commit (path from the project root;
 * undefined when unknown), `repository` is the portal repository's web address (for the edit
 * link). Throws when `activity` is not in `index`.
 */
export function activityPageModel<E extends ActivityEntryLike>(
  index: HandbookIndex<E>,
  activity: E,
  page: {
    headings: readonly BodyHeading[];
    lastCommit: (filePath: string) => Date | undefined;
    repository: string;
    /** The titles of the sections after the body, in the page's language (English by default). */
    titles?: Partial<Record<Exclude<PageSection['kind'], 'body'>, string>>;
  },
): ActivityPageModel<E> {
  const title = (kind: Exclude<PageSection['kind'], 'body'>) => page.titles?.[kind] ?? SECTION_TITLES[kind];
  const a = activity.data;
  const at = (id: string) => index.link.get(id)!;
  if (!index.link.has(a.id)) throw new Error(`${a.id} is not in the handbook index`);
  const proposedNext = a.next.map((n) => ({ why: n.why, link: at(n.activity) }));
  const leadsHere = (index.reverse.get(a.id) ?? []).map(at);
  const studies = index.studies.get(a.id) ?? [];
  const guides = index.guides.get(a.id) ?? [];
  const sections: PageSection[] = [
    ...page.headings.filter((h) => h.depth === 2).map((h) => ({ kind: 'body' as const, id: h.slug, title: h.text })),
    { kind: 'progress', id: 'progress-assessment', title: title('progress') },
    ...(proposedNext.length ? [{ kind: 'next' as const, id: 'proposed-next', title: title('next') }] : []),
    ...(leadsHere.length ? [{ kind: 'leads-here' as const, id: 'leads-here', title: title('leads-here') }] : []),
    ...(studies.length ? [{ kind: 'case-studies' as const, id: 'case-studies', title: title('case-studies') }] : []),
    ...(guides.length
      ? [{ kind: 'further-reading' as const, id: 'further-reading', title: title('further-reading') }]
      : []),
  ];
  const filePath = activity.filePath ?? `content/activities/${activity.id}.md`;
  const updated = page.lastCommit(filePath) ?? a.updated;
  const source: SourceNote =
    a.source && a.attribution
      ? { kind: 'imported', handbook: a.handbook, attribution: a.attribution, upstreamUrl: upstreamUrl(a.source) }
      : { kind: 'portal', handbook: a.handbook, updated, editUrl: editUrl(page.repository, filePath) };
  return {
    sections,
    toc: sections.map((s) => ({ id: s.id, text: s.title })),
    progress: a.verification.length
      ? { points: a.verification.map(({ id, text }) => ({ id, text })) }
      : { points: [], note: noVerificationNote(a.handbook) },
    proposedNext,
    leadsHere,
    studies,
    guides,
    source,
    updated,
  };
}
