import { describe, expect, it } from 'vitest';
import { fileLanguage, linkInLanguage } from '../../../src/lib/site/language-links.ts';

describe('links in translations', () => {
  it("reads a content file's language from its folder", () => {
    expect(fileLanguage('/repo/content/activities/fr/run_code_reviews.md')).toBe('fr');
    expect(fileLanguage('/repo/content/goals/de/usage.md')).toBe('de');
    expect(fileLanguage('/repo/content/goals/usage.md')).toBe('en');
    expect(fileLanguage('/repo/content/activities/en/x.md')).toBe('en');
    expect(fileLanguage('/repo/content/news/fr/x.md')).toBe('en');
  });
  it("sends a link to a page to that page in the translation's language, and leaves files and other sites alone", () => {
    expect(linkInLanguage('/governance/', 'fr')).toBe('/fr/governance/');
    expect(linkInLanguage('/ggi/activities/x/#tools', 'de')).toBe('/de/ggi/activities/x/#tools');
    expect(linkInLanguage('/api/ggi.json', 'fr')).toBe('/api/ggi.json');
    expect(linkInLanguage('/rss.xml', 'fr')).toBe('/rss.xml');
    expect(linkInLanguage('https://example.org/a/', 'fr')).toBe('https://example.org/a/');
    expect(linkInLanguage('//example.org/a/', 'fr')).toBe('//example.org/a/');
    expect(linkInLanguage('#tools', 'fr')).toBe('#tools');
    expect(linkInLanguage('/governance/', 'en')).toBe('/governance/');
  });
});
