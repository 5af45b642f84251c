// What a person does in the web UI: click or press Enter on an event, change filters, brush the
// chart, go back, use only the keyboard; and an article full of markup shows it as text and runs
// none of it. Real server, real database, headless Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { api, buildDatabase, launchBrowser, settled, skipReason, startServer, watchErrors, XSS_TITLE, XSS_WORD, type Server, type TestData } from './harness.ts';

const skip = skipReason();

describe('web UI interactions', { skip: skip ?? false }, () => {
  let data: TestData;
  let server: Server;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    data = buildDatabase();
    server = await startServer(data.db);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    data?.cleanup();
  });

  /** A fresh page (fresh document, so focus and history start over) at `hash`. */
  const fresh = async (hash: string, view: string): Promise<void> => {
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    watchErrors(page, problems);
    await page.goto(`${server.url}${hash}`);
    await settled(page, view);
  };
  const hash = (): Promise<string> => page.evaluate(() => location.hash);
  const listCount = async (): Promise<number> => {
    await settled(page);
    return Number(await page.locator('.list-count[data-total]').getAttribute('data-total'));
  };

  test('clicking an event row opens its article at the sentence, trigger highlighted', async () => {
    await fresh('#/timeline?dyad=RUS,USA', 'timeline');
    const row = page.locator('a.event-row').first();
    await row.waitFor();
    const trigger = await row.locator('mark.trigger').textContent();
    await row.click();
    await page.locator('main > .view.article').waitFor();
    assert.match(await hash(), /^#\/article\/[0-9a-f]+\?s=\d+&e=/);
    const selected = page.locator('.sentence.selected');
    assert.equal(await selected.count(), 1);
    assert.equal(await selected.locator('.hl-trigger.current').first().textContent(), trigger);
    assert.ok(await selected.isVisible(), 'the sentence is scrolled into view');
    assert.ok(await page.locator('.side-list li.current').count(), 'the event is marked in the side list too');
  });

  test('changing a filter changes the list, keeps focus on the control, and Back undoes it', async () => {
    await fresh('#/timeline', 'timeline');
    const before = await listCount();
    await page.locator('#f-type').focus();
    await page.locator('#f-type').selectOption('THREATEN');
    await page.waitForFunction(() => location.hash.includes('type=THREATEN'));
    const threats = await listCount();
    assert.ok(threats > 0 && threats < before, `${threats} THREATEN events of ${before}`);
    const types = await page.locator('.event-list .cell.type').allTextContents();
    assert.ok(types.every((t) => t.startsWith('THREATEN')), types.join(', '));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-type');
    await page.locator('#f-status-hypothetical').check();
    await page.waitForFunction(() => location.hash.includes('hypothetical'));
    assert.ok((await listCount()) > threats, 'hypothetical threats are added');
    assert.ok(await page.locator('.badge.status-hypothetical').count());
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('hypothetical'));
    assert.equal(await listCount(), threats);
    assert.equal(await page.locator('#f-status-hypothetical').isChecked(), false);
  });

  test('brushing the chart by mouse, or typing the dates, sets the range and filters the list', async () => {
    await fresh('#/timeline', 'timeline');
    const all = await listCount();
    const box = await page.locator('svg.chart').boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /since=\d{4}-\d\d-\d\d&until=\d{4}-\d\d-\d\d/.test(location.hash));
    const brushed = await listCount();
    assert.ok(brushed > 0 && brushed < all, `${brushed} of ${all}`);
    assert.equal(await page.locator('svg.chart .brush').getAttribute('visibility'), 'visible');
    const since = await page.locator('#t-since').inputValue();
    const until = await page.locator('#t-until').inputValue();
    const days = await page.locator('.event-list time').allTextContents();
    assert.ok(days.every((d) => d >= since && d <= until), `${days.join(',')} within ${since}..${until}`);

    await page.locator('#t-clear').click();
    await page.waitForFunction(() => !location.hash.includes('since='));
    // The cleared view must be on screen before typing, or the old "until" input is still there.
    await settled(page);
    assert.equal(await page.locator('#t-until').inputValue(), '');
    await page.locator('#t-since').fill('2022-02-20');
    await page.locator('#t-since').dispatchEvent('change');
    await page.waitForFunction(() => location.hash.includes('since=2022-02-20'));
    const expected = await api<{ total: number }>(server.url, 'api/events?since=2022-02-20&limit=1');
    assert.equal(await listCount(), expected.total);
  });

  test('an article whose title and text hold markup shows it as text and runs nothing', async () => {
    await fresh(`#/search?q=${XSS_WORD}`, 'search');
    const result = page.locator('.result h2 a');
    assert.equal(await result.count(), 1);
    assert.equal(await result.textContent(), XSS_TITLE);
    await result.click();
    await page.locator('main > .view.article').waitFor();
    assert.equal(await page.locator('h1').textContent(), XSS_TITLE);
    const text = (await page.locator('.article-text').textContent()) ?? '';
    assert.ok(text.includes('<script>window.__xss=1</script>'));
    assert.ok(text.includes('<img src=x onerror="window.__xss=1">'));
    assert.equal(await page.locator('main script, main img').count(), 0, 'no element was made from the markup');
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.equal(await page.locator('.byline', { hasText: 'Test <b>source</b>' }).count(), 1);
    await page.goto(`${server.url}#/timeline?q=${XSS_WORD}`);
    await page.locator('a.event-row').first().waitFor();
    assert.match((await page.locator('.event-list').textContent()) ?? '', /<script>/);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
  });

  test('keyboard only: skip link, Tab to the nav, Tab to an event row, Enter opens it', async () => {
    await fresh('#/timeline', 'timeline');
    await page.locator('a.event-row').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
    const reached: string[] = [];
    for (let i = 0; i < 10 && !reached.includes('Timeline'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => (document.activeElement?.closest('.site-nav') ? (document.activeElement.textContent ?? '') : '')));
    }
    assert.ok(reached.includes('Timeline'), 'Tab reaches the nav');
    let onRow = false;
    for (let i = 0; i < 60 && !onRow; i++) {
      await page.keyboard.press('Tab');
      onRow = await page.evaluate(() => document.activeElement?.classList.contains('event-row') ?? false);
    }
    assert.ok(onRow, 'Tab reaches the first event row');
    await page.keyboard.press('Enter');
    await page.locator('main > .view.article').waitFor();
    assert.match(await hash(), /^#\/article\//);
    assert.equal(await page.locator('.sentence.selected').count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('sentence')), true, 'focus starts at the sentence');
  });

  test('map: Enter on a country filters the map by it', async () => {
    await fresh('#/map', 'map');
    await page.locator('a.country-link[data-code="UKR"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('actor=UKR'));
    await page.locator('path.country.selected[data-code="UKR"]').waitFor({ state: 'attached' });
    const counts = await api<{ countries: { country: string; events: number }[] }>(server.url, 'api/map?actor=UKR');
    const rus = counts.countries.find((c) => c.country === 'RUS');
    assert.equal(await page.locator('a.country-link[data-code="RUS"]').getAttribute('aria-label'), `Russia: ${rus?.events} events`);
  });

  test('header search, upcoming shortcut and actor links navigate by hash', async () => {
    await fresh('#/upcoming?from=2030-01-01', 'upcoming');
    assert.equal(await page.locator('.agenda-item').count(), 0);
    await page.locator('#u-first').click();
    await page.waitForFunction(() => location.hash === '#/upcoming?from=2021-12-17');
    await page.locator('.agenda-item').first().waitFor();
    await page.locator('#global-q').fill('sanctions');
    await page.locator('#global-q').press('Enter');
    await page.locator('main > .view.search').waitFor();
    assert.equal(await hash(), '#/search?q=sanctions');
    assert.ok((await page.locator('.result').count()) > 0);
    await page.goto(`${server.url}#/network`);
    await page.locator('.node-list a[href="#/actor/USA"]').click();
    await page.locator('main > .view.actor').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'United States');
  });

  test('a held badge opens the later article at the held event; a quote opens at its sentence', async () => {
    await fresh('#/upcoming?from=2022-01-01', 'upcoming');
    const badge = page.locator('a.held-badge').first();
    const target = (await badge.getAttribute('href')) ?? '';
    const eventId = decodeURIComponent(/[?&]e=([^&]+)/.exec(target)?.[1] ?? '');
    assert.ok(eventId, target);
    await badge.click();
    await settled(page, 'article');
    assert.equal(await page.locator('.sentence.selected').count(), 1);
    assert.equal(await page.locator('.sentence.selected .hl-trigger.current').count() > 0, true, 'the held event is marked');
    assert.equal(await page.locator('.side-list li.current').count(), 1);

    await page.goto(`${server.url}#/actor/RUS`);
    await settled(page, 'actor');
    const quote = page.locator('.quote-list a').first();
    await quote.click();
    await settled(page, 'article');
    assert.match(await hash(), /\?at=\d+$/);
    const selected = page.locator('.sentence.selected');
    assert.equal(await selected.count(), 1);
    assert.ok(await selected.locator('.hl-quote').count(), 'the sentence holds the quote');
  });

  test('no console error or page error during the interactions', () => {
    assert.deepEqual(problems, []);
  });
});
