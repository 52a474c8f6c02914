/**
 * Astro content collections, one per kind of content, each a glob() loader over its folder in
 * the top-level `content/` directory (or, for activities and goals, the PORTAL_CONTENT_DIR
 * layer) and the schema from `src/schemas/`. The table of folders and
 * schemas is `COLLECTIONS`, which the content check uses too.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, globPattern, type CollectionSpec } from './schemas/collections.ts';
import { collectionDirs } from './lib/content/dirs.ts';

/** Folders per collection: content/, or the PORTAL_CONTENT_DIR layer for activities and goals. */
const dirs = collectionDirs('content');

function collection<S extends CollectionSpec>(name: keyof typeof COLLECTIONS, spec: S) {
  return defineCollection({
    loader: glob({ pattern: globPattern(spec), base: dirs[name] }),
    schema: spec.schema as S['schema'],
  });
}

export const collections = {
  goals: collection('goals', COLLECTIONS.goals),
  activities: collection('activities', COLLECTIONS.activities),
  caseStudies: collection('caseStudies', COLLECTIONS.caseStudies),
  members: collection('members', COLLECTIONS.members),
  onramp: collection('onramp', COLLECTIONS.onramp),
  news: collection('news', COLLECTIONS.news),
  pages: collection('pages', COLLECTIONS.pages),
};
