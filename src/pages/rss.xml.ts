import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { FEED, feedItems } from '../lib/community/feed.ts';
import { href } from '../lib/site/urls.ts';

/** `/rss.xml`: RSS 2.0 feed of news posts and case studies, newest first (made with @astrojs/rss). */
export const GET: APIRoute = async ({ site }) => {
  const news = (await getCollection('news')).map((p) => ({
    kind: 'news' as const,
    id: p.id,
    title: p.data.title,
    date: p.data.date,
    summary: p.data.summary,
    tags: p.data.tags,
  }));
  const studies = (await getCollection('caseStudies')).map((s) => ({
    kind: 'case-study' as const,
    id: s.id,
    title: s.data.title,
    date: s.data.published,
    summary: s.data.summary,
  }));
  return rss({
    ...FEED,
    site: new URL(href(''), site).href,
    items: feedItems([...news, ...studies], href),
    customData: '<language>en</language>',
  });
};
