import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, sizeProblem, utf8Bytes } from '../../../src/lib/scorecard/size.ts';

describe('the size rule for imported files', () => {
  it('counts UTF-8 bytes: exactly 1 MB passes, one byte more does not, and the size is said', () => {
    expect(sizeProblem('x'.repeat(MAX_IMPORT_BYTES))).toBeUndefined();
    expect(sizeProblem('x'.repeat(MAX_IMPORT_BYTES - 1) + 'é')).toBe(
      'The file is too big: 1.0 MB (1 048 577 bytes); the scorecard imports files of up to 1 MB (1 048 576 bytes).',
    );
    expect(sizeProblem('x'.repeat(3 * MAX_IMPORT_BYTES))).toMatch(/^The file is too big: 3\.0 MB \(3 145 728 bytes\)/);
  });

  it('counts bytes as UTF-8 does, accents, euro signs and characters beyond the BMP included', () => {
    for (const text of ['plain', 'é', '€', '𝄞 clef', 'mixed é € 𝄞'])
      expect(utf8Bytes(text), text).toBe(new TextEncoder().encode(text).length);
  });

  it('refuses an empty file or one of white space only', () => {
    expect(sizeProblem('')).toBe('The file is empty.');
    expect(sizeProblem(' \r\n\t')).toBe('The file is empty.');
    expect(sizeProblem('{}')).toBeUndefined();
  });
});
