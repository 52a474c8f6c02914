/**
 * The scorecard page's dashboard (src/components/ScorecardDashboard.astro): the figures and bars
 * per goal and overall and the one-line summary in the top bar; progress across iterations and
 * the review of what changed since the last closed iteration come from history.ts, loaded once
 * there is a closed iteration or the review is opened. Counting is progress.ts's.
 */
import { barWidths, summaryLine, tallyCells } from '../../lib/scorecard/page-view.ts';
import { tally, type Tally } from '../../lib/scorecard/progress.ts';
import type { Catalogue, Scorecard } from '../../lib/scorecard/types.ts';
import { $, setText } from './ui.ts';

/** The three bars of a tally: selected, done over it, and points met below. */
export function bars(svgEl: SVGElement | null, t: Tally): void {
  if (!svgEl) return;
  const w = barWidths(t);
  for (const [name, value] of Object.entries(w)) {
    const rect = svgEl.querySelector(`[data-bar="${name}"]`);
    const width = value === 0 ? '0' : `${value}%`;
    if (rect && rect.getAttribute('width') !== width) rect.setAttribute('width', width);
  }
}

export class Dashboard {
  private readonly root = $('.sc-dashboard');

  constructor(private readonly catalogue: Catalogue) {}

  render(sc: Scorecard): void {
    const progress = tally(sc, this.catalogue);
    const rows = [...progress.goals.map((g) => ({ id: g.goal, t: g.tally })), { id: 'overall', t: progress.overall }];
    for (const { id, t } of rows) {
      const row = this.root.querySelector(`[data-tally="${id}"]`);
      if (!row) continue;
      const cells = tallyCells(t);
      for (const [k, v] of Object.entries(cells)) {
        const cell = row.querySelector(`[data-t="${k}"]`);
        if (cell) setText(cell, v);
      }
      bars(row.querySelector('svg'), t);
    }
    setText($('[data-bar-summary]'), summaryLine(progress.overall));
    setText($('[data-dashboard-scope]', this.root), `${sc.name} · ${sc.iteration.name}`);
    // Progress across iterations and the review load when there is one to show or it is opened.
    if (this.more) this.more.render(sc);
    else if (sc.snapshots.length > 0 || this.review.open) void this.loadMore(sc);
  }

  private more: { render(sc: Scorecard): void } | undefined;
  private readonly review = $<HTMLDetailsElement>('[data-review]', this.root);

  private async loadMore(sc: Scorecard): Promise<void> {
    const { History } = await import('./history.ts');
    this.more ??= new History(this.catalogue, this.root, bars);
    this.more.render(sc);
  }

  /** Draws the review when it is opened for the first time. */
  watchReview(current: () => Scorecard): void {
    this.review.addEventListener('toggle', () => this.review.open && !this.more && void this.loadMore(current()));
  }
}
