import { z } from 'astro/zod';
import { SECTORS, SIZE_BANDS } from './vocabularies.ts';
import { activityId, country, date, line, url } from './shared.ts';

/** The day of a Date as YYYY-MM-DD (UTC), for messages. */
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * One public source of a case study: where it is, what it is called, when it was published (if
 * it says) and whether it is the main source, the one the study chiefly draws on.
 */
export const caseStudySource = z.strictObject({
  /** Address of the page, document or recording. */
  url,
  /** Its title, as the source gives it (in its own language). */
  title: line,
  /** Its publication date, where the source shows one (YYYY-MM-DD). The main source needs it. */
  date: date.optional(),
  /** `true` on the one main source; leave the field out on the others. */
  main: z.literal(true).optional(),
});
export type CaseStudySource = z.infer<typeof caseStudySource>;

/**
 * A case study of an organisation that runs an OSPO: `content/case-studies/<slug>.md`.
 * Every claim in the body cites one of `sources` with a footnote (`[^1]`, defined at the end of
 * the body as a link to that source). Exactly one source is the main one, and `published` is its
 * date: a study is dated by what it tells, not by when it was written here.
 */
export const caseStudySchema = z
  .strictObject({
    /** Page title, e.g. "How the City of Paris runs its open source programme". */
    title: line,
    /** Name of the organisation studied. */
    organisation: line,
    /** Sector of the organisation. */
    sector: z.enum(SECTORS),
    /** Country, ISO 3166-1 alpha-2 (e.g. FR). */
    country,
    /** Staff headcount band. */
    size: z.enum(SIZE_BANDS),
    /** The publication date of the main source (the one marked `main: true`). */
    published: date,
    /** GGI activities the study illustrates; each id must exist. */
    activities: z.array(activityId).min(1, { error: 'is empty: name at least one GGI activity the study illustrates' }),
    /** The public sources the facts come from (at least one); exactly one marked `main: true`. */
    sources: z.array(caseStudySource).min(1, { error: 'is empty: list at least one public source for the facts' }),
    /** One or two sentences for cards and the meta description. */
    summary: line,
  })
  .superRefine((study, ctx) => {
    const mains = study.sources.flatMap((s, i) => (s.main ? [i] : []));
    if (mains.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'marks no main source: add main: true to the source the study chiefly draws on',
      });
      return;
    }
    if (mains.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `marks ${mains.length} main sources (${mains.map((i) => `sources[${i}]`).join(', ')}): keep main: true on one of them only`,
      });
      return;
    }
    const main = study.sources[mains[0]];
    if (!main.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources', mains[0], 'date'],
        message:
          'is missing on the main source: add the date the main source was published (YYYY-MM-DD); published must equal it',
      });
    } else if (day(main.date) !== day(study.published)) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: `is ${day(study.published)}, not the date of the main source (${day(main.date)}): set published to ${day(main.date)}`,
      });
    }
  });
export type CaseStudy = z.infer<typeof caseStudySchema>;
