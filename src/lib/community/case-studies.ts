/**
 * Case-study helpers: the list of sources a study page shows, and the check that a study's
 * footnotes cite its sources. A study cites per claim with GFM footnotes: `[^key]` after the
 * claim, and at the end of the body a definition `[^key]: [Title](https://source…)` whose link is
 * one of the study's `sources` (src/schemas/case-study.ts). Pure functions.
 */
import { formatDate } from '../site/format.ts';

/** What the helpers need of a source (the schema's output). */
export interface SourceLike {
  url: string;
  title: string;
  date?: Date;
  main?: true;
}

/** A source as the study page lists it. `date` is for readers ("16 June 2025"), when known. */
export interface SourceItem {
  url: string;
  title: string;
  date?: string;
  /** ISO day for a `<time datetime>`, when known. */
  isoDate?: string;
  main: boolean;
}

/** The sources in the order a page lists them: the main source first, the others as written. */
export function sourceList(sources: readonly SourceLike[]): SourceItem[] {
  const items = sources.map((s) => ({
    url: s.url,
    title: s.title,
    main: s.main === true,
    ...(s.date ? { date: formatDate(s.date), isoDate: s.date.toISOString().slice(0, 10) } : {}),
  }));
  return [...items.filter((s) => s.main), ...items.filter((s) => !s.main)];
}

/** The footnotes of a Markdown body: labels referenced in the text, and each definition's links. */
export function footnotes(markdown: string): { references: string[]; definitions: Map<string, string[]> } {
  const definitions = new Map<string, string[]>();
  const body = markdown.replace(/^\[\^([^\]\s]+)\]:[ \t]*(.*)$/gm, (_, label: string, text: string) => {
    definitions.set(
      label,
      [...text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]),
    );
    return '';
  });
  const references = [...new Set([...body.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1]))];
  return { references, definitions };
}

/**
 * What is wrong with a study's citations, one sentence each (empty when all is well): a claim
 * citing a footnote that is not defined, a footnote that no claim cites, a footnote that links
 * to no source or to a page the `sources` list lacks, a source that no footnote cites.
 */
export function citationProblems(markdown: string, sources: readonly Pick<SourceLike, 'url'>[]): string[] {
  const { references, definitions } = footnotes(markdown);
  const listed = new Set(sources.map((s) => s.url));
  const cited = new Set<string>();
  const out: string[] = [];
  for (const label of references) if (!definitions.has(label)) out.push(`[^${label}] is cited but not defined`);
  for (const [label, urls] of definitions) {
    if (!references.includes(label)) out.push(`[^${label}] is defined but no claim cites it`);
    if (urls.length === 0) out.push(`[^${label}] links to no source`);
    for (const u of urls) {
      if (listed.has(u)) cited.add(u);
      else out.push(`[^${label}] links to ${u}, which is not in sources`);
    }
  }
  if (references.length === 0) out.push('no claim cites a source: add footnotes such as [^1]');
  for (const u of listed) if (!cited.has(u)) out.push(`the source ${u} is cited by no footnote`);
  return out;
}
