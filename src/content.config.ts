/**
 * Astro content collections, one per kind of content, each a glob() loader over its folder in
 * the top-level `content/` directory and the schema from `src/schemas/`. The table of folders and
 * schemas is `COLLECTIONS`, which the content check uses too.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, globPattern, type CollectionSpec } from './schemas/collections.ts';

function collection<S extends CollectionSpec>(spec: S) {
  return defineCollection({
    loader: glob({ pattern: globPattern(spec), base: `./content/${spec.dir}` }),
    schema: spec.schema as S['schema'],
  });
}

export const collections = {
  goals: collection(COLLECTIONS.goals),
  activities: collection(COLLECTIONS.activities),
  caseStudies: collection(COLLECTIONS.caseStudies),
  members: collection(COLLECTIONS.members),
  onramp: collection(COLLECTIONS.onramp),
  news: collection(COLLECTIONS.news),
  pages: collection(COLLECTIONS.pages),
};
