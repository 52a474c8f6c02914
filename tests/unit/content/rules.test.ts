import { describe, expect, it } from 'vitest';
import { translationPointProblems, type AnyEntry } from '../../../src/lib/content/rules.ts';

/** An activity entry in `lang` with the given point ids (texts made up), or without a valid list. */
function activity(lang: string, ids: string[] | undefined, id = 'GGI-A-17'): AnyEntry {
  return {
    collection: 'activities',
    path: `activities/${lang}/inventory.md`,
    name: 'inventory',
    lang,
    data: { id, ...(ids ? { verification: ids.map((v) => ({ id: v, text: `Point ${v}.` })) } : {}) },
  };
}

describe("a translation's verification point ids", () => {
  it('pass when they are those of the English original, in its order, whatever the texts', () => {
    expect(translationPointProblems([activity('en', ['v1', 'v2', 'v3']), activity('fr', ['v1', 'v2', 'v3'])])).toEqual(
      [],
    );
  });

  it('pass when neither the original nor the translation has points (an imported release without them)', () => {
    expect(translationPointProblems([activity('en', []), activity('de', [])])).toEqual([]);
  });

  it('are refused when some are missing or extra, naming both and the ids to use', () => {
    expect(translationPointProblems([activity('en', ['v1', 'v2', 'v3']), activity('fr', ['v1', 'v4'])])).toEqual([
      {
        file: 'activities/fr/inventory.md',
        field: 'verification',
        problem:
          'the point ids differ from those of the English original content/activities/en/inventory.md (v2, v3 missing; v4 not in the original)',
        fix: 'translate each of its points under the same id: v1, v2, v3',
      },
    ]);
  });

  it('are refused when the original has none and the translation has some', () => {
    const [p] = translationPointProblems([activity('en', []), activity('fr', ['v1', 'v2'])]);
    expect(p.problem).toContain('(v1, v2 not in the original)');
    expect(p.fix).toBe('leave the list empty, as the original has no points');
  });

  it('are refused in another order, with both orders named', () => {
    expect(translationPointProblems([activity('en', ['v1', 'v2']), activity('fr', ['v2', 'v1'])])[0].problem).toBe(
      'lists the points in another order (v2, v1) than the English original content/activities/en/inventory.md (v1, v2)',
    );
  });

  it('are left alone when either list failed its schema or the original is missing (other problems say so)', () => {
    expect(translationPointProblems([activity('en', undefined), activity('fr', ['v1', 'v2'])])).toEqual([]);
    expect(translationPointProblems([activity('en', ['v1', 'v2']), activity('fr', undefined)])).toEqual([]);
    expect(translationPointProblems([activity('fr', ['v1', 'v2'], 'GGI-A-77')])).toEqual([]);
  });
});
