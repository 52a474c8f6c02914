/**
 * OnRamp sessions from the content collection, in the shape src/lib/community/onramp.ts works with.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { SessionLike } from './onramp.ts';

export type SessionEntry = CollectionEntry<'onramp'>;

/** A collection entry as a session (id = file name). */
export function toSession(e: SessionEntry): SessionLike {
  return {
    id: e.id,
    title: e.data.title,
    start: e.data.start,
    duration: e.data.duration,
    summary: e.data.summary,
    speakers: e.data.speakers,
    links: e.data.links,
  };
}

/** All sessions with their entries. */
export async function sessions(): Promise<{ entry: SessionEntry; session: SessionLike }[]> {
  return (await getCollection('onramp')).map((entry) => ({ entry, session: toSession(entry) }));
}
