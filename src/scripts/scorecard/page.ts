/**
 * The scorecard page's script (src/pages/ggi/scorecard.astro): reads the catalogue the page
 * embeds, loads the stored document (validated, migrated, or kept aside when unreadable: the
 * store), or the read-only copy of a share link, then fills the cards and the dashboard and
 * enables the controls the page rendered disabled. It keeps the filters' goal sections, counts and
 * URL query right as statuses change and asks the browser to keep the data (`navigator.storage.persist()`).
 * What is not needed to show and edit the scorecard loads when it is: the tools' actions and the
 * file transfers on first use (actions.ts), the notices when one applies (notices.ts), the
 * history and review when there is one (history.ts), the share link's view with a link (shared.ts),
 * the cards' edit handlers on the first edit (edit.ts).
 */
import { exportDue } from '../../lib/scorecard/page-view.ts';
import { keptAside } from '../../lib/scorecard/storage.ts';
import type { Catalogue } from '../../lib/scorecard/types.ts';
import type { Actions } from './actions.ts';
import { Cards } from './cards.ts';
import { Dashboard } from './dashboard.ts';
import { Store, type SaveProblem } from './store.ts';
import { Tools } from './tools.ts';
import { $, setText } from './ui.ts';

const catalogue = JSON.parse($('#sc-catalogue').textContent ?? '') as Catalogue;
const store = new Store();
const cards = new Cards(store, catalogue, $('#sc-activities'));
const dashboard = new Dashboard(catalogue);
const tools = new Tools(store);
const filter = $('[data-filter]');

let actions: Promise<Actions> | undefined;
/** The tools' actions, loaded on first use. */
function loadActions(): Promise<Actions> {
  actions ??= import('./actions.ts').then((m) => new m.Actions(store, catalogue));
  return actions;
}
const exportJson = () => void loadActions().then((a) => a.transfer.exportJson());

document.addEventListener('click', (e) => {
  const b = (e.target as Element).closest<HTMLElement>('button[data-action]');
  if (b) void loadActions().then((a) => a.run(b.dataset.action!));
});
$('[data-import]').addEventListener('change', (e) => {
  void loadActions().then((a) => a.transfer.importFile(e.target as HTMLInputElement));
});
for (const input of document.querySelectorAll('[data-iteration-name], [data-iteration-started]'))
  input.addEventListener('change', () => void loadActions().then((a) => a.setIteration()));

/** The checked value of the filter `name` ('' for all). */
const filterValue = (name: string) =>
  filter.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
const statusFilter = () => filterValue('status');

// The filters as the URL's query has them (`?goal=trust&status=done`), as on the other filtered
// lists (src/scripts/list-filter.ts, which this page does without: it counts the cards itself).
const query = new URLSearchParams(location.search);
for (const input of filter.querySelectorAll<HTMLInputElement>('input[type=radio]'))
  if (query.get(input.name)?.toLowerCase() === input.value) input.checked = true;

/**
 * After a redraw or a filter change: hides the goal sections the status filter leaves empty (goal
 * and role are CSS alone), says when nothing matches, and how many cards show.
 */
function refreshFilters(): void {
  const status = statusFilter();
  const cards = document.querySelectorAll<HTMLElement>('.sc-goal [data-activity]');
  let shown = 0;
  for (const section of document.querySelectorAll<HTMLElement>('.sc-goal')) {
    section.removeAttribute('data-emptied');
    const visible = [...section.querySelectorAll<HTMLElement>('[data-activity]')].filter((c) =>
      c.checkVisibility(),
    ).length;
    if (status && visible === 0) section.setAttribute('data-emptied', '');
    shown += visible;
  }
  $('[data-nothing-matches]').hidden = shown > 0;
  setText($('[data-filter-status]', filter), `Showing ${shown} of ${cards.length}`);
}
refreshFilters();

// A card whose status changes under an active status filter stays shown until the filters
// change, so that focus stays on it.
$('#sc-activities').addEventListener('change', (e) => {
  const input = e.target as HTMLElement;
  if (statusFilter() && input.matches('[data-status-input]'))
    input.closest<HTMLElement>('[data-activity]')?.setAttribute('data-keep', '');
});
filter.addEventListener('change', () => {
  for (const c of document.querySelectorAll('[data-keep]')) c.removeAttribute('data-keep');
  const url = new URL(location.href);
  for (const name of ['goal', 'role', 'status']) {
    const value = filterValue(name);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  history.replaceState(null, '', url);
  refreshFilters();
});

let shownProblem: SaveProblem | undefined;
store.onRedraw((r) => {
  cards.render(r);
  dashboard.render(store.scorecard);
  tools.render();
  $('[data-empty]').hidden = store.stored || store.readOnly;
  $('[data-share-banner]').hidden = !store.readOnly;
  for (const f of document.querySelectorAll<HTMLFieldSetElement>('[data-sc-form]')) f.disabled = store.readOnly;
  const exported = store.doc.exported;
  setText(
    $('[data-last-export]'),
    exported
      ? `Last downloaded on ${new Date(exported).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.`
      : 'Never downloaded from this browser.',
  );
  // Statuses only change what the status filter shows: nothing to recount without it.
  if (statusFilter() || r.external) refreshFilters();
  if (store.problem !== shownProblem) {
    shownProblem = store.problem;
    void import('./notices.ts').then((m) => m.storageNotices(store, exportJson));
  }
  // After the first save, the browser is asked to keep the data (once: notices.ts says what it answered).
  if (store.stored && typeof navigator.storage?.persist === 'function')
    void import('./notices.ts').then((m) => m.persist());
});

addEventListener('hashchange', () => {
  if (location.hash.startsWith('#share=') || store.readOnly) location.reload();
});

// A `#share=` link shows its read-only copy instead (shared.ts, loaded only for one).
const openShare = async () =>
  location.hash.startsWith('#share=') && (await import('./shared.ts')).openShare(store, location.hash.slice(1));

void Promise.all([store.load(), openShare()]).then(() => {
  store.listenToOtherTabs();
  dashboard.watchReview(() => store.scorecard);
  store.redraw({ external: true });
  const loaded = store.loaded;
  if (
    loaded.state === 'unreadable' ||
    (store.storage && keptAside(store.storage).length > 0) ||
    (!store.readOnly && exportDue(store.doc, new Date()))
  )
    void import('./notices.ts').then((m) => m.loadNotices(store, exportJson));
  document.documentElement.dataset.scorecard = 'ready';
});

// The sticky bar's height, for the page's scroll-padding (scorecard.css): a focused control never
// ends up under the bar (WCAG 2.4.11). It changes as the bar wraps.
const bar = $('.sc-bar');
new ResizeObserver(() =>
  document.documentElement.style.setProperty('--sc-bar-height', `${bar.offsetHeight}px`),
).observe(bar);
