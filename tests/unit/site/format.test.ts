import { describe, expect, it } from 'vitest';
import { count, formatDate } from '../../../src/lib/site/format.ts';

describe('count', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(count(1, 'activity', 'activities')).toBe('1 activity');
    expect(count(0, 'activity', 'activities')).toBe('0 activities');
    expect(count(25, 'activity', 'activities')).toBe('25 activities');
  });
});

describe('formatDate', () => {
  it('writes a date in British English, in UTC', () => {
    expect(formatDate(new Date('2021-06-23T00:00:00Z'))).toBe('23 June 2021');
  });
});
