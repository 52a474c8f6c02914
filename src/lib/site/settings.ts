/**
 * Facts about the site used by the layout: name, navigation, repository and contact.
 * The repository URL is where "edit this page" and the footer point.
 */
import type { UiKey } from '../i18n/ui.ts';
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

/** One entry of the header navigation: its label's key in the interface dictionary and its English site path (without base). */
export interface NavItem {
  key: UiKey;
  path: string;
}

/** The header navigation, in display order. */
export const NAV: readonly NavItem[] = [
  { key: 'nav.ggi', path: ggiPath() },
  { key: 'nav.caseStudies', path: caseStudiesPath() },
  { key: 'nav.members', path: membersPath() },
  { key: 'nav.onramp', path: onrampPath() },
  { key: 'nav.news', path: newsListPath() },
];

/**
 * Whether this build offers the handbook as a PDF (a download link on /ggi/ and the one-page
 * handbook): set HANDBOOK_PDF=1 only for a build after which `npm run build:pdf` writes the file,
 * as the deploy workflow does, so that a plain build has no link to a file it lacks.
 */
export const HANDBOOK_PDF = (import.meta.env.HANDBOOK_PDF as string | undefined) === '1';
