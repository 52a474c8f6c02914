/**
 * The ids of imported verification points. Upstream points have no ids: the importer numbers
 * them by position (`v1`, `v2`, …), keeping the ids an earlier import gave, so that a scorecard's
 * ticks (stored by point id) stay with the point in the same place; and it says what a change in
 * their number means for those ticks.
 */
import { POINT_ID_PATTERN } from '../../schemas/activity.ts';

/**
 * The ids of an activity's verification points, by position: the earlier file's id at the same
 * position where it had one (so that ticks stored under it stay with the point in that place),
 * else `v<position>` (1-based), or, should another point already hold that id, the next `v<n>`
 * that none holds. `earlier` are the ids of the earlier file's points, in order (empty for a new file).
 */
export function pointIds(count: number, earlier: readonly string[] = []): string[] {
  const kept = earlier.slice(0, count).map((id) => (POINT_ID_PATTERN.test(id) ? id : undefined));
  const taken = new Set([...earlier, ...kept].filter((id): id is string => id !== undefined));
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const keep = kept[i];
    let id = `v${i + 1}`;
    if (keep !== undefined && !ids.includes(keep)) id = keep;
    else for (let n = i + 2; taken.has(id); n++) id = `v${n}`;
    taken.add(id);
    ids.push(id);
  }
  return ids;
}

/**
 * What a change in the number of an activity's verification points means for the scorecards
 * that tick them by id, as "<what>" words: the ids that are gone ("ticks on v6 will show as from
 * an earlier version") and those that are new ("v7 is new"). Empty when the ids are the same.
 */
export function pointIdChange(was: readonly string[], now: readonly string[]): string {
  const gone = was.filter((id) => !now.includes(id));
  const added = now.filter((id) => !was.includes(id));
  return [
    ...(gone.length ? [`ticks on ${gone.join(', ')} will show as from an earlier version`] : []),
    ...(added.length ? [`${added.join(', ')} ${added.length === 1 ? 'is' : 'are'} new`] : []),
  ].join('; ');
}
