/**
 * The content collections: where each lives under the content root and which schema its
 * frontmatter follows. `src/content.config.ts` builds Astro's glob() loaders from this table and
 * `src/lib/content/check.ts` validates files against it, so both always agree.
 */
import type { z } from 'astro/zod';
import { activitySchema } from './activity.ts';
import { caseStudySchema } from './case-study.ts';
import { goalSchema } from './goal.ts';
import { memberSchema } from './member.ts';
import { newsSchema } from './news.ts';
import { onrampSchema } from './onramp.ts';
import { pageSchema } from './page.ts';

export interface CollectionSpec {
  /** Folder under the content root. */
  dir: string;
  /** Folder levels between `dir` and the file: 1 for `goals/usage.md`, 2 for `activities/en/x.md`. */
  depth: 1 | 2;
  /**
   * For a collection one level deep: whether it takes translations, each in a folder named by its
   * language beside the English files (`goals/fr/usage.md` beside `goals/usage.md`). Collections
   * two levels deep have every language in its own folder (`activities/en/`, `activities/fr/`).
   */
  translations?: boolean;
  /** Accepted file extensions, without the dot. */
  extensions: readonly 'md'[];
  /** Frontmatter schema. */
  schema: z.ZodType;
}

export const COLLECTIONS = {
  goals: { dir: 'goals', depth: 1, translations: true, extensions: ['md'], schema: goalSchema },
  activities: { dir: 'activities', depth: 2, extensions: ['md'], schema: activitySchema },
  caseStudies: { dir: 'case-studies', depth: 1, extensions: ['md'], schema: caseStudySchema },
  members: { dir: 'members', depth: 1, extensions: ['md'], schema: memberSchema },
  onramp: { dir: 'onramp', depth: 1, extensions: ['md'], schema: onrampSchema },
  news: { dir: 'news', depth: 1, extensions: ['md'], schema: newsSchema },
  pages: { dir: 'pages', depth: 1, translations: true, extensions: ['md'], schema: pageSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/**
 * The glob() pattern for a collection, relative to its folder. Files whose name starts with `_`
 * (templates, drafts) are left out. A collection with translations takes its English files and
 * those of its language folders (entry ids `usage` and `fr/usage`).
 */
export function globPattern(spec: CollectionSpec): string {
  const ext = spec.extensions.length === 1 ? spec.extensions[0] : `{${spec.extensions.join(',')}}`;
  // `[^_]`, not `[!_]`: Astro's file watcher (picomatch) reads `[!_]` differently from the
  // loader's first scan, so edits under `astro dev` were never picked up.
  if (spec.translations) return `{[^_]*.${ext},*/[^_]*.${ext}}`;
  return `${spec.depth === 2 ? '*/' : ''}[^_]*.${ext}`;
}
