import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/lib/content/check.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import {
  comparePartialDates,
  formatPartialDate,
  parsePartialDate,
  partialDateSpan,
} from '../../../src/lib/community/partial-date.ts';
import { COLLECTIONS } from '../../../src/schemas/collections.ts';

const member = {
  name: 'N',
  category: 'supporter',
  kind: 'company',
  country: 'FR',
  website: 'https://x.org/',
  source: 'https://x.org/',
  description: 'D',
};
const joined = (value: unknown) => COLLECTIONS.members.schema.safeParse({ ...member, joined: value });

describe("a member's joined date", () => {
  it('accepts a day, a month or a quarter, and keeps each as its text', () => {
    for (const value of ['2021-06-23', '2025-12', '2025-Q4']) {
      const r = joined(value);
      expect(r.success && (r.data as { joined: string }).joined, value).toBe(value);
    }
  });
  it('turns a day that YAML read as a Date back into YYYY-MM-DD', () => {
    const r = joined(new Date('2021-06-23T00:00:00Z'));
    expect(r.success && (r.data as { joined: string }).joined).toBe('2021-06-23');
  });
  it('rejects a day that does not exist, a fifth quarter, a thirteenth month and words', () => {
    for (const value of [
      '2025-02-29',
      '2025-04-31',
      '2025-Q5',
      '2025-Q0',
      '2025-13',
      'Q4 2025',
      'December 2025',
      '2025',
      2025,
    ]) {
      expect(joined(value).success, String(value)).toBe(false);
    }
  });
  it('names the field and the three accepted forms in one content-check line', () => {
    const text = [
      '---',
      'name: N',
      'category: supporter',
      'kind: company',
      'country: FR',
      'website: https://x.org/',
      'joined: Q4 2025',
      'source: https://x.org/',
      'description: D',
      '---',
      '',
    ].join('\n');
    const lines = checkFile({ path: 'members/n.md', text }).problems.map((p) => formatProblem(p));
    expect(lines).toEqual([
      'content/members/n.md: joined: is not a date, month or quarter: write YYYY-MM-DD, or YYYY-MM or YYYY-Qn when the source gives no day, e.g. 2025-12-01, 2025-12 or 2025-Q4',
    ]);
  });
});

describe('partial dates', () => {
  it('are taken apart by precision', () => {
    expect(parsePartialDate('2025-Q4')).toEqual({ precision: 'quarter', year: 2025, quarter: 4 });
    expect(parsePartialDate('2025-12')).toEqual({ precision: 'month', year: 2025, month: 12 });
    expect(parsePartialDate('2021-06-23')).toEqual({ precision: 'day', year: 2021, month: 6, day: 23 });
    expect(() => parsePartialDate('Q4 2025')).toThrow();
  });
  it('span their whole period: a quarter three months, a month to its last day, a day itself', () => {
    const iso = (v: string) => Object.values(partialDateSpan(v)).map((d) => d.toISOString().slice(0, 10));
    expect(iso('2025-Q4')).toEqual(['2025-10-01', '2025-12-31']);
    expect(iso('2024-Q1')).toEqual(['2024-01-01', '2024-03-31']);
    expect(iso('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(iso('2021-06-23')).toEqual(['2021-06-23', '2021-06-23']);
  });
  it('read as a reader expects: a day in words, a month and year, a quarter and year', () => {
    expect(formatPartialDate('2021-06-23')).toBe('23 June 2021');
    expect(formatPartialDate('2025-12')).toBe('December 2025');
    expect(formatPartialDate('2025-Q4')).toBe('Q4 2025');
  });
  it('sort by time, the wider period first when two start on the same day', () => {
    const values = ['2026-01-12', '2025-10-01', '2025-Q4', '2021-06-23', '2025-10', '2025-11'];
    expect([...values].sort(comparePartialDates)).toEqual([
      '2021-06-23',
      '2025-Q4',
      '2025-10',
      '2025-10-01',
      '2025-11',
      '2026-01-12',
    ]);
  });
});
