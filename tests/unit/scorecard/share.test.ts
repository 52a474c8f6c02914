import { describe, expect, it } from 'vitest';
import { currentScorecard, emptyDocument } from '../../../src/lib/scorecard/model.ts';
import { setField, setOwner, setPoint, setStatus } from '../../../src/lib/scorecard/edits.ts';
import { closeIteration } from '../../../src/lib/scorecard/manage.ts';
import { decodeShare, encodeShare, SHARE_MAX_CHARS } from '../../../src/lib/scorecard/share.ts';
import { SCORECARD_FIELDS, STATUSES } from '../../../src/lib/scorecard/vocabulary.ts';
import type { Scorecard } from '../../../src/lib/scorecard/types.ts';
import { deepFreeze, realCatalogue, T0, T1 } from './helpers.ts';

const REAL = realCatalogue();

/** A scorecard of the real handbook: every activity selected, every point ticked, each field holding `text`. */
function busy(text: (activity: number, field: number) => string): Scorecard {
  let doc = emptyDocument(T0, 'Everything');
  REAL.activities.forEach((a, i) => {
    doc = setStatus(doc, a.id, STATUSES[1 + (i % 2)], T0);
    for (const p of a.points) doc = setPoint(doc, a.id, p, true, T0);
    SCORECARD_FIELDS.forEach((f, j) => (doc = setField(doc, a.id, f.key, text(i, j), T0)));
    doc = setOwner(doc, a.id, `Owner ${i}`, T0);
  });
  return deepFreeze(currentScorecard(closeIteration(doc, T1)));
}

/** Text that compresses badly: pseudo-random letters, the same for the same seed. */
function noise(seed: number, length: number): string {
  let x = seed + 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += String.fromCharCode(97 + (x % 26));
  }
  return out;
}

describe('share links', () => {
  it('carry a scorecard and give it back equal, with its free text', async () => {
    let doc = setStatus(emptyDocument(T0, 'Lab'), 'GGI-A-17', 'Done', T0);
    doc = setField(doc, 'GGI-A-17', 'objectives', '<img src=x onerror=alert(1)> stays text', T0);
    const sc = deepFreeze(currentScorecard(doc));
    const share = await encodeShare(sc);
    expect(share.fragment).toMatch(/^share=[A-Za-z0-9_-]+$/);
    expect(share.textOmitted).toBe(false);
    expect(share.bytes).toBeLessThan(share.fragment.length);
    expect(await decodeShare(`#${share.fragment}`)).toEqual({ ok: true, scorecard: sc, textOmitted: false });
  });

  it('of the whole real handbook, every point ticked and short notes, fit in 8 000 characters with the text', async () => {
    const sc = busy((i, j) => `Note ${j} on activity ${i}: we do this with care.`);
    const share = await encodeShare(sc);
    expect(share.textOmitted).toBe(false);
    expect(share.fragment.length).toBeLessThanOrEqual(SHARE_MAX_CHARS);
    expect(await decodeShare(share.fragment)).toEqual({ ok: true, scorecard: sc, textOmitted: false });
  });

  it('leave out the five fields and the owner when the link would pass 8 000 characters, and say so', async () => {
    const sc = busy((i, j) => noise(i * 10 + j, 200));
    const share = await encodeShare(sc);
    expect(share.textOmitted).toBe(true);
    expect(share.fragment.length).toBeLessThanOrEqual(SHARE_MAX_CHARS);
    const back = await decodeShare(share.fragment);
    expect(back.ok && back.textOmitted).toBe(true);
    if (!back.ok) return;
    const r = back.scorecard.activities['GGI-A-17'];
    expect(r.fields).toEqual({
      customizedDescription: '',
      opportunityAssessment: '',
      objectives: '',
      tools: '',
      operationalNotes: '',
    });
    expect(r.owner).toBe('');
    expect(r.points).toEqual(sc.activities['GGI-A-17'].points);
    expect(r.status).toBe(sc.activities['GGI-A-17'].status);
    expect(back.scorecard.snapshots).toEqual(sc.snapshots);
  });

  it('refuse a fragment that is not a share', async () => {
    expect(await decodeShare('#section-2')).toEqual({
      ok: false,
      problems: ['The link holds no shared scorecard (its fragment does not start with "share=").'],
    });
  });

  it('refuse a link cut short or altered, without throwing', async () => {
    const { fragment } = await encodeShare(currentScorecard(emptyDocument(T0)));
    const damaged = ['The link is damaged, perhaps cut short when it was copied: ask for it again.'];
    expect(await decodeShare(fragment.slice(0, fragment.length - 10))).toEqual({ ok: false, problems: damaged });
    expect(await decodeShare('share=not base64!')).toEqual({ ok: false, problems: damaged });
    expect(await decodeShare('share=')).toEqual({ ok: false, problems: damaged });
  });

  it('refuse a well-formed link whose scorecard the schema refuses, naming the field', async () => {
    const sc = { ...currentScorecard(emptyDocument(T0)), name: 'n'.repeat(121) };
    const { fragment } = await encodeShare(sc);
    expect(await decodeShare(fragment)).toEqual({
      ok: false,
      problems: ['scorecard.name: expected at most 120 characters, found 121 characters'],
    });
  });
});
