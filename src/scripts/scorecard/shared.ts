/**
 * The read-only view of a share link (`#share=…`, src/lib/scorecard/share.ts): loaded by page.ts
 * only when the page is opened with one. It decodes the link and hands the scorecard to the store,
 * which then shows it instead of the visitor's own, or says why the link cannot be read.
 */
import { problemsSentence } from '../../lib/scorecard/wording.ts';
import { decodeShare } from '../../lib/scorecard/share.ts';
import type { Store } from './store.ts';
import { $, setText } from './ui.ts';

/** Shows the read-only copy `fragment` (the location's hash without `#`) holds, or a notice. */
export async function openShare(store: Store, fragment: string): Promise<void> {
  const result = await decodeShare(fragment);
  if (!result.ok) {
    const { notice } = await import('./dialogs.ts');
    notice('share', {
      tone: 'problem',
      title: 'This share link cannot be read',
      text: [`${problemsSentence(result.problems.slice(0, 3))} Your own scorecards are shown instead.`],
    });
    return;
  }
  store.shared = { scorecard: result.scorecard, textOmitted: result.textOmitted };
  const banner = $('[data-share-banner]');
  banner.hidden = false;
  setText($('[data-share-name]', banner), result.scorecard.name);
  $('[data-share-omitted]', banner).hidden = !result.textOmitted;
}
