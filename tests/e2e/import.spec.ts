/**
 * Acceptance of the GGI importer on the real upstream releases (../shared/ggi-upstream): each
 * release imported and built by `npm run build:imported` into dist-import-<version>/, then
 * checked here. Skipped, with a message, where the upstream data is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readContentTree } from '../../src/lib/content/files.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const UPSTREAM = process.env.GGI_UPSTREAM_DIR || '../shared/ggi-upstream';

interface Upstream {
  handbook_version: string;
  activities: { id: string; name: string; content: string }[];
}

/**
 * A word of 8 or more letters from one activity's upstream text whose first six letters (so, its
 * stem, as search matches stems) appear in no other activity and nowhere in our own content.
 */
function distinctiveWord(data: Upstream): { id: string; word: string } {
  const ours = readContentTree('content')
    .map((f) => f.text.toLowerCase())
    .join('\n');
  const texts = data.activities.map((a) => ({
    id: a.id,
    text: a.content.replace(/https?:\/\/\S+/g, '').toLowerCase(),
  }));
  for (const a of texts) {
    for (const w of new Set(a.text.match(/\b[a-z]{8,}\b/g) ?? [])) {
      const stem = w.slice(0, 6);
      if (!ours.includes(stem) && texts.every((b) => b === a || !b.text.includes(stem))) return { id: a.id, word: w };
    }
  }
  throw new Error('no distinctive word found');
}

for (const version of ['1.2', '1.3']) {
  test.describe(`the portal built from the official handbook ${version}`, () => {
    const file = `${UPSTREAM}/ggi_activities_v${version}.json`;
    test.skip(!existsSync(file), `${file} is absent: the acceptance test of the importer needs the upstream data`);
    let server: StaticServer;
    let data: Upstream;

    test.beforeAll(async () => {
      const dir = `dist-import-${version}`;
      if (!existsSync(`${dir}/index.html`))
        throw new Error(`${dir}/ is missing: run npm run build:imported (npm test does)`);
      data = JSON.parse(readFileSync(file, 'utf8')) as Upstream;
      server = await serveStatic(dir, '/');
    });
    test.afterAll(async () => server?.close());

    test("has 25 activity pages carrying the official text, with upstream's verification points and working next links", async ({
      page,
      request,
    }) => {
      // 25 pages and every next link: 20 to 30 s on a busy 2-core machine, near the default 30 s.
      test.setTimeout(90_000);
      expect(data.activities).toHaveLength(25);
      for (const a of data.activities) {
        await page.goto(`${server.origin}/ggi/${a.id}/`);
        await expect(page.getByRole('heading', { level: 1 }), a.id).toHaveText(a.name);
        await expect(page.getByText(`Official text of GGI handbook ${version}`)).toBeVisible();
        await expect(
          page.getByText('CC BY 4.0, OW2 Good Governance Initiative / OSPO Alliance', { exact: false }),
        ).toBeVisible();
        const points = (a.content.match(/^\s*- \[ \]/gm) ?? []).length;
        await expect(page.locator('main ul.checklist > li'), a.id).toHaveCount(points);
        // The importer numbers the points by position.
        expect(
          await page.locator('main ul.checklist > li').evaluateAll((lis) => lis.map((li) => li.dataset.point)),
          a.id,
        ).toEqual(Array.from({ length: points }, (_, i) => `v${i + 1}`));
        const next = await page
          .locator('#proposed-next ~ ul a')
          .evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).href));
        for (const href of next) expect((await request.get(href)).status(), `${a.id} → ${href}`).toBe(200);
      }
    });

    test('finds an activity by a word only its official text has', async ({ page }) => {
      const { id, word } = distinctiveWord(data);
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(word)}`);
      const results = page.locator('.search-page a.search-result-link');
      await page.goto(`${server.origin}/ggi/${id}/`);
      await page.waitForURL(/\/ggi\/activities\/[^/]+\/$/); // the id address redirects
      const target = new URL(page.url()).pathname;
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(word)}`);
      await expect(results.first()).toBeVisible();
      const top = await results.evaluateAll((as) =>
        as.slice(0, 3).map((x) => new URL((x as HTMLAnchorElement).href).pathname),
      );
      expect(top, `"${word}" should find ${id}`).toContain(target);
    });
  });
}
