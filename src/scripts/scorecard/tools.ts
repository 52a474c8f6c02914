/**
 * The scorecard page's top bar and iteration fields as the shown scorecard has them: the
 * switcher's options (switching is done here: one select, no dialog), the current iteration's
 * name and start date, and whether the last change was saved. The other tools' actions load on
 * first use (actions.ts).
 */
import { currentScorecard, switchScorecard } from '../../lib/scorecard/model.ts';
import { saveState } from '../../lib/scorecard/page-view.ts';
import type { Store } from './store.ts';
import { $, announce, el, setText } from './ui.ts';

export class Tools {
  private readonly select = $<HTMLSelectElement>('[data-switch]');
  private readonly iterationName = $<HTMLInputElement>('[data-iteration-name]');
  private readonly iterationStarted = $<HTMLInputElement>('[data-iteration-started]');
  private shownOptions = '';

  constructor(private readonly store: Store) {
    this.select.addEventListener('change', () => {
      const id = this.select.value;
      store.change((doc) => switchScorecard(doc, id), { external: true });
      announce(`Showing the scorecard ${store.scorecard.name}.`);
    });
  }

  render(): void {
    const doc = this.store.doc;
    const sc = this.store.scorecard;
    if (this.store.readOnly) {
      const key = `shared:${sc.name}`;
      if (this.shownOptions !== key) {
        this.select.replaceChildren(el('option', { value: '' }, sc.name));
        this.shownOptions = key;
      }
    } else {
      const key = JSON.stringify([doc.current, doc.scorecards.map((s) => [s.id, s.name])]);
      if (this.shownOptions !== key) {
        this.select.replaceChildren(...doc.scorecards.map((s) => el('option', { value: s.id }, s.name)));
        this.select.value = currentScorecard(doc).id;
        this.shownOptions = key;
      }
    }
    if (document.activeElement !== this.iterationName) this.iterationName.value = sc.iteration.name;
    if (document.activeElement !== this.iterationStarted) this.iterationStarted.value = sc.iteration.started;
    const saved = $('[data-save-state]');
    setText(saved, saveState(this.store));
    saved.dataset.tone = this.store.problem ? 'problem' : '';
  }
}
