/**
 * Facts about the site used by the layout: name, navigation, repository and contact.
 * The repository URL is where "edit this page" and the footer point.
 */
import { caseStudiesPath, ggiPath, membersPath, newsListPath, onrampPath } from '../routes.ts';

export const SITE = {
  name: 'OSPO.Zone',
  /** Who publishes the portal. */
  publisher: 'OSPO Alliance',
  description:
    'The OSPO Alliance portal: the Good Governance Initiative handbook for managing open source in an organisation, with case studies, members, OnRamp meetings and news.',
  /**
   * Source repository of the portal (code and content), where "edit this page" links point.
   * Set REPOSITORY_URL at build time when the repository lives elsewhere.
   */
  repository: (import.meta.env.REPOSITORY_URL as string | undefined) || 'https://github.com/ospo-alliance/ospo-zone',
  /** The Alliance's public mailing list, ospo.zone, hosted by the Eclipse Foundation (its archive). */
  contact: 'https://www.eclipse.org/lists/ospo.zone/',
} as const;

/** One entry of the header navigation: label and site path (without base). */
export interface NavItem {
  label: string;
  path: string;
}

/** The header navigation, in display order. */
export const NAV: readonly NavItem[] = [
  { label: 'GGI handbook', path: ggiPath() },
  { label: 'Case studies', path: caseStudiesPath() },
  { label: 'Members', path: membersPath() },
  { label: 'OnRamp', path: onrampPath() },
  { label: 'News', path: newsListPath() },
];

/**
 * Whether this build offers the handbook as a PDF (a download link on /ggi/ and the one-page
 * handbook): set HANDBOOK_PDF=1 only for a build after which `npm run build:pdf` writes the file,
 * as the deploy workflow does, so that a plain build has no link to a file it lacks.
 */
export const HANDBOOK_PDF = (import.meta.env.HANDBOOK_PDF as string | undefined) === '1';
