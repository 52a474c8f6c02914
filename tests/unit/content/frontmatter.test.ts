import { describe, expect, it } from 'vitest';
import { frontmatterField, parseYaml, splitFrontmatter, YamlTimestamp } from '../../../src/lib/content/frontmatter.ts';

describe('frontmatterField', () => {
  it('gives one field of the frontmatter, never a line of the body that looks like one', () => {
    const text = '---\ntitle: "Upstream first"\nid: GGI-A-39\n---\n\nid: GGI-A-99 in the body\n';
    expect(frontmatterField(text, 'id')).toBe('GGI-A-39');
    expect(frontmatterField('---\ntitle: x\n---\nid: GGI-A-99\n', 'id')).toBeUndefined();
  });
  it('gives nothing for a file without frontmatter or with YAML that does not parse', () => {
    expect(frontmatterField('id: GGI-A-01\n', 'id')).toBeUndefined();
    expect(frontmatterField('---\nid: [GGI-A-01\n---\n', 'id')).toBeUndefined();
  });
});

describe('the frontmatter reader', () => {
  it('keeps an unquoted date as written, and finds the body after the closing line', () => {
    const split = splitFrontmatter('---\ndate: 2024-02-30\n---\nBody\n')!;
    const data = parseYaml(split.yaml) as { date: YamlTimestamp };
    expect(data.date).toBeInstanceOf(YamlTimestamp);
    expect(data.date.text).toBe('2024-02-30');
    expect(split.body).toBe('Body\n');
    expect(split.bodyLine).toBe(4);
  });
});
