import { describe, expect, it } from 'vitest';
import { alternatesOf, isFallback, translatedPages } from '../../../src/lib/i18n/sitemap.ts';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';

const translated = translatedPages(checkContent(readContentTree('content')).entries);

describe('which pages of the other languages are translations', () => {
  it('lists a translated activity, goal or page in English and each language it is translated into', () => {
    expect(alternatesOf('/ggi/activities/manage_software_dependencies/', translated)).toEqual(['en', 'fr', 'de']);
    expect(alternatesOf('/fr/ggi/goals/trust/', translated)).toEqual(['en', 'fr', 'de']);
    expect(alternatesOf('/de/join/', translated)).toEqual(['en', 'fr', 'de']);
    expect(alternatesOf('/fr/translations/', translated)).toEqual(['en', 'fr', 'de']);
  });
  it('takes a page of another language whose text is English as a fallback, and no English page', () => {
    expect(isFallback('/fr/case-studies/cern/', translated)).toBe(true);
    expect(isFallback('/de/governance/', translated)).toBe(true);
    expect(isFallback('/fr/ggi/activities/manage_software_dependencies/', translated)).toBe(false);
    expect(isFallback('/case-studies/cern/', translated)).toBe(false);
    expect(alternatesOf('/case-studies/cern/', translated)).toEqual([]);
  });
});
