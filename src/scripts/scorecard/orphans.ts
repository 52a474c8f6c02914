/**
 * The list of a card's ticked points that the handbook no longer has (shown as "from an earlier
 * version of the handbook", each with a button to remove it): loaded by cards.ts only for a card
 * that has such points.
 */
import type { CataloguePoint } from '../../lib/scorecard/types.ts';
import { el } from './ui.ts';

/** Fills `list` with one item per point of `orphans` (their text, or their id when it has none). */
export function renderOrphans(list: HTMLElement, orphans: readonly CataloguePoint[]): void {
  list.replaceChildren(
    ...orphans.map((o) =>
      el(
        'li',
        { class: 'sc-orphan flex flex-wrap items-center justify-between gap-2' },
        el(
          'span',
          {},
          el(
            'span',
            { class: 'block text-xs font-semibold text-muted' },
            'Ticked, from an earlier version of the handbook',
          ),
          o.text || o.id,
        ),
        el(
          'button',
          { type: 'button', class: 'sc-button', 'data-remove-orphan': o.id },
          'Remove',
          el('span', { class: 'sr-only' }, ` the earlier point: ${o.text || o.id}`),
        ),
      ),
    ),
  );
}
