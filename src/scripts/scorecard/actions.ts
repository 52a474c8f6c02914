/**
 * The scorecard page's tools, loaded on first use (a click on one of them): create, rename and
 * delete (with confirmation) scorecards, name, date and close the iteration, and the file
 * transfers (transfer.ts). Each action is one of the model's operations through the store; focus
 * stays on the control the user used (dialogs give it back to the button that opened them).
 */
import { iterationName } from '../../lib/scorecard/model.ts';
import {
  closeIteration,
  createScorecard,
  deleteScorecard,
  renameIteration,
  renameScorecard,
  scorecardNameProblem,
} from '../../lib/scorecard/manage.ts';
import type { Catalogue } from '../../lib/scorecard/types.ts';
import { DATE_PATTERN } from '../../lib/scorecard/vocabulary.ts';
import type { Store } from './store.ts';
import { Transfer } from './transfer.ts';
import { ask } from './dialogs.ts';
import { $, announce } from './ui.ts';

/** `n` and a noun, with an s past one: "1 closed iteration", "2 closed iterations". */
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export class Actions {
  readonly transfer: Transfer;

  constructor(
    private readonly store: Store,
    catalogue: Catalogue,
  ) {
    this.transfer = new Transfer(store, catalogue);
  }

  /** Runs the action a `data-action` button names. */
  run(action: string): void {
    const run: Record<string, () => unknown> = {
      create: () => this.create(),
      rename: () => this.rename(),
      delete: () => this.delete(),
      'close-iteration': () => this.closeIteration(),
      'export-json': () => this.transfer.exportJson(),
      'export-csv': () => this.transfer.exportCsv(),
      print: () => print(),
      share: () => this.transfer.share(),
      'import-share': () => this.transfer.importShared(),
    };
    void run[action]?.();
  }

  /** Names and dates the iteration from its two fields (a date that is not one yet is ignored). */
  setIteration(): void {
    const name = $<HTMLInputElement>('[data-iteration-name]').value;
    const started = $<HTMLInputElement>('[data-iteration-started]').value;
    if (DATE_PATTERN.test(started)) this.store.change((doc) => renameIteration(doc, name, started));
  }

  private async create(): Promise<void> {
    const name = await ask('name', {
      title: 'New scorecard',
      label: 'Name',
      value: '',
      check: (n) => scorecardNameProblem(this.store.doc, n),
      ok: 'Create',
    });
    if (name === null) return;
    this.store.change((doc, now) => createScorecard(doc, name, now), { external: true });
    announce(`Scorecard ${this.store.scorecard.name} created; it is now the one shown.`);
  }

  private async rename(): Promise<void> {
    const sc = this.store.scorecard;
    const name = await ask('name', {
      title: 'Rename the scorecard',
      label: 'Name',
      value: sc.name,
      check: (n) => scorecardNameProblem(this.store.doc, n, sc.id),
      ok: 'Rename',
    });
    if (name === null || name === sc.name) return;
    this.store.change((doc) => renameScorecard(doc, sc.id, name));
    announce(`Scorecard renamed ${this.store.scorecard.name}.`);
  }

  private async delete(): Promise<void> {
    const sc = this.store.scorecard;
    const records = Object.keys(sc.activities).length;
    const ok = await ask('confirm', {
      title: `Delete “${sc.name}”?`,
      body: [
        `Its ${plural(records, 'activity record')} and ${plural(sc.snapshots.length, 'closed iteration')} will be gone from this browser. This cannot be undone.`,
        'To keep a copy, cancel and download the scorecards (JSON) first.',
      ],
      ok: 'Delete',
      danger: true,
    });
    if (ok === null) return;
    this.store.change((doc, now) => deleteScorecard(doc, sc.id, now), { external: true });
    announce(`Scorecard ${sc.name} deleted. Showing ${this.store.scorecard.name}.`);
  }

  private async closeIteration(): Promise<void> {
    const sc = this.store.scorecard;
    const next = await ask('name', {
      title: `Close “${sc.iteration.name}”`,
      label: 'Name of the next iteration',
      value: iterationName(sc.snapshots.length + 2),
      ok: 'Close and start the next',
    });
    if (next === null) return;
    this.store.change((doc, now) => closeIteration(doc, now, next));
    announce(`${sc.iteration.name} closed and kept as a snapshot. ${this.store.scorecard.iteration.name} has started.`);
  }
}
