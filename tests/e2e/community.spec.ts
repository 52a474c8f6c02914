import { expect, test, type Page } from '@playwright/test';
import { API_FORMAT } from '../../src/lib/handbook/api.ts';

const visible = (page: Page, list: string) => page.locator(`${list} li[data-country]`).filter({ visible: true });

test.describe('the case studies index', () => {
  test('lists the studies newest first, and filters by sector and country without a reload', async ({ page }) => {
    await page.goto('/case-studies/');
    const all = await visible(page, '#case-study-list').count();
    expect(all).toBeGreaterThanOrEqual(4);
    await page.getByRole('group', { name: 'Sector' }).getByText('Public sector').click();
    const publicCount = await visible(page, '#case-study-list').count();
    expect(publicCount).toBeGreaterThan(0);
    expect(publicCount).toBeLessThan(all);
    for (const li of await visible(page, '#case-study-list').all())
      await expect(li).toHaveAttribute('data-sector', 'public');
    await expect(page).toHaveURL(/\?sector=public$/);
    await page.getByRole('group', { name: 'Country' }).getByText('France').click();
    for (const li of await visible(page, '#case-study-list').all())
      await expect(li).toHaveAttribute('data-country', 'FR');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('still filters by sector', async ({ page }) => {
      await page.goto('/case-studies/');
      const all = await visible(page, '#case-study-list').count();
      await page.getByRole('group', { name: 'Sector' }).getByText('Academic and research').click();
      const academic = await visible(page, '#case-study-list').count();
      expect(academic).toBeGreaterThan(0);
      expect(academic).toBeLessThan(all);
    });
  });

  test('every case study page cites its sources in footnotes and lists them by title, the one main source first', async ({
    page,
  }) => {
    await page.goto('/case-studies/');
    const studies = await page
      .locator('#case-study-list h2 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(studies.length).toBeGreaterThanOrEqual(5);
    for (const study of studies) {
      await page.goto(study);
      const sources = await page
        .locator('#sources ~ ul a')
        .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent!.trim() })));
      expect(sources.length, study).toBeGreaterThan(0);
      for (const s of sources) {
        expect(s.href).toMatch(/^https?:\/\/[^/]+\.[a-z]{2,}/);
        expect(s.text, `${study}: a source is listed by its title`).not.toMatch(/^https?:|^$/);
      }
      await expect(page.locator('#sources ~ ul li').filter({ hasText: 'Main source' })).toHaveCount(1);
      await expect(page.locator('#sources ~ ul li').first()).toContainText('Main source');
      // Claims cite footnotes, and every footnote links to a listed source.
      expect(await page.locator('main a[data-footnote-ref]').count(), study).toBeGreaterThanOrEqual(5);
      const cited = await page
        .locator('section[data-footnotes] li a:not([data-footnote-backref])')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(cited.length, study).toBeGreaterThan(0);
      for (const c of cited)
        expect(
          sources.map((s) => s.href),
          study,
        ).toContain(c);
    }
  });

  test('every case study page links to the activities it illustrates, and those pages link back', async ({ page }) => {
    await page.goto('/case-studies/');
    const studies = await page
      .locator('#case-study-list h2 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const study of studies) {
      await page.goto(study);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const activities = await page
        .locator('#illustrates ~ ul a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(activities.length, study).toBeGreaterThan(0);
      for (const activity of activities) {
        await page.goto(activity);
        const back = await page
          .locator('#case-studies ~ ul a')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(back, `${activity} should list ${study}`).toContain(study);
      }
    }
  });
});

test.describe('the members index', () => {
  test('groups members by category and filters them by kind and country', async ({ page }) => {
    await page.goto('/members/');
    await expect(page.getByRole('heading', { level: 2, name: 'Founders' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Supporters' })).toBeVisible();
    const all = await visible(page, '#member-list').count();
    await page.getByRole('group', { name: 'Kind of organisation' }).getByText('Foundation', { exact: true }).click();
    const foundations = await visible(page, '#member-list').count();
    expect(foundations).toBeGreaterThan(0);
    expect(foundations).toBeLessThan(all);
    await expect(page).toHaveURL(/\?kind=foundation$/);
    await page.getByRole('group', { name: 'Country' }).getByText('Belgium').click();
    for (const li of await visible(page, '#member-list').all()) await expect(li).toHaveAttribute('data-country', 'BE');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('still filters by kind, and hides a category with no member left', async ({ page }) => {
      await page.goto('/members/');
      await page.getByRole('group', { name: 'Kind of organisation' }).getByText('Company').click();
      for (const li of await visible(page, '#member-list').all())
        await expect(li).toHaveAttribute('data-kind', 'company');
      await expect(page.getByRole('heading', { level: 2, name: 'Founders' })).toBeHidden();
    });
  });

  test('every member links to its website and to a public source, and the join page exists', async ({
    page,
    request,
  }) => {
    await page.goto('/members/');
    const links = await page
      .locator('#member-list a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(16);
    for (const l of links) expect(l).toMatch(/^https:\/\/[^/]+\.[a-z]{2,}/);
    await page.getByRole('link', { name: 'How to join' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join the OSPO Alliance');
    expect((await request.get('/join/')).status()).toBe(200);
  });
});

test.describe('OnRamp', () => {
  test('the series page offers the series calendar, one dated event per listed session and no recurrence rule, and splits sessions into upcoming and past', async ({
    page,
    request,
  }) => {
    await page.goto('/onramp/');
    await expect(page.getByRole('heading', { name: 'Upcoming sessions' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Past sessions' })).toBeVisible();
    const series = page.getByRole('link', { name: 'Add the series to your calendar (.ics)' });
    const response = await request.get((await series.getAttribute('href'))!);
    expect(response.headers()['content-type']).toContain('text/calendar');
    // Unfolded lines, text values unescaped (RFC 5545 3.1 and 3.3.11).
    const text = (await response.text()).replace(/\r\n /g, '').replace(/\\([,;\\])/g, '$1');
    const events = text.split('BEGIN:VEVENT').slice(1);
    const listed = await page.locator('main h3 a').allTextContents();
    expect(listed.length).toBeGreaterThanOrEqual(4);
    expect(events).toHaveLength(listed.length);
    for (const title of listed) expect(text).toContain(`SUMMARY:OSPO OnRamp: ${title.trim()}`);
    for (const e of events) expect(e).not.toMatch(/^(RRULE|RDATE|EXDATE)/m);
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20260529T103000');
  });

  test("a past session page offers no calendar file and points to the Alliance's material, while its own .ics still describes it", async ({
    page,
    request,
  }) => {
    await page.goto('/onramp/');
    await expect(page.locator('#past ~ ul').getByRole('link', { name: /Add to calendar/ })).toHaveCount(0);
    await page.locator('#past ~ ul h3 a').first().click();
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    await expect(page.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveCount(0);
    await expect(page.getByText('This session is over.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'OnRamp page' })).toHaveAttribute(
      'href',
      /^https:\/\/ospo-alliance\.org\/onramp\/?$/,
    );
    const href = `${new URL(page.url()).pathname.replace(/\/$/, '')}.ics`;
    expect(href).toMatch(/^\/onramp\/[^/]+\.ics$/);
    const text = await (await request.get(href)).text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.replace(/\r\n /g, '')).toContain(`SUMMARY:OSPO OnRamp: ${title}`);
    expect(text).toMatch(/DTSTART;TZID=Europe\/Brussels:\d{8}T\d{6}/);
  });
});

test('the RSS feed is announced in the head and lists the newest news first', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel=alternate][type="application/rss+xml"]').getAttribute('href');
  const xml = await (await request.get(href!)).text();
  expect(xml).toContain('<rss version="2.0">');
  const dates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]));
  expect(dates.length).toBeGreaterThanOrEqual(5);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});

test('the data API and its schema are served, and the data page documents them', async ({ page, request }) => {
  const data = await (await request.get('/api/ggi.json')).json();
  expect(data.activities).toHaveLength(25);
  expect(data.format).toBe(API_FORMAT);
  const schema = await (await request.get('/api/ggi.schema.json')).json();
  expect(schema.$schema).toContain('2020-12');
  await page.goto('/data/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data and feeds');
  for (const link of ['/api/ggi.json', '/api/ggi.schema.json', '/rss.xml', '/onramp/series.ics']) {
    await expect(page.getByRole('main').locator(`a[href="${link}"]`)).toBeVisible();
  }
});

test('the members filter announces how many members it shows', async ({ page }) => {
  await page.goto('/members/?country=FR');
  const shown = await visible(page, '#member-list').count();
  const all = await page.locator('#member-list li[data-kind]').count();
  await expect(page.getByRole('status')).toHaveText(`Showing ${shown} of ${all}`);
});

test('a member category with nobody left under the chosen kind and country hides its heading', async ({ page }) => {
  // French companies exist among the supporters, but no founder is one.
  await page.goto('/members/?kind=company&country=FR');
  await expect(page.getByRole('heading', { level: 2, name: 'Supporters' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Founders' })).toBeHidden();
});
