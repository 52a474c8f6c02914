/**
 * The activity cards of the scorecard page (src/components/ScorecardActivity.astro): fills each
 * card's controls from the shown scorecard, and turns what the user does into the model's
 * operations. Statuses and points are saved at once; text is saved as it is typed, a moment after
 * the last key (and at once when the field loses focus or the page is left).
 */
import {
  activityRecord,
  removeOrphanPoint,
  setField,
  setOwner,
  setPoint,
  setStatus,
  setTarget,
} from '../../lib/scorecard/model.ts';
import {
  changedLabel,
  fieldsSummary,
  pointAnnouncement,
  pointsCount,
  statusAnnouncement,
  statusSlug,
} from '../../lib/scorecard/page-view.ts';
import { orphanPoints, tally } from '../../lib/scorecard/progress.ts';
import type { Catalogue, CatalogueActivity, Scorecard } from '../../lib/scorecard/types.ts';
import { DATE_PATTERN, type ScorecardFieldKey, type Status } from '../../lib/scorecard/vocabulary.ts';
import type { Redraw, Store } from './store.ts';
import { announce, setText } from './ui.ts';

/** How long after the last key a text is saved, in milliseconds. */
const TEXT_DELAY_MS = 400;

export class Cards {
  private readonly cards = new Map<string, HTMLElement>();
  private readonly activities: Map<string, CatalogueActivity>;
  /** Text controls with an edit not yet saved, and their timers. */
  private readonly pending = new Map<HTMLElement, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly store: Store,
    private readonly catalogue: Catalogue,
    private readonly root: HTMLElement,
  ) {
    this.activities = new Map(catalogue.activities.map((a) => [a.id, a]));
    for (const card of root.querySelectorAll<HTMLElement>('[data-activity]'))
      this.cards.set(card.dataset.activity!, card);
    root.addEventListener('change', (e) => this.onChange(e));
    root.addEventListener('input', (e) => this.onInput(e));
    root.addEventListener('focusout', (e) => this.flush(e.target as HTMLElement));
    root.addEventListener('click', (e) => this.onClick(e));
    addEventListener('pagehide', () => this.flushAll());
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.flushAll());
  }

  /** The activity of the card holding `target`. */
  private activityOf(target: Element): CatalogueActivity | undefined {
    const id = target.closest<HTMLElement>('[data-activity]')?.dataset.activity;
    return id ? this.activities.get(id) : undefined;
  }

  private onChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    const a = this.activityOf(input);
    if (!a) return;
    if (input.matches('[data-status-input]')) {
      const status = input.value as Status;
      this.store.change((doc, now) => setStatus(doc, a.id, status, now), { activity: a.id });
      const t = tally(this.store.scorecard, this.catalogue);
      const goal = t.goals.find((g) => g.goal === a.goal);
      if (goal) announce(statusAnnouncement(a.title, status, { title: goal.title, tally: goal.tally }, t.overall));
    } else if (input.matches('[data-point]')) {
      const point = a.points.find((p) => p.id === input.value);
      if (!point) return;
      const before = activityRecord(this.store.scorecard, a.id).status;
      this.store.change((doc, now) => setPoint(doc, a.id, point, input.checked, now), { activity: a.id });
      const after = activityRecord(this.store.scorecard, a.id);
      const met = a.points.filter((p) => p.id in after.points).length;
      announce(pointAnnouncement(a.title, input.checked, met, a.points.length, after.status !== before));
    } else if (input.matches('[data-target]')) {
      if (input.value === '' || DATE_PATTERN.test(input.value))
        this.store.change((doc, now) => setTarget(doc, a.id, input.value, now), { activity: a.id });
    }
  }

  private onInput(e: Event): void {
    const input = e.target as HTMLInputElement | HTMLTextAreaElement;
    if (!input.matches('[data-field], [data-owner]')) return;
    const print = input.parentElement?.querySelector('[data-print-of]');
    if (print) setText(print, input.value);
    clearTimeout(this.pending.get(input));
    this.pending.set(
      input,
      setTimeout(() => this.flush(input), TEXT_DELAY_MS),
    );
  }

  /** Saves the pending edit of `input`, if any. */
  private flush(input: HTMLElement): void {
    if (!this.pending.has(input)) return;
    clearTimeout(this.pending.get(input));
    this.pending.delete(input);
    const a = this.activityOf(input);
    if (!a) return;
    const value = (input as HTMLInputElement).value;
    const key = input.dataset.field as ScorecardFieldKey | undefined;
    this.store.change((doc, now) => (key ? setField(doc, a.id, key, value, now) : setOwner(doc, a.id, value, now)), {
      activity: a.id,
    });
  }

  private flushAll(): void {
    for (const input of [...this.pending.keys()]) this.flush(input);
  }

  private onClick(e: Event): void {
    const b = (e.target as Element).closest<HTMLButtonElement>('[data-remove-orphan]');
    const a = b && this.activityOf(b);
    if (!b || !a) return;
    const id = b.dataset.removeOrphan!;
    const card = this.cards.get(a.id)!;
    this.store.change((doc, now) => removeOrphanPoint(doc, a.id, id, now), { activity: a.id });
    // The button is gone: keep the user on the card's points.
    card.querySelector<HTMLElement>('[data-point], [data-remove-orphan]')?.focus();
    announce(`Point removed from ${a.title}.`);
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
    const board = card.querySelector<HTMLElement>('[data-board]');
    if (board) {
      board.hidden = !record.board;
      if (record.board)
        setText(
          board,
          `My GGI Board: ${record.board.tasksDone} of ${record.board.tasksTotal} tasks of the objectives done` +
            (record.board.updatedAt ? ` (${record.board.updatedAt.slice(0, 10)})` : '') +
            '.',
        );
    }
    for (const t of card.querySelectorAll<HTMLTextAreaElement>('[data-field]'))
      this.setValue(t, record.fields[t.dataset.field as ScorecardFieldKey] ?? '');
    for (const [selector, value] of [
      ['[data-owner]', record.owner],
      ['[data-target]', record.target],
    ] as const) {
      const input = card.querySelector<HTMLInputElement>(selector)!;
      this.setValue(input, value);
      // Printed only when set.
      input.parentElement?.toggleAttribute('data-filled', value !== '');
    }
    setText(card.querySelector('[data-fields-summary]')!, `(${fieldsSummary(record)})`);
    setText(card.querySelector('[data-updated]')!, `· ${changedLabel(record.updated)}`);
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
