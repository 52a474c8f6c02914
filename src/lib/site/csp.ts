/**
 * The Content Security Policy's hash sources for the inline scripts and styles that Astro does not
 * hash itself: the pre-paint theme script of every page (`is:inline`) and the CSS a page computes
 * from its entries (filters, the activity map), both placed in the head before Astro's CSP
 * `<meta>`. A browser applies a `<meta>` policy only to what follows it, so they ran unlisted; with
 * their hashes listed (`Astro.csp.insertScriptHash` / `insertStyleHash`), the policy names every
 * inline script and style of a page, and the W3C's Nu HTML Checker, which reads the policy as
 * applying to the whole document, finds nothing unlisted.
 */
import { createHash } from 'node:crypto';
import { STORAGE_KEY } from '../scorecard/vocabulary.ts';

/** The CSP hash source of an inline script's or style's text, exactly as written between its tags: `sha256-<base64>`. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The pre-paint theme script (BaseLayout's head): applies the theme stored by the theme switch
 * (src/scripts/site.ts) before the first paint, so that a page never flashes in the other theme.
 */
export const THEME_SCRIPT =
  "try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}";

/**
 * The scorecard page's pre-paint script (its head): marks `<html data-scorecard-stored>` when this
 * browser keeps a scorecard or the address is a share link, before the first paint, so that the
 * page's "No scorecard yet" notice, shown by default for a first visit, is never painted and then
 * removed (a layout shift) for a returning reader. Once the page's script is ready
 * (`data-scorecard="ready"`), the notice's own state rules (src/scripts/scorecard/page.ts).
 */
export const SCORECARD_PREPAINT_SCRIPT = `try{if(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})!==null||location.hash.startsWith('#share='))document.documentElement.dataset.scorecardStored=''}catch{}`;
