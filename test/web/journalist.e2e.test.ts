import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, requireBrowser, seriousViolations, serve, type Served } from '../support/browser.js';

// A journalist's questions, asked of the bundled registry in English and in Korean, with the keyboard only and on a
// phone-width screen: each answer must be one sentence at the top of its view, in the reader's language.
requireBrowser();
const SHOTS = process.env['CHANCERY_SCREENSHOTS'];
const ORG = '/o/ministry-of-foreign-affairs-north-korea';
const MINISTER = 'ministry-of-foreign-affairs-north-korea:minister-of-foreign-affairs';

interface Words {
  lang: 'en' | 'ko';
  chartAnswer: string;
  countries: Record<'SE' | 'JP' | 'KR', string>;
  routeTitle: (country: string) => string;
  person: { title: string; predecessor: string; successor: string; predecessorLabel: string };
  diffAnswer: string;
  notFound: string;
  invalidDate: string;
}

const WORDS: Words[] = [
  {
    lang: 'en', chartAnswer: 'Minister of Foreign Affairs on 1 March 2010: Pak Ui-chun, since May 2007.',
    countries: { SE: 'Sweden', JP: 'Japan', KR: 'South Korea' }, routeTitle: (c) => `Who handles ${c} on`,
    person: { title: 'Pak Ui-chun 박의춘', predecessor: 'Kang Sok-ju', successor: 'Ri Su-yong', predecessorLabel: 'Predecessor' },
    diffAnswer: 'What changed in 2024: 0 changes of holders, 1 of responsibilities', notFound: 'There is no such page', invalidDate: 'Chancery cannot read this date',
  },
  {
    lang: 'ko', chartAnswer: '2010년 3월 1일 Minister of Foreign Affairs: 박의춘 (Pak Ui-chun) (2007년 5월부터).',
    countries: { SE: '스웨덴', JP: '일본', KR: '대한민국' }, routeTitle: (c) => `${c} 담당`,
    person: { title: '박의춘 (Pak Ui-chun)', predecessor: '강석주 (Kang Sok-ju)', successor: '리수용 (Ri Su-yong)', predecessorLabel: '전임' },
    diffAnswer: '2024년 변경: 재임자 변경 0건, 담당 변경 1건', notFound: '그런 페이지가 없습니다', invalidDate: '이 날짜를 읽을 수 없습니다',
  },
];

/** Who handles each country on the two dates, as the registry's sources give it (South Korea moved in May 2024). */
const HANDLED: Record<string, Record<'SE' | 'JP' | 'KR', string>> = {
  '2023-06-01': { SE: 'European Affairs Department 2', JP: 'Asia Affairs Department 1', KR: 'United Front Department (North Korea)' },
  '2025-06-01': { SE: 'European Affairs Department 2', JP: 'Asia Affairs Department 1', KR: 'Ministry of Foreign Affairs (North Korea)' },
};

/** The views a keyboard walk and axe visit, in both languages. */
const VIEWS = ['/', `${ORG}?at=2010-03-01`, `${ORG}/map?at=2010-03-01&country=SE`, `${ORG}/timeline`, '/person/pak-ui-chun', `/post/${encodeURIComponent(MINISTER)}`, `${ORG}/diff?in=2024`, '/search?q=Kim'];

describe.skipIf(!hasBrowser)('a journalist in Chromium, in English and Korean', () => {
  let server: Served;
  let browser: Browser;
  const pageErrors: string[] = [];
  const loads: Record<string, number> = {};

  beforeAll(async () => {
    server = await serve();
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    console.log(`page loads (navigation to its answer or heading, ms): ${JSON.stringify(loads)}`);
    await browser?.close();
    await server?.stop();
  });
  const open = async (path: string, lang: string, width = 1280, bypassCSP = false): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP, locale: lang === 'ko' ? 'ko-KR' : 'en-GB' });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const t0 = Date.now();
    await page.goto(`${server.address}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
    await page.locator('main h2').first().waitFor();
    await page.locator('.answer').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    loads[`${lang} ${width} ${path}`] ??= Date.now() - t0;
    return page;
  };
  const shot = async (page: Page, name: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  };

  for (const w of WORDS) {
    describe(`in ${w.lang === 'en' ? 'English' : 'Korean'}`, () => {
      it('answers "who was minister on 1 March 2010" in one sentence at the top of the chart', async () => {
        for (const width of [1280, 390]) {
          const page = await open(`${ORG}?at=2010-03-01`, w.lang, width);
          await expect.poll(() => page.locator('[data-answer="chart"]').textContent()).toBe(w.chartAnswer);
          expect(await page.evaluate('document.documentElement.lang')).toBe(w.lang);
          // The answer is in the first screen, above the chart, also on a phone.
          const box = (await page.locator('[data-answer="chart"]').boundingBox())!;
          expect(box.y + box.height).toBeLessThan(900);
          await shot(page, `chart-${w.lang}-${width}`);
          await page.close();
        }
      });

      it('says which unit handles Sweden, Japan and South Korea in 2023 and 2025, from the country picker with the keyboard', async () => {
        for (const [at, units] of Object.entries(HANDLED)) {
          const page = await open(`${ORG}/map?at=${at}`, w.lang, 390);
          for (const code of ['SE', 'JP', 'KR'] as const) {
            await page.locator('#country-input').focus();
            await page.keyboard.type(w.countries[code]);
            await page.keyboard.press('Enter');
            const panel = page.locator('.route-panel');
            await expect.poll(() => panel.locator('#route-title').textContent(), { message: `${code} ${at}` }).toContain(w.routeTitle(w.countries[code]));
            await expect.poll(() => panel.locator('[data-answer="route"]').textContent(), { message: `${code} ${at}` }).toContain(units[code]);
            // The answer came into view and took focus.
            await expect.poll(() => page.evaluate('document.activeElement?.classList.contains("route-panel")')).toBe(true);
            const box = (await panel.boundingBox())!;
            expect(box.y).toBeLessThan(900);
            expect(box.y + 40).toBeGreaterThan(0);
          }
          if (at === '2025-06-01') await shot(page, `map-${w.lang}-390`);
          await page.close();
        }
        // A unit keeps its colour across dates: Sweden's department is the same colour in 2023 and 2025.
        const fills: string[] = [];
        for (const at of ['2023-06-01', '2025-06-01']) {
          const page = await open(`${ORG}/map?at=${at}&country=SE`, w.lang);
          const sweden = page.locator('path[data-code="SE"]');
          await expect.poll(() => sweden.getAttribute('data-unit')).toBe('European Affairs Department 2');
          fills.push((await sweden.getAttribute('fill'))!);
          if (at === '2025-06-01') await shot(page, `map-${w.lang}-1280`);
          await page.close();
        }
        expect(fills[0]).toBe(fills[1]);
      });

      it("leads a person's page with the career, with predecessor and successor links", async () => {
        for (const width of [1280, 390]) {
          const page = await open('/person/pak-ui-chun', w.lang, width);
          await expect.poll(() => page.locator('#person-title').textContent()).toBe(w.person.title);
          const term = page.locator('li.career-term', { hasText: 'Minister of Foreign Affairs' }).first();
          await expect.poll(() => term.locator('.predecessor').textContent()).toContain(w.person.predecessor);
          expect(await term.locator('.predecessor').textContent()).toContain(w.person.predecessorLabel);
          expect(await term.locator('.successor').textContent()).toContain(w.person.successor);
          // The career comes before the names.
          const career = (await page.locator('ol.career').boundingBox())!;
          const names = (await page.locator('details.names-box').boundingBox())!;
          expect(career.y).toBeLessThan(names.y);
          await shot(page, `person-${w.lang}-${width}`);
          // The successor's link leads to his page, where Pak is his predecessor.
          await term.locator('.successor a').focus();
          await page.keyboard.press('Enter');
          await expect.poll(async () => (await page.locator('.neighbours').allTextContents()).join(' | ')).toContain(w.lang === 'en' ? 'Pak Ui-chun' : '박의춘');
          await page.close();
        }
      });

      it('says what changed in 2024 (the whole year), from the year picker', async () => {
        const page = await open(`${ORG}/diff?in=2023`, w.lang);
        await page.locator('#diff-year').focus();
        await page.keyboard.press('ArrowUp');
        await expect.poll(() => new URL(page.url()).searchParams.get('in')).toBe('2024');
        await expect.poll(() => page.locator('[data-answer="diff"]').textContent()).toContain(w.diffAnswer);
        expect(await page.locator('article').textContent()).toContain('United Front Department (North Korea)');
        await shot(page, `diff-${w.lang}-1280`);
        await page.close();
      });

      it('opens a suggestion with ArrowDown and Enter, and has its own pages for an unknown address, id and date', async () => {
        const page = await open('/', w.lang);
        await page.locator('#search-input').focus();
        await page.keyboard.type('박의춘');
        await page.locator('#search-suggestions li').first().waitFor();
        await page.keyboard.press('ArrowDown');
        expect(await page.locator('#search-input').getAttribute('aria-activedescendant')).toBe('suggestion-0');
        await page.keyboard.press('Enter');
        await expect.poll(() => new URL(page.url()).pathname).toBe('/person/pak-ui-chun');
        for (const [path, heading] of [['/no/such/page', w.notFound], ['/person/nobody-at-all', w.lang === 'en' ? 'No person with this id' : '인물'], [`${ORG}?at=2010-13-45`, w.invalidDate]] as const) {
          await page.goto(`${server.address}${path}${path.includes('?') ? '&' : '?'}lang=${w.lang}`);
          await expect.poll(() => page.locator('main h2').textContent(), { message: path }).toContain(heading);
          expect(await page.locator('body').textContent()).not.toContain('"error"');
        }
        await page.close();
      });

      it('reaches every control of each view with Tab, and the skip link moves focus to the content', async () => {
        const walk: Record<string, { stops: number; missed: string[] }> = {};
        for (const path of VIEWS) {
          const page = await open(path, w.lang);
          await page.waitForLoadState('networkidle');
          // Every visible control of the page, marked so the walk can tell which it reached.
          const controls = (await page.evaluate(`(() => {
            const all = [...document.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]')].filter((e) => e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) && !e.closest('[hidden]') && !e.closest('details:not([open]) > :not(summary)'));
            all.forEach((e, i) => e.setAttribute('data-kw', String(i)));
            return all.length;
          })()`)) as number;
          // A view that puts its answer in focus (the map with a country chosen) starts its walk there; others at the skip link.
          if (await page.evaluate('document.activeElement === document.body')) {
            await page.keyboard.press('Tab');
            expect(await page.evaluate('document.activeElement?.className'), path).toBe('skip');
            await page.keyboard.press('Enter');
            expect(await page.evaluate('document.activeElement?.id'), path).toBe('main');
          }
          // Where each Tab lands, recorded in the page (a round trip per Tab would make the walk slow).
          await page.evaluate(`(() => { window.__reached = new Set(); document.addEventListener('focusin', (e) => { const k = e.target.getAttribute?.('data-kw'); if (k) window.__reached.add(k); }); })()`);
          for (let i = 0; i < controls + 20; i++) await page.keyboard.press('Tab');
          const missed = (await page.evaluate(`[...document.querySelectorAll('[data-kw]')].filter((e) => !window.__reached.has(e.getAttribute('data-kw'))).map((e) => e.outerHTML.slice(0, 80))`)) as string[];
          walk[path] = { stops: controls, missed };
          await page.close();
        }
        console.log(`keyboard walk (${w.lang}): ${JSON.stringify(Object.fromEntries(Object.entries(walk).map(([p, r]) => [p, `${r.stops} controls, ${r.missed.length} missed`])))}`);
        expect(Object.fromEntries(Object.entries(walk).filter(([, r]) => r.missed.length))).toEqual({});
        // A timeline bar takes focus and opens its term with Enter.
        const page = await open(`${ORG}/timeline`, w.lang);
        const bar = page.locator('g.bar[data-person="pak-ui-chun"]');
        await bar.focus();
        expect(await page.evaluate('document.activeElement?.getAttribute("data-person")')).toBe('pak-ui-chun');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.term-detail').textContent()).toContain(w.lang === 'en' ? '18 May 2007' : '2007년 5월 18일');
        await shot(page, `timeline-${w.lang}-1280`);
        await page.close();
      }, 300_000);

      it('fits a phone: compact header, no sideways scrolling, the holders table as cards, tap targets of 24 px', async () => {
        for (const path of VIEWS) {
          const page = await open(path, w.lang, 390);
          await page.waitForLoadState('networkidle');
          expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1'), path).toBe(true);
          const header = (await page.locator('header.top').boundingBox())!;
          expect(header.height, path).toBeLessThan(240);
          const small = (await page.evaluate(`[...document.querySelectorAll('header a, header button, header input, header select, .country-picker input, .country-picker button, #diff-year, .neighbours a')]
            .filter((e) => e.getClientRects().length > 0).map((e) => [e.outerHTML.slice(0, 60), e.getBoundingClientRect().height]).filter(([, h]) => h < 24)`)) as unknown[];
          expect(small, path).toEqual([]);
          if (path.startsWith('/post/')) {
            expect(await page.locator('table.holders-table tr').nth(1).evaluate((e) => (globalThis as unknown as { getComputedStyle: (x: unknown) => { display: string } }).getComputedStyle(e).display)).toBe('block');
            await shot(page, `post-${w.lang}-390`);
          }
          if (path.startsWith(`${ORG}/timeline`)) await shot(page, `timeline-${w.lang}-390`);
          await page.close();
        }
      });

      it('has no serious accessibility violation (axe-core) on any view', async () => {
        const found: Record<string, unknown[]> = {};
        for (const path of VIEWS) {
          const page = await open(path, w.lang, 1280, true);
          await page.waitForLoadState('networkidle');
          const v = await seriousViolations(page);
          if (v.length) found[path] = v;
          await page.close();
        }
        expect(found).toEqual({});
        expect(pageErrors).toEqual([]);
      }, 300_000);
    });
  }
});
