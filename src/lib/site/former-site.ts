/**
 * The site this portal replaces: the OSPO Alliance's website at its own origin (SITE_URL, by
 * default https://ospo-alliance.org), to which content and outside pages still link. Once the
 * portal is served there, each old address must lead somewhere, so every link to the site's own
 * origin is one of:
 *   - a page of the portal (the link gate checks that the path resolves in the build);
 *   - an old address listed in FORMER_REDIRECTS, which gets a redirect page to the portal page
 *     that holds its content (src/pages/[...former].astro, left out of the sitemap and search);
 *   - a path listed in OFF_PORTAL_PATHS, with the reason the portal does not serve it: the link
 *     gate treats links to it as external.
 * Plain Node (no `import.meta.env`): astro.config.mjs and the link gate import it too.
 */
import { formerSitePath, newsPath, onrampSessionPath } from '../routes.ts';

/** An old address of the site (path with leading and trailing slash) and the site path it now redirects to. */
export interface FormerRedirect {
  from: string;
  to: string;
}

/**
 * Old addresses whose content the portal now holds under another address. The old site
 * announced OnRamp sessions as news posts (`/news/<yyyymmdd>_<slug>`); here a session has its
 * own page.
 */
export const FORMER_REDIRECTS: readonly FormerRedirect[] = [
  {
    from: formerSitePath('/news/20251017_onramp_ocsin_open_source_strategy/'),
    to: onrampSessionPath('2025-10-17-open-source-strategy-geneva'),
  },
  {
    from: formerSitePath('/news/20260112_quarterly_q4_update_recap/'),
    to: newsPath('2026-01-16-quarterly-update-2025-in-review'),
  },
  // The portal's own first address of the handbook 1.3 post, dated by a release day no source gives.
  { from: newsPath('2025-12-01-ggi-handbook-1-3'), to: newsPath('2026-01-16-ggi-handbook-1-3') },
];

/** A path of the site's own origin that the portal does not serve, and why. */
export interface OffPortalPath {
  path: string;
  reason: string;
}

/**
 * Files of the old site that the portal has no copy of. Links to them stay links to the old
 * site; before the portal takes over the origin, copy each file into `public/` under the same
 * path (so the link keeps working) and remove its entry here.
 */
export const OFF_PORTAL_PATHS: readonly OffPortalPath[] = [
  {
    path: '/docs/Skills-Matrix-Template.pdf',
    reason:
      'a PDF the old site hosts, linked from activity GGI-A-18 and from the official handbook 1.3; the portal has no copy (handbook 1.2 linked a file of the same name on managersresourcehandbook.com, perhaps its origin: whether it is the same file, and still there, is unchecked)',
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern matching the start of an absolute URL on the site's own origin: `site`'s host with
 * and without `www.`, over http or https, any port, up to where the path begins. With `except`
 * (site paths), URLs whose path is exactly one of them (optionally followed by `?…` or `#…`)
 * do not match. `ownOrigin('https://ospo-alliance.org')` matches `https://www.ospo-alliance.org/x`
 * (the match is `https://www.ospo-alliance.org`) and not `https://ospo-alliance.org.example/`.
 */
export function ownOrigin(site: string, except: readonly string[] = []): RegExp {
  const host = new URL(site).hostname.replace(/^www\./, '');
  const skip = except.length ? `(?!(?:${except.map(escape).join('|')})(?:[?#]|$))` : '';
  return new RegExp(`^https?://(?:www\\.)?${escape(host)}(?::\\d+)?(?=[/?#]|$)${skip}`, 'i');
}
