import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';
import { entriesIn } from '../../../src/lib/content/entries.ts';
import { slugify } from '../../../src/lib/content/entries.ts';

const UPSTREAM = '../shared/ggi-upstream/ggi_activities_v1.3.json';

interface Upstream {
  activities: { id: string; name: string; roles: string[]; goal: string; content: string }[];
}

const HAS_UPSTREAM = existsSync(UPSTREAM);

// The upstream data is read only where it exists: vitest runs a skipped describe's body too.
describe.skipIf(!HAS_UPSTREAM)("the portal's GGI activities follow the facts of handbook 1.3", () => {
  const upstream = HAS_UPSTREAM ? (JSON.parse(readFileSync(UPSTREAM, 'utf8')) as Upstream).activities : [];
  const ours = new Map(
    entriesIn(checkContent(readContentTree('content')).entries, 'activities')
      .filter((e) => e.lang === 'en')
      .map((e) => [e.data.id, e]),
  );
  it('has the same 25 ids', () => {
    expect([...ours.keys()].sort()).toEqual(upstream.map((a) => a.id).sort());
  });
  for (const u of upstream) {
    it(`${u.id}: same title, goal, roles and next links, file named by the slug rule, verification points within one of upstream's count`, () => {
      const e = ours.get(u.id)!;
      expect(e.data.title).toBe(u.name);
      expect(e.data.goal).toBe(u.goal.replace(/ Goal$/, '').toLowerCase());
      expect(e.data.roles).toEqual(u.roles.map((r) => r.toLowerCase().replace(' ', '-')));
      expect(e.name).toBe(slugify(u.name));
      const nextSection = /### Proposed next activities([\s\S]*?)(?:\n### |$)/.exec(u.content)?.[1] ?? '';
      const upstreamNext = [...nextSection.matchAll(/\[(GGI-A-\d+)/g)].map((m) => m[1]);
      expect(e.data.next.map((n) => n.activity)).toEqual(upstreamNext);
      const upstreamPoints = (u.content.match(/^\s*- \[ \]/gm) ?? []).length;
      expect(Math.abs(e.data.verification.length - upstreamPoints)).toBeLessThanOrEqual(1);
      const file = readContentTree('content').find((f) => f.path === e.path)!;
      expect(/^## Tools$/m.test(file.text), 'a Tools section exactly where upstream has one').toBe(
        /^### Tools$/m.test(u.content),
      );
      for (const section of ['Description', 'Opportunity assessment', 'Recommendations'])
        expect(file.text).toMatch(new RegExp(`^## ${section}$`, 'm'));
    });
  }
});

describe('the length of each GGI activity', () => {
  const activities = readContentTree('content').filter((f) => /^activities\/en\/[^_]/.test(f.path));
  for (const f of activities) {
    it(`content/${f.path} has 350 to 1,000 words`, () => {
      const words = f.text
        .replace(/https?:\/\/\S+/g, '')
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      expect(words).toBeGreaterThanOrEqual(350);
      expect(words).toBeLessThanOrEqual(1000);
    });
  }
});
