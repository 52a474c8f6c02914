import { z } from 'astro/zod';
import { SECTORS, SIZE_BANDS } from './vocabularies.ts';
import { activityId, country, date, line, url } from './shared.ts';

/**
 * A case study of an organisation that runs an OSPO: `content/case-studies/<slug>.md`.
 * Every claim in the body must be traceable to one of `sources`.
 */
export const caseStudySchema = z.strictObject({
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
  /** Publication date of the study on this portal. */
  published: date,
  /** GGI activities the study illustrates; each id must exist. */
  activities: z.array(activityId).min(1, { error: 'is empty: name at least one GGI activity the study illustrates' }),
  /** Public URLs the facts come from (at least one). */
  sources: z.array(url).min(1, { error: 'is empty: list at least one public source URL for the facts' }),
  /** One or two sentences for cards and the meta description. */
  summary: line,
});
export type CaseStudy = z.infer<typeof caseStudySchema>;
