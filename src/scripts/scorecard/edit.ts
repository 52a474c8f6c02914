/**
 * What the scorecard page's cards do when the user changes something (cards.ts loads it on the
 * first change, typing or click in a card): turns each edit into the model's operation. Statuses
 * and points are saved at once; text is saved as it is typed, a moment after the last key (and at
 * once when the field loses focus or the page is left).
 */
import { activityRecord } from '../../lib/scorecard/model.ts';
import { removeOrphanPoint, setField, setOwner, setPoint, setStatus, setTarget } from '../../lib/scorecard/edits.ts';
import { pointAnnouncement, statusAnnouncement } from '../../lib/scorecard/wording.ts';
import { tally } from '../../lib/scorecard/progress.ts';
import type { Catalogue, CatalogueActivity } from '../../lib/scorecard/types.ts';
import { DATE_PATTERN, type ScorecardFieldKey, type Status } from '../../lib/scorecard/vocabulary.ts';
import type { Store } from './store.ts';
import { announce, setText } from './ui.ts';

/** How long after the last key a text is saved, in milliseconds. */
const TEXT_DELAY_MS = 400;

export class Edit {
  constructor(
    private readonly store: Store,
    private readonly catalogue: Catalogue,
    private readonly activities: ReadonlyMap<string, CatalogueActivity>,
    /** Text controls with an edit not yet saved, and their timers (shared with cards.ts). */
    private readonly pending: Map<HTMLElement, ReturnType<typeof setTimeout>>,
  ) {}

  /** Handles one event of a card: change, input, focusout or click. */
  handle(e: Event): void {
    const target = e.target as HTMLElement;
    if (e.type === 'change') this.onChange(target as HTMLInputElement);
    else if (e.type === 'input') this.onInput(target as HTMLInputElement);
    else if (e.type === 'focusout') this.flush(target);
    else this.onClick(target);
  }

  /** The activity of the card holding `target`. */
  private activityOf(target: Element): CatalogueActivity | undefined {
    const id = target.closest<HTMLElement>('[data-activity]')?.dataset.activity;
    return id ? this.activities.get(id) : undefined;
  }

  private onChange(input: HTMLInputElement): void {
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

  private onInput(input: HTMLInputElement | HTMLTextAreaElement): void {
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

  /** Saves every pending edit (the page is being left). */
  flushAll(): void {
    for (const input of [...this.pending.keys()]) this.flush(input);
  }

  private onClick(target: Element): void {
    const b = target.closest<HTMLButtonElement>('[data-remove-orphan]');
    const a = b && this.activityOf(b);
    if (!b || !a) return;
    const id = b.dataset.removeOrphan!;
    const card = b.closest<HTMLElement>('[data-activity]')!;
    this.store.change((doc, now) => removeOrphanPoint(doc, a.id, id, now), { activity: a.id });
    // The button is gone: keep the user on the card's points.
    card.querySelector<HTMLElement>('[data-point], [data-remove-orphan]')?.focus();
    announce(`Point removed from ${a.title}.`);
  }
}
