/**
 * Taking a scorecard from elsewhere into the document: the read-only copy a share link carries,
 * which the receiver may import beside their own scorecards. No validation here: the copy was
 * validated when the link was decoded (share.ts).
 */
import { newId } from './model.ts';
import type { Scorecard, ScorecardDocument } from './types.ts';
import { LIMITS } from './vocabulary.ts';

/**
 * The name a copy takes among `taken` names: `name` itself when free, else "name (2)", "name (3)",
 * …, cut so that the whole stays within 120 characters.
 */
export function freeName(name: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, LIMITS.name - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * `doc` with a copy of `sc` added and made current: a new id (the copy never replaces a
 * scorecard of the same id), a name no other scorecard has (`freeName`). Throws RangeError when
 * the document holds the most scorecards it may (50) already.
 */
export function addScorecardCopy(doc: ScorecardDocument, sc: Scorecard): ScorecardDocument {
  if (doc.scorecards.length >= LIMITS.scorecards)
    throw new RangeError(`this browser holds ${LIMITS.scorecards} scorecards, the most it may: delete one first`);
  const copy: Scorecard = {
    ...sc,
    id: newId(),
    name: freeName(
      sc.name,
      doc.scorecards.map((s) => s.name),
    ),
  };
  return { ...doc, current: copy.id, scorecards: [...doc.scorecards, copy] };
}
