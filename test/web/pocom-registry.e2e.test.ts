import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, seriousViolations, serve, type Served } from '../support/browser.js';

// The web app on another registry than the bundled one: the US Department of State's, imported from POCOM
// (../shared/data/pocom). Nothing of the North Korean ministry may show.
// The map answers from the posts for each country (a chief of mission's), as `route` does for any registry.
const POCOM = '../shared/data/pocom';
const enabled = hasBrowser && existsSync(POCOM);
const STATE = 'us-department-of-state';

describe.skipIf(!enabled)('web app on a POCOM registry (US Department of State)', () => {
  let server: Served;
  let browser: Browser;
  const loads: Record<string, number> = {};
  beforeAll(async () => {
    server = await serve((cli) => void cli('import', POCOM));
    browser = await launch();
  }, 600_000);
  afterAll(async () => {
    console.log(`page loads on the POCOM registry (ms): ${JSON.stringify(loads)}`);
    await browser?.close();
    await server?.stop();
  });
  const open = async (path: string, lang = 'en', width = 1280, bypassCSP = false): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP });
    const t0 = Date.now();
    await page.goto(`${server.address}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
    await page.locator('main h2').first().waitFor();
    await page.locator('.answer').first().waitFor({ timeout: 20_000 }).catch(() => undefined);
    loads[`${lang} ${width} ${path}`] ??= Date.now() - t0;
    return page;
  };

  it('starts with the registry\'s organizations, the Department of State first and the default', async () => {
    const page = await open('/');
    const first = page.locator('ul.org-list li').first();
    expect(await first.textContent()).toContain('United States Department of State');
    expect(await page.locator('body').textContent()).not.toContain('North Korea');
    await first.locator('a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/o/${STATE}`);
    await page.close();
  });

  it('the map shows the chief of mission to Japan on 1965-01-01, chosen from the country picker', async () => {
    for (const lang of ['en', 'ko']) {
      const page = await open(`/o/${STATE}/map?at=1965-01-01`, lang);
      await page.locator('#country-input').focus();
      await page.keyboard.type(lang === 'en' ? 'Japan' : '일본');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.route-panel').textContent(), { timeout: 20_000 }).toContain('Reischauer');
      await page.close();
    }
  });

  it('the timeline and a post work for a registry whose posts have no rank, and axe finds no serious violation', async () => {
    const page = await open(`/o/${STATE}/timeline`);
    expect(await page.locator('#timeline-title').textContent()).not.toContain('…');
    await page.close();
    for (const path of ['/', `/o/${STATE}`, `/o/${STATE}/map?at=1965-01-01&country=JP`, `/o/${STATE}/timeline`]) {
      for (const lang of ['en', 'ko']) {
        const p = await open(path, lang, 1280, true);
        await p.waitForLoadState('networkidle');
        expect(await seriousViolations(p), `${lang} ${path}`).toEqual([]);
        await p.close();
      }
    }
  }, 300_000);
});
