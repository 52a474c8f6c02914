/**
 * The RSS 2.0 feed of the portal (`/rss.xml`): news posts and case studies, newest first.
 * Items are built here from plain data; @astrojs/rss writes the XML.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { caseStudyPath, newsPath } from '../routes.ts';

/** What the feed needs of a news post or a case study. */
export interface FeedSource {
  kind: 'news' | 'case-study';
  id: string;
  title: string;
  date: Date;
  summary: string;
  tags?: readonly string[];
}

/** Feed items, newest first; `link(path)` gives a site path's URL (with the base path). */
export function feedItems(sources: readonly FeedSource[], link: (path: string) => string): RSSFeedItem[] {
  return [...sources]
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title))
    .map((s) =>
      s.kind === 'news'
        ? {
            title: s.title,
            pubDate: s.date,
            description: s.summary,
            link: link(newsPath(s.id)),
            categories: ['News', ...(s.tags ?? [])],
          }
        : {
            title: `Case study: ${s.title}`,
            pubDate: s.date,
            description: s.summary,
            link: link(caseStudyPath(s.id)),
            categories: ['Case study'],
          },
    );
}

/** The feed's channel fields. */
export const FEED = {
  title: 'OSPO.Zone: news and case studies',
  description: 'News of the OSPO Alliance and case studies of organisations that run an Open Source Program Office.',
} as const;
