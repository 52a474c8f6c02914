/**
 * The scorecard page's notices about its data, loaded only when one applies: storage
 * unavailable or full (the page keeps working, download offered), stored data that could not be
 * read (kept aside, with a link to download it as it was), data kept aside on an earlier visit,
 * and the reminder to export after 30 days; and, after the first save, what the browser answered
 * when asked to keep the data.
 */
import { exportDue } from '../../lib/scorecard/page-view.ts';
import { problemsSentence } from '../../lib/scorecard/wording.ts';
import { keptAside } from '../../lib/scorecard/storage.ts';
import type { Store } from './store.ts';
import { button, downloadLink, notice } from './dialogs.ts';
import { $, el, setText } from './ui.ts';

/** The notices that follow the store's state: storage unavailable or full. */
export function storageNotices(store: Store, download: () => void): void {
  const action = () => [button('Download (JSON)', download, true)];
  notice(
    'storage',
    store.problem === 'unavailable'
      ? {
          tone: 'problem',
          title: 'This browser does not let the page store data',
          text: [
            'The scorecard works while this page stays open, but nothing is kept when you leave it. Download it (JSON) before you go, and import it next time.',
          ],
          actions: action(),
        }
      : store.problem === 'full'
        ? {
            tone: 'problem',
            title: 'Your last change is not saved: the browser’s storage for this site is full',
            text: [
              'The page keeps working while it stays open. Download the scorecards, then delete those you no longer need to make room.',
            ],
            actions: action(),
          }
        : undefined,
  );
}

/** The notices of the first load: data that could not be read, data kept aside before, the export reminder. */
export function loadNotices(store: Store, download: () => void): void {
  const loaded = store.loaded;
  if (loaded.state === 'unreadable') {
    notice('unreadable', {
      tone: 'problem',
      title: 'The scorecards stored in this browser could not be read',
      text: [
        `What is wrong: ${problemsSentence(loaded.problems.slice(0, 3))} `,
        loaded.keptAs
          ? 'They are kept aside, untouched, and a new scorecard starts here. Download them to look at them or have them repaired; once fixed, import the file.'
          : 'They could not be kept aside (the storage refuses), so nothing will be saved here until you download them and the storage has room again.',
      ],
      actions: [downloadLink('Download the unreadable data', 'ggi-scorecards-unreadable.json', loaded.raw)],
    });
  }
  const storage = store.storage;
  if (storage) {
    const kept = keptAside(storage).filter((k) => k !== (loaded.state === 'unreadable' ? loaded.keptAs : ''));
    $('[data-kept]').hidden = kept.length === 0;
    $('[data-kept-list]').replaceChildren(
      ...kept.map((k, i) =>
        el(
          'li',
          {},
          downloadLink(`Download copy ${i + 1}`, `ggi-scorecards-kept-${i + 1}.json`, storage.getItem(k) ?? ''),
        ),
      ),
    );
  }
  if (!store.readOnly && exportDue(store.doc, new Date()))
    notice('export-due', {
      title: 'Time to download your scorecards',
      text: [
        'You have not downloaded them for 30 days or more. Browsers may clear a site’s data, so keep a copy (JSON) somewhere safe.',
      ],
      actions: [button('Download (JSON)', download, true)],
    });
}

let persistAsked = false;
/** Asks the browser, once, to keep the data (`navigator.storage.persist()`) and says what it answered. */
export async function persist(): Promise<void> {
  if (persistAsked) return;
  persistAsked = true;
  const kept = (await navigator.storage.persisted()) || (await navigator.storage.persist());
  setText(
    $('[data-persist]'),
    kept
      ? 'This browser keeps the data until you clear it.'
      : 'This browser may clear the data if the site is not visited for a while: download it now and then.',
  );
}
