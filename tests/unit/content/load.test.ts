import { beforeEach, describe, expect, it } from 'vitest';
import type { ContentFile } from '../../../src/lib/content/files.ts';
import { invalidateContent, loadContent, type ContentReader } from '../../../src/lib/content/load.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';
import { GOOD } from '../fixtures.ts';

/** A reader over the good fixture tree that counts its reads, by root. */
function countingReader(files: readonly ContentFile[] = readContentTree(GOOD)): {
  read: ContentReader;
  reads: string[];
} {
  const reads: string[] = [];
  return { reads, read: (root) => (reads.push(root), [...files]) };
}

describe('loadContent', () => {
  beforeEach(() => invalidateContent());

  it('reads and checks a content folder once: a second load for the same root gives the same result without reading again', () => {
    const { read, reads } = countingReader();
    const first = loadContent('/project/content', { read, layer: '' });
    const second = loadContent('/project/content/', { read, layer: '' });
    expect(reads).toEqual(['/project/content']);
    expect(second).toBe(first);
    expect(first.problems).toEqual([]);
    expect(first.entries.length).toBe(15);
  });

  it('reads again after the folder is invalidated, and sees the change', () => {
    let files = readContentTree(GOOD);
    const reads: string[] = [];
    const read: ContentReader = (root) => (reads.push(root), files);
    expect(loadContent('/project/content', { read, layer: '' }).problems).toEqual([]);
    files = files.filter((f) => f.path !== 'goals/usage.md');
    expect(loadContent('/project/content', { read, layer: '' }).problems).toEqual([]);
    invalidateContent('/project/content');
    const after = loadContent('/project/content', { read, layer: '' });
    expect(reads).toHaveLength(2);
    expect(after.problems.map((p) => p.file)).toContain('goals/usage.md');
  });

  it('keeps one result per content root and layer, and invalidating one root leaves the others', () => {
    const { read, reads } = countingReader();
    loadContent('/a/content', { read, layer: '' });
    loadContent('/b/content', { read, layer: '' });
    loadContent('/a/content', { read, layer: '/a/layer' });
    expect(reads).toEqual(['/a/content', '/b/content', '/a/content']);
    invalidateContent('/a/content');
    loadContent('/b/content', { read, layer: '' });
    loadContent('/a/content', { read, layer: '' });
    expect(reads).toEqual(['/a/content', '/b/content', '/a/content', '/a/content']);
  });

  it('remembers nothing when the folder cannot be read, so the next load tries again', () => {
    let calls = 0;
    const failing: ContentReader = () => {
      calls++;
      throw new Error('ENOENT: no such file or directory');
    };
    expect(() => loadContent('/missing', { read: failing, layer: '' })).toThrow(/ENOENT/);
    expect(() => loadContent('/missing', { read: failing, layer: '' })).toThrow(/ENOENT/);
    expect(calls).toBe(2);
  });
});
