/**
 * The one-page handbook as a book (/ggi/handbook/, printed or saved as PDF): the facts of its
 * cover, and the name of the PDF that `npm run build:pdf` writes from it.
 */
import { handbookPdfPath } from '../routes.ts';

/**
 * The licence of the handbook's texts, the portal's own and the official GGI text alike (the GGI
 * handbook is published under CC BY 4.0 by OW2 and the OSPO Alliance): short name and legal deed.
 */
export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** Compares two handbook versions ("1.2" < "1.10") number by number. */
function byVersion(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/**
 * The handbook versions the activities follow (their `handbook` field), oldest first and each
 * once: `['1.3']`, or `['1.2', '1.3']` for a handbook partly updated. Throws on no activities.
 */
export function handbookVersions(activities: readonly { handbook: string }[]): string[] {
  if (!activities.length) throw new Error('handbookVersions: the handbook has no activities');
  return [...new Set(activities.map((a) => a.handbook))].sort(byVersion);
}

/** What the book's cover says besides its title. */
export interface BookCover {
  /** The versions followed, as a phrase: "1.3", or "1.2 and 1.3". */
  version: string;
  /** The newest version followed: the one the PDF is named after. */
  latest: string;
  licence: typeof CONTENT_LICENCE;
  /** The day the book was made (the build), ISO `YYYY-MM-DD`, UTC. */
  date: string;
  /** Site path of the PDF (no base): `/ggi/ggi-handbook-<latest>.pdf`. */
  pdfPath: string;
}

/** The cover of the book made from `activities` on `built` (the build's date). */
export function bookCover(activities: readonly { handbook: string }[], built: Date): BookCover {
  const versions = handbookVersions(activities);
  const latest = versions.at(-1)!;
  const version = versions.length === 1 ? latest : `${versions.slice(0, -1).join(', ')} and ${latest}`;
  return {
    version,
    latest,
    licence: CONTENT_LICENCE,
    date: built.toISOString().slice(0, 10),
    pdfPath: handbookPdfPath(latest),
  };
}
