import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparableWords, sharedRuns } from '../../../scripts/gates/no-copy.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';

const UPSTREAM_DIR = '../shared/ggi-upstream';

describe('sharedRuns', () => {
  const source = 'The quick brown fox jumps over the lazy dog while the cat sleeps on the warm mat.';
  it('finds a run of ten words copied with different case and punctuation', () => {
    expect(sharedRuns('Notice: the QUICK brown fox — jumps over the lazy dog, while the cat naps.', [source])).toEqual([
      'the quick brown fox jumps over the lazy dog while',
      'quick brown fox jumps over the lazy dog while the',
      'brown fox jumps over the lazy dog while the cat',
    ]);
  });
  it('accepts a run of nine shared words', () => {
    expect(sharedRuns('So the quick brown fox jumps over the lazy dog today.', [source])).toEqual([]);
  });
  it('leaves URLs out of the comparison', () => {
    const url = 'https://example.org/a/very/long/path/with/many/words/in/it/that/goes/on';
    expect(comparableWords(`See [this](${url}) page`)).toEqual(['see', 'this', 'page']);
    expect(sharedRuns(`Read ${url} now`, [`Source: ${url}`])).toEqual([]);
  });
});

const HAS_UPSTREAM = existsSync(UPSTREAM_DIR);

// The upstream data is read only where it exists: vitest runs a skipped describe's body too.
describe.skipIf(!HAS_UPSTREAM)('the GGI activities of the portal, against the upstream handbook text', () => {
  const upstream = (HAS_UPSTREAM ? ['ggi_activities_v1.2.json', 'ggi_activities_v1.3.json'] : []).flatMap((f) =>
    (JSON.parse(readFileSync(`${UPSTREAM_DIR}/${f}`, 'utf8')) as { activities: { content: string }[] }).activities.map(
      (a) => a.content,
    ),
  );
  const ours = readContentTree('content').filter(
    (f) => f.path.startsWith('activities/') || f.path.startsWith('goals/'),
  );
  it('covers all 25 activities and 5 goals', () => {
    expect(ours.filter((f) => f.path.startsWith('activities/en/')).length).toBe(25);
  });
  for (const file of ours) {
    it(`content/${file.path} shares no run of 10 words with upstream`, () => {
      expect(sharedRuns(file.text, upstream)).toEqual([]);
    });
  }
});
