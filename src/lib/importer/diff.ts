/**
 * A Markdown report of what changed between two releases of the GGI handbook, per activity:
 * title, verification points added or removed (and, when their number changes, what that means
 * for scorecard ticks stored under the ids the importer gives by position), sections changed (and how much), proposed next
 * activities added or removed. Activities with a quarter or more of their sentences new or
 * changed are named "substantially rewritten" in the summary.
 */
import { blockTexts } from './markdown.ts';
import { activityPath } from '../routes.ts';
import type { UpstreamActivity, UpstreamRelease } from './upstream.ts';
import { pointIdChange, pointIds } from './points.ts';

/**
 * The sentences of a Markdown text, as plain lower-case text: each block of its tree (paragraph,
 * list item's paragraph, heading, table cell, code block) split into lines and sentences.
 */
function sentences(md: string): string[] {
  return blockTexts(md)
    .flatMap((block) => block.split('\n'))
    .flatMap((line) => line.split(/(?<=[.!?:])\s+/))
    .map((x) => x.replace(/\s+/g, ' ').trim().toLowerCase())
    .filter((x) => x.length > 3);
}

/**
 * How much of a text changed between two versions: the share of sentences, old and new
 * together, that the other version does not have (0 = same sentences, 1 = nothing in common).
 * Edited sentences count as one removed and one added.
 */
export function changeRatio(before: string, after: string): number {
  const a = sentences(before);
  const b = sentences(after);
  if (!a.length && !b.length) return 0;
  const inA = new Set(a);
  const inB = new Set(b);
  return (a.filter((x) => !inB.has(x)).length + b.filter((x) => !inA.has(x)).length) / (a.length + b.length);
}

/** From this change ratio on, an activity counts as substantially rewritten. */
export const REWRITTEN_FROM = 0.25;

const wholeText = (a: UpstreamActivity) => [...a.sections.map((s) => s.body), ...a.verification].join('\n');

function activityReport(o: UpstreamActivity, n: UpstreamActivity): { lines: string[]; rewritten: boolean } {
  const lines: string[] = [];
  if (o.title !== n.title)
    lines.push(`- Renamed: “${o.title}” → “${n.title}” (the old address ${activityPath(o.slug)} should redirect)`);
  const added = n.verification.filter((v) => !o.verification.includes(v));
  const removed = o.verification.filter((v) => !n.verification.includes(v));
  const recount = o.verification.length !== n.verification.length;
  if (added.length || removed.length || recount) {
    lines.push(
      `- Verification points: ${o.verification.length} → ${n.verification.length} (${added.length} added, ${removed.length} removed)`,
    );
    for (const v of added) lines.push(`  - added: ${v}`);
    for (const v of removed) lines.push(`  - removed: ${v}`);
    if (recount)
      lines.push(
        `  - scorecards (point ids by position): ${pointIdChange(pointIds(o.verification.length), pointIds(n.verification.length))}`,
      );
  }
  const titles = [...new Set([...o.sections.map((s) => s.title), ...n.sections.map((s) => s.title)])];
  const changed: string[] = [];
  for (const t of titles) {
    const before = o.sections.find((s) => s.title === t);
    const after = n.sections.find((s) => s.title === t);
    if (!before) changed.push(`${t} (new)`);
    else if (!after) changed.push(`${t} (removed)`);
    else if (before.body !== after.body)
      changed.push(`${t} (${Math.round(changeRatio(before.body, after.body) * 100)}% of sentences changed)`);
  }
  if (changed.length) lines.push(`- Sections changed: ${changed.join(', ')}`);
  const on = o.next.map((x) => x.activity);
  const nn = n.next.map((x) => x.activity);
  const nextAdded = nn.filter((x) => !on.includes(x));
  const nextRemoved = on.filter((x) => !nn.includes(x));
  if (nextAdded.length || nextRemoved.length) {
    lines.push(
      `- Proposed next activities: ${[...nextAdded.map((x) => `added ${x}`), ...nextRemoved.map((x) => `removed ${x}`)].join(', ')}`,
    );
  }
  const rewritten = changeRatio(wholeText(o), wholeText(n)) >= REWRITTEN_FROM;
  return { lines, rewritten };
}

/** The report, Markdown. `oldName` and `newName` label the releases (versions by default). */
export function diffReport(
  oldRelease: UpstreamRelease,
  newRelease: UpstreamRelease,
  oldName = oldRelease.version ?? 'old',
  newName = newRelease.version ?? 'new',
): string {
  const before = new Map(oldRelease.activities.map((a) => [a.id, a]));
  const after = new Map(newRelease.activities.map((a) => [a.id, a]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
  const sections: string[] = [];
  const rewritten: string[] = [];
  const renamed: string[] = [];
  let unchanged = 0;
  for (const id of ids) {
    const o = before.get(id);
    const n = after.get(id);
    if (!o) {
      sections.push(`## ${id} ${n!.title} (new)\n\n- Added in ${newName}, ${n!.goal} goal.`);
      continue;
    }
    if (!n) {
      sections.push(`## ${id} ${o.title} (removed)\n\n- Not in ${newName}.`);
      continue;
    }
    const r = activityReport(o, n);
    if (!r.lines.length) {
      unchanged++;
      continue;
    }
    if (r.rewritten) rewritten.push(`${id} ${n.title} (${n.goal})`);
    if (o.title !== n.title) renamed.push(`${id} “${o.title}” → “${n.title}”`);
    sections.push(`## ${id} ${n.title}\n\n${r.lines.join('\n')}`);
  }
  const summary = [
    `# GGI handbook: what changed from ${oldName} to ${newName}`,
    '',
    `${ids.length} activities compared: ${ids.length - unchanged} changed, ${unchanged} unchanged.`,
    '',
    `- Substantially rewritten (a quarter or more of the sentences new or changed): ${rewritten.length ? rewritten.join('; ') : 'none'}`,
    `- Renamed: ${renamed.length ? renamed.join('; ') : 'none'}`,
  ];
  return `${[...summary, '', ...sections.flatMap((s) => [s, ''])].join('\n').trimEnd()}\n`;
}
