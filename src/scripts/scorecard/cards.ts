/**
 * The activity cards of the scorecard page (src/components/ScorecardActivity.astro): fills each
 * card's controls from the shown scorecard. What the user does in a card (a change, typing, a
 * click on a remove button) is turned into the model's operations by edit.ts, loaded on the first
 * such event; the events that come while it loads are handled, in order, once it has.
 */
import { activityRecord } from '../../lib/scorecard/model.ts';
import { changedLabel, fieldsSummary, pointsCount, statusSlug } from '../../lib/scorecard/page-view.ts';
import { orphanPoints } from '../../lib/scorecard/progress.ts';
import type { Catalogue, CatalogueActivity, Scorecard } from '../../lib/scorecard/types.ts';
import type { Edit } from './edit.ts';
import type { Redraw, Store } from './store.ts';
import { setText } from './ui.ts';

export class Cards {
  private readonly cards = new Map<string, HTMLElement>();
  private readonly activities: Map<string, CatalogueActivity>;
  /** Text controls with an edit not yet saved, and their timers (edit.ts sets them). */
  private readonly pending = new Map<HTMLElement, ReturnType<typeof setTimeout>>();
  private edit: Edit | undefined;
  private loadingEdit: Promise<Edit> | undefined;
  private loadingFields: Promise<typeof import('./fields.ts')> | undefined;

  constructor(
    private readonly store: Store,
    private readonly catalogue: Catalogue,
    private readonly root: HTMLElement,
  ) {
    this.activities = new Map(catalogue.activities.map((a) => [a.id, a]));
    for (const card of root.querySelectorAll<HTMLElement>('[data-activity]'))
      this.cards.set(card.dataset.activity!, card);
    // Only the events edit.ts acts on load it: a focus leaving a field with nothing pending or a
    // click elsewhere than on a remove button does not.
    const wanted: Record<string, string> = {
      change: '[data-activity] input',
      input: '[data-field], [data-owner]',
      click: '[data-remove-orphan]',
    };
    for (const type of ['change', 'input', 'focusout', 'click'])
      root.addEventListener(type, (e) => {
        if (this.edit) this.edit.handle(e);
        else if (type !== 'focusout' && (e.target as Element).closest(wanted[type]!)) {
          // Handled once edit.ts is in, in order, each with its control as the user left it: the
          // redraw of an earlier one may have reset it meanwhile.
          const t = e.target as HTMLInputElement;
          const { checked, value } = t;
          void this.loadEdit().then((edit) => {
            t.checked = checked;
            t.value = value;
            edit.handle(e);
          });
        }
      });
    // A pointer pressed or a focus arriving in the cards starts loading edit.ts before the change.
    for (const type of ['pointerdown', 'focusin']) root.addEventListener(type, () => void this.loadEdit());
    // A card's fields come in when its disclosure first opens (toggle does not bubble: captured).
    root.addEventListener(
      'toggle',
      (e) => {
        const card = (e.target as Element).closest<HTMLElement>('[data-activity]');
        const a = card && this.activities.get(card.dataset.activity!);
        if (a) this.fillFields(card!, a);
      },
      true,
    );
    addEventListener('pagehide', () => this.edit?.flushAll());
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.edit?.flushAll());
  }

  /** The cards' edit handlers (edit.ts), loaded on the first edit. */
  private loadEdit(): Promise<Edit> {
    this.loadingEdit ??= import('./edit.ts').then(
      (m) => (this.edit = new m.Edit(this.store, this.catalogue, this.activities, this.pending)),
    );
    return this.loadingEdit;
  }

  /** Redraws the cards a change concerns (all of them unless it names one activity). */
  render(r: Redraw): void {
    const sc = this.store.scorecard;
    if (r.activity && !r.external) {
      const card = this.cards.get(r.activity);
      const a = this.activities.get(r.activity);
      if (card && a) this.renderCard(card, a, sc);
      return;
    }
    for (const a of this.catalogue.activities) {
      const card = this.cards.get(a.id);
      if (card) this.renderCard(card, a, sc);
    }
  }

  /** Sets a control's value unless the user is typing in it (an edit not saved yet). */
  private setValue(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
    if (input.value === value || this.pending.has(input)) return;
    input.value = value;
    const print = input.parentElement?.querySelector('[data-print-of]');
    if (print) setText(print, value);
  }

  private renderCard(card: HTMLElement, a: CatalogueActivity, sc: Scorecard): void {
    const record = activityRecord(sc, a.id);
    card.dataset.status = statusSlug(record.status);
    for (const r of card.querySelectorAll<HTMLInputElement>('[data-status-input]'))
      r.checked = r.value === record.status;
    let met = 0;
    for (const c of card.querySelectorAll<HTMLInputElement>('[data-point]')) {
      c.checked = c.value in record.points;
      if (c.checked) met++;
    }
    const count = card.querySelector('[data-points-count]');
    if (count) setText(count, pointsCount(met, a.points.length, record.status));
    this.renderOrphans(card, a, record);
    // My GGI Board's progress, from a board import (rare: board.ts loads for a card that has some).
    const board = card.querySelector<HTMLElement>('[data-board]');
    if (board && (record.board || !board.hidden))
      void import('./board.ts').then((m) => m.renderBoard(board, record.board));
    // A card shows (and prints) what its activity has written; empty fields wait for the disclosure.
    const written = record.owner !== '' || record.target !== '' || Object.values(record.fields).some((v) => v);
    if (written || card.querySelector('div[data-fields-body]')) this.fillFields(card, a);
    setText(card.querySelector('[data-fields-summary]')!, `(${fieldsSummary(record)})`);
    setText(card.querySelector('[data-updated]')!, `· ${changedLabel(record.updated)}`);
  }

  /** Gives a card its scorecard fields (fields.ts, loaded then) and fills them from the shown scorecard. */
  private fillFields(card: HTMLElement, a: CatalogueActivity): void {
    this.loadingFields ??= import('./fields.ts');
    void this.loadingFields.then((f) =>
      f.fillFields(card, activityRecord(this.store.scorecard, a.id), (input, value) => this.setValue(input, value)),
    );
  }

  /**
   * The ticked points the handbook no longer has, each with a button to remove it: the list's
   * code (orphans.ts) loads only for a card that has some, which is rare.
   */
  private renderOrphans(card: HTMLElement, a: CatalogueActivity, record: ReturnType<typeof activityRecord>): void {
    const list = card.querySelector<HTMLElement>('[data-orphans]');
    if (!list) return;
    const orphans = orphanPoints(record, a);
    const key = orphans.map((o) => o.id).join(' ');
    if ((list.dataset.shown ?? '') === key) return;
    list.dataset.shown = key;
    list.hidden = orphans.length === 0;
    if (orphans.length === 0) list.replaceChildren();
    else
      void import('./orphans.ts').then((m) => {
        if (list.dataset.shown === key) m.renderOrphans(list, orphans);
      });
  }
}
