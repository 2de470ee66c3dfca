import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, requireBrowser, seriousViolations, serve, type Served } from '../support/browser.js';

// The web app as a person uses it: a real `chancery serve` on loopback, Debian's Chromium driven by playwright-core.
requireBrowser();
const SHOTS = process.env['CHANCERY_SCREENSHOTS'];
const MINISTER = 'ministry-of-foreign-affairs-north-korea:minister-of-foreign-affairs';
/** The bundled ministry's chart: every organization's views are at /o/<id>. */
const CHART = '/o/ministry-of-foreign-affairs-north-korea';

describe.skipIf(!hasBrowser)('web app in Chromium', () => {
  let server: Served;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  /** What the page's Content-Security-Policy refused (an inline style, a script): the app must need nothing it forbids. */
  const refusedByPolicy: string[] = [];

  beforeAll(async () => {
    server = await serve();
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const open = async (path: string, width = 1280, bypassCSP = false) => {
    // bypassCSP only to inject axe-core: the app's own policy refuses inline scripts, as it should.
    page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP });
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && !bypassCSP && refusedByPolicy.push(m.text()));
    await page.goto(`${server.address}${path}`);
    return page;
  };
  const shot = async (name: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  };
  const ministerRow = () => page.locator(`ul.posts.top li[data-post="${MINISTER}"]`);

  it('serves the app at / and renders the chart of the date in the address', async () => {
    const t0 = Date.now();
    await open(`${CHART}?at=2010-03-01`);
    await expect.poll(() => ministerRow().textContent()).toContain('Pak Ui-chun');
    console.log(`first meaningful render (chart with its minister) on the bundled dataset: ${Date.now() - t0} ms`);
    expect(await page.locator('h2#chart-title').textContent()).toContain('1 March 2010');
    expect(await page.locator('[data-answer="chart"]').textContent()).toBe('Minister of Foreign Affairs on 1 March 2010: Pak Ui-chun, since May 2007.');
    expect(await page.locator('ul.tree.top > li.unit').count()).toBeGreaterThanOrEqual(12);
    // Seven vice-minister seats; the names the article gives are known only as in office at its date (2024-12-29), so
    // in 2010 no holder is known, and they are named apart as first recorded then, never as possible holders.
    const vice = page.locator('li.post', { hasText: 'Vice Minister' }).last();
    expect(await vice.locator('.empty').textContent()).toContain('No holder known');
    expect(await vice.locator('.recorded-later').textContent()).toContain('first recorded on 29 December 2024');
    await shot('chart');
    await page.close();
  });

  it('drag the date slider and the minister changes, and the date lands in the address', async () => {
    await open(`${CHART}?at=2010-03-01`);
    await expect.poll(() => ministerRow().textContent()).toContain('Pak Ui-chun');
    const box = (await page.locator('#at-slider').boundingBox())!;
    const from = 1948 * 12;
    const months = (new Date().getUTCFullYear() * 12 + new Date().getUTCMonth()) - from;
    const x = (year: number) => box.x + 8 + ((year * 12 - from) / months) * (box.width - 16);
    await page.mouse.move(x(2010.2), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x(2017), box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(x(2024.5), box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => ministerRow().textContent()).toContain('Choe Son-hui');
    expect(new URL(page.url()).searchParams.get('at')).toMatch(/^202[45]-/);
    // Before the ministry existed, the chart says so rather than showing its departments.
    await page.goto(`${server.address}${CHART}?at=1930-01-01`);
    await expect.poll(() => page.locator('.not-existing').textContent()).toContain('did not exist');
    await page.close();
  });

  it('the slider works from the keyboard', async () => {
    await open(`${CHART}?at=2010-03-01`);
    await expect.poll(() => ministerRow().textContent()).toContain('Pak Ui-chun');
    await page.locator('#at-slider').focus();
    await page.keyboard.press('End');
    await expect.poll(() => ministerRow().textContent()).toContain('Choe Son-hui');
    await page.close();
  });

  it('click Sweden on the map and see European Affairs Department 2, with reasoning and sources', async () => {
    await open('/map?at=2010-03-01');
    const sweden = page.locator('path[data-code="SE"]');
    await sweden.waitFor();
    expect(await sweden.getAttribute('data-unit')).toBe('European Affairs Department 2');
    await sweden.click();
    const panel = page.locator('.route-panel');
    await expect.poll(() => panel.textContent()).toContain('European Affairs Department 2');
    expect(await panel.textContent()).toContain('Who handles Sweden on 1 March 2010');
    expect(await panel.locator('details.sources a').first().getAttribute('href')).toContain('wikipedia.org');
    // Mongolia: sources disagree, so it is hatched.
    expect(await page.locator('path[data-code="MN"]').getAttribute('fill')).toBe('url(#hatch-conflict)');
    // The legend's swatches are coloured through the CSSOM, which a policy without 'unsafe-inline' styles allows.
    expect(await page.locator('.swatch').first().evaluate((e) => (globalThis as unknown as { getComputedStyle: (x: unknown) => { backgroundColor: string } }).getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(refusedByPolicy).toEqual([]);
    await page.locator('#map-title').scrollIntoViewIfNeeded();
    await shot('map');
    await page.close();
  });

  it('South Korea changes colour across May 2024: the United Front Department, unsure mid-May, then the ministry', async () => {
    await open('/map?at=2023-01-01');
    const korea = page.locator('path[data-code="KR"]');
    await expect.poll(() => korea.getAttribute('data-unit')).toBe('United Front Department (North Korea)');
    const before = await korea.getAttribute('fill');
    await page.goto(`${server.address}/map?at=2024-05-15`);
    await expect.poll(() => korea.getAttribute('data-status')).toBe('uncertain');
    await page.goto(`${server.address}/map?at=2024-07-01`);
    await expect.poll(() => korea.getAttribute('data-unit')).toBe('Ministry of Foreign Affairs (North Korea)');
    expect(await korea.getAttribute('fill')).not.toBe(before);
    await page.close();
  });

  it('search 최선희 and reach her page, with her names in Hangul and romanized', async () => {
    await open('/');
    await page.locator('#search-input').fill('최선희');
    const suggestion = page.locator('#search-suggestions a', { hasText: 'Choe Son-hui' });
    await suggestion.first().click();
    await expect.poll(() => page.locator('#person-title').textContent()).toContain('Choe Son-hui');
    expect(await page.locator('#person-title').textContent()).toContain('최선희');
    expect(await page.locator('table.names').textContent()).toContain("Ch'oe Sŏn-hŭi");
    expect(new URL(page.url()).pathname).toBe('/person/choe-son-hui');
    await shot('person');
    await page.goto(`${server.address}/search?q=${encodeURIComponent('스웨덴')}`);
    await page.locator('ul.results a', { hasText: 'Sweden' }).click();
    await expect.poll(() => page.locator('.route-panel').textContent()).toContain('European Affairs Department 2');
    for (const q of ['Choe Son-hui', 'Choi Sun-hee', "Ch'oe Sŏn-hŭi"]) {
      await page.goto(`${server.address}/search?q=${encodeURIComponent(q)}`);
      await expect.poll(() => page.locator('ul.results').textContent(), { message: q }).toContain('Choe Son-hui');
    }
    await page.close();
  });

  it('the timeline draws ministers beside heads of state and premiers; a bar opens its term', async () => {
    await open('/timeline');
    const bar = page.locator('g.bar[data-person="pak-ui-chun"]');
    await bar.waitFor();
    expect(await page.locator('g.bar.acting').count()).toBeGreaterThan(0);
    await bar.click();
    await expect.poll(() => page.locator('.term-detail').textContent()).toContain('18 May 2007');
    await shot('timeline');
    await page.close();
  });

  it('a post page is the holders table, with time in office and concurrent heads of state and premiers', async () => {
    await open(`/post/${encodeURIComponent(MINISTER)}`);
    const row = page.locator('tr', { hasText: 'Pak Hon-yong' });
    await row.waitFor();
    expect(await row.textContent()).toContain('4 y 175 d');
    expect(await row.textContent()).toContain('Kim Tu-bong');
    await shot('post');
    await page.close();
  });

  it('says which numbers Chancery counted itself and which spellings it generated', async () => {
    await open(`/post/${encodeURIComponent('cabinet-north-korea:premier')}`);
    const first = page.locator('tr', { hasText: 'Pak Thae-song' });
    await first.waitFor();
    expect(await first.locator('.derived').getAttribute('title')).toBe('numbered by Chancery');
    expect(await page.locator('article').textContent()).toContain('numbered by Chancery: no source gives this number');
    await page.goto(`${server.address}/post/${encodeURIComponent(MINISTER)}`);
    await page.locator('tr', { hasText: 'Pak Hon-yong' }).waitFor();
    expect(await page.locator('td .derived').count()).toBe(0);
    await page.goto(`${server.address}/person/choe-son-hui`);
    const generated = page.locator('table.names tr', { hasText: 'Choi Seon-hui' });
    await generated.waitFor({ state: 'attached' });
    expect(await generated.textContent()).toContain('generated by Chancery');
    expect(await page.locator('table.names').textContent()).not.toContain('Press spelling');
    await page.close();
  });

  it('tells the story the CLI tells: the ministry\'s own countries, a table\'s warnings, the sources of every column and value', async () => {
    // `chart mfa --at 2025-01-01` lists South Korea under the ministry itself: so does the web chart.
    await open(`${CHART}?at=2025-01-01`);
    const own = page.locator('.root-handles .handles');
    await own.waitFor();
    await own.locator('summary').first().click();
    expect(await own.textContent()).toContain('South Korea');
    // The holders table warns where the article's row 5 reads "Office vacant" against the dated records, as `holders` does,
    // and cites the records its head-of-state and premier columns come from.
    await page.goto(`${server.address}/post/${encodeURIComponent(MINISTER)}`);
    const row = page.locator(`tr[data-appointment="${MINISTER}:kim-yong-nam:1983-12-01"]`);
    await row.waitFor();
    expect(await row.locator('.reconciliation').first().textContent()).toMatch(/Head of state as Kim Il Sung, Office vacant/);
    const cited = row.locator('td', { hasText: 'Kim Il Sung' }).filter({ has: page.locator('details.sources') });
    expect(await cited.count()).toBeGreaterThanOrEqual(1);
    // The person page says which of a person's numbers Chancery counted and where the person's own values come from.
    await page.goto(`${server.address}/person/ri-jong-ok`);
    await page.locator('ol.career').waitFor();
    expect(await page.locator('ol.career .derived').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('article').textContent()).toContain('numbered by Chancery: no source gives this number');
    expect(await page.locator('ul.provenance li[data-field="native-name"]').count()).toBe(1);
    expect(await page.locator('ul.provenance li[data-field="name"] details.sources').count()).toBe(1);
    // The timeline's term marks the same numbers: the premiers' table gives none, so Pak Thae-song's is Chancery's.
    await page.goto(`${server.address}/timeline`);
    const premier = page.locator('g.bar[data-person="pak-thae-song"]').first();
    await premier.waitFor();
    // Its bar is a sliver of the recent years: chosen from the keyboard, as the bars allow.
    await premier.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.term-detail .derived').count()).toBe(1);
    // In Korean the warning says so in Korean and keeps the source's wording beside it.
    await page.goto(`${server.address}/post/${encodeURIComponent(MINISTER)}?lang=ko`);
    await row.waitFor();
    expect(await row.locator('.reconciliation strong').first().textContent()).toBe('출처의 표와 날짜 기록이 다릅니다:');
    await page.close();
  });

  it('has no serious accessibility violations (axe-core) on the main views, and fits a phone-width screen', async () => {
    const found: Record<string, unknown[]> = {};
    for (const path of [`${CHART}?at=2010-03-01`, '/', '/map?at=2010-03-01&country=SE', '/timeline', '/person/choe-son-hui', `/post/${encodeURIComponent(MINISTER)}`, '/unit/ministry-of-foreign-affairs-north-korea%2Feuropean-affairs-department-2?at=2010-03-01', '/diff?from=2019&to=2025', '/search?q=Kim']) {
      await open(path, 1280, true);
      await page.locator('main h2').first().waitFor();
      await page.waitForLoadState('networkidle');
      const v = await seriousViolations(page);
      if (v.length) found[path] = v;
      await page.close();
    }
    expect(found).toEqual({});
    await open(`${CHART}?at=2010-03-01`, 390);
    await expect.poll(() => ministerRow().textContent()).toContain('Pak Ui-chun');
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
    await shot('phone');
    await page.close();
  }, 180_000);

  it('a name containing HTML is shown as text, never run', async () => {
    const token = server.cli('users', 'add', 'xss-editor', '--role', 'editor').trim().split(/\s+/).pop()!;
    const evil = '<img src=x onerror=alert(1)>';
    const res = await fetch(`${server.address}/api/people`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ id: 'html-name', name: evil, source: { title: 'A test of escaping', url: 'https://example.org/' } }),
    });
    expect(res.status).toBe(201);
    await open('/person/html-name');
    await expect.poll(() => page.locator('#person-title').textContent()).toContain(evil);
    await page.goto(`${server.address}/search?q=${encodeURIComponent('img src')}`);
    await page.locator('main h2').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('an editor signs in, ends the minister\'s appointment, and the chart shows the post empty after it', async () => {
    const token = server.cli('users', 'add', 'web-editor', '--role', 'editor').trim().split(/\s+/).pop()!;
    await open('/sign-in');
    await page.locator('#token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('.account').textContent()).toContain('web-editor');
    await page.goto(`${server.address}/post/${encodeURIComponent(MINISTER)}`);
    // The sign-in lasts for the tab: the app asks the API who the token is again after a reload.
    await expect.poll(() => page.locator('.account').textContent(), { timeout: 20_000 }).toContain('web-editor');
    const row = page.locator('tr', { hasText: 'Choe Son-hui' });
    await row.getByRole('button', { name: /End/ }).click();
    // A bad date is refused next to its field, and nothing changes.
    await row.locator('input[name="end"]').fill('2026-13-45');
    await row.locator('input[name="sourceTitle"]').fill('Test announcement');
    await row.getByRole('button', { name: 'End appointment' }).click();
    await expect.poll(() => row.locator('.field-error').first().textContent()).toBeTruthy();
    await row.locator('input[name="end"]').fill('2026-01-15');
    await row.getByRole('button', { name: 'End appointment' }).click();
    await expect.poll(() => page.locator('tr', { hasText: 'Choe Son-hui' }).textContent()).toContain('15 January 2026');
    await page.goto(`${server.address}${CHART}?at=2026-03-01`);
    await expect.poll(() => ministerRow().getAttribute('class')).toMatch(/status-(vacant|no-data)/);
    expect(await ministerRow().textContent()).not.toContain('Choe Son-hui');
    await page.goto(`${server.address}${CHART}?at=2025-06-01`);
    await expect.poll(() => ministerRow().textContent()).toContain('Choe Son-hui');
    // A transfer recorded on a unit's page moves the country on the map from its date on.
    await page.goto(`${server.address}/unit/${encodeURIComponent('ministry-of-foreign-affairs-north-korea/european-affairs-department-2')}`);
    await page.getByText('Record a transfer of responsibility').click();
    await page.locator('#transfer-subject').fill('Sweden');
    await page.locator('#transfer-to').fill('European Affairs Department 1');
    await page.locator('#transfer-date').fill('2025-02-01');
    await page.locator('#transfer-source-title').fill('Test restructuring note');
    await page.getByRole('button', { name: 'Record transfer' }).click();
    await expect.poll(() => page.locator('form[aria-label="Record a transfer of responsibility"] [role="status"]').textContent()).toBe('Recorded.');
    await page.goto(`${server.address}/map?at=2025-03-01`);
    await expect.poll(() => page.locator('path[data-code="SE"]').getAttribute('data-unit')).toBe('European Affairs Department 1');
    await page.goto(`${server.address}/map?at=2025-01-01`);
    await expect.poll(() => page.locator('path[data-code="SE"]').getAttribute('data-unit')).toBe('European Affairs Department 2');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
