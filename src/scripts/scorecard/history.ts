/**
 * The scorecard page's progress across iterations (one bar per closed iteration and the current
 * one) and its review (what changed per activity since the last closed iteration, grouped by
 * kind), loaded by dashboard.ts when there is something to show. Counting is progress.ts's.
 */
import { iterationHistory, review, REVIEW_HEADINGS } from '../../lib/scorecard/history.ts';
import { tallyCells } from '../../lib/scorecard/page-view.ts';
import type { Tally } from '../../lib/scorecard/progress.ts';
import type { Catalogue, Scorecard } from '../../lib/scorecard/types.ts';
import { $, el, setText } from './ui.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes. */
function svg(tag: string, attrs: Record<string, string>): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

export class History {
  private readonly activityTitle: Map<string, string>;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly root: HTMLElement,
    private readonly bars: (svg: SVGElement, t: Tally) => void,
  ) {
    this.activityTitle = new Map(catalogue.activities.map((a) => [a.id, a.title]));
  }

  render(sc: Scorecard): void {
    this.renderHistory(sc);
    this.renderReview(sc);
  }

  /** One row per iteration (closed ones, then the current one), when at least one is closed. */
  private renderHistory(sc: Scorecard): void {
    const box = $('[data-history]', this.root);
    box.hidden = sc.snapshots.length === 0;
    if (box.hidden) return;
    const list = $('[data-history-list]', box);
    list.replaceChildren(
      ...iterationHistory(sc, this.catalogue).map((it) => {
        const t = it.tally.overall;
        const c = tallyCells(t);
        const chart = svg('svg', { class: 'mt-1 block h-[1.4rem] w-full', 'aria-hidden': 'true', focusable: 'false' });
        chart.append(
          svg('rect', { class: 'fill-border', width: '100%', height: '12', rx: '3' }),
          svg('rect', { class: 'fill-brand', 'data-bar': 'selected', width: '0', height: '12', rx: '3' }),
          svg('rect', { class: 'fill-accent', 'data-bar': 'done', width: '0', height: '12', rx: '3' }),
          svg('rect', { class: 'fill-border', y: '16', width: '100%', height: '5', rx: '2.5' }),
          svg('rect', { class: 'fill-fg', 'data-bar': 'points', y: '16', width: '0', height: '5', rx: '2.5' }),
        );
        this.bars(chart, t);
        const dates = it.closed ? `${it.started} to ${it.closed}` : `since ${it.started}, current`;
        return el(
          'li',
          { class: 'text-sm' },
          el(
            'p',
            { class: 'flex flex-wrap justify-between gap-x-3' },
            el(
              'span',
              { class: 'font-semibold' },
              it.name,
              el('span', { class: 'font-normal text-muted' }, ` (${dates})`),
            ),
            el('span', {}, `${c.selected} selected, ${c.done} done, points met: ${c.points}`),
          ),
          chart,
        );
      }),
    );
  }

  /** What changed since the last closed iteration, grouped by kind of change. */
  private renderReview(sc: Scorecard): void {
    const last = sc.snapshots.at(-1);
    setText(
      $('[data-review-title]', this.root),
      last ? `what changed since “${last.name}” closed` : 'what changed in this iteration',
    );
    const items = review(sc, this.catalogue);
    $('[data-review-empty]', this.root).hidden = items.length > 0;
    const lists = $('[data-review-lists]', this.root);
    lists.replaceChildren(
      ...(Object.keys(REVIEW_HEADINGS) as (keyof typeof REVIEW_HEADINGS)[]).flatMap((kind) => {
        const of = items.filter((i) => i.change === kind);
        if (of.length === 0) return [];
        return [
          el(
            'div',
            {},
            el('h3', { class: 'text-sm font-semibold' }, `${REVIEW_HEADINGS[kind]} (${of.length})`),
            el(
              'ul',
              { class: 'mt-1 space-y-1 text-sm' },
              ...of.map((i) =>
                el(
                  'li',
                  {},
                  el('a', { href: `#sc-${i.activityId}` }, this.activityTitle.get(i.activityId) ?? i.activityId),
                  el(
                    'span',
                    { class: 'block text-xs text-muted' },
                    `${i.before.status}, ${i.before.pointsMet} met → ${i.after.status}, ${i.after.pointsMet} met`,
                  ),
                ),
              ),
            ),
          ),
        ];
      }),
    );
  }
}
