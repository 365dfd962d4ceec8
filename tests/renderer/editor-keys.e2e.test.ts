/**
 * Keys and pickers as a person uses them, in headless Chromium: arrow presses faster than the
 * session answers, a proofreader typing straight into the comment box she just opened, and the
 * same article file imported twice.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TextRun } from '../../src-main/model/display-list.js';
import { toScreen, type TestBrowser } from '../helpers/browser.js';
import { documentState, openApp, pageView, type Served } from '../helpers/serve.js';

let app: Awaited<ReturnType<typeof openApp>>;
let server: Served;
let browser: TestBrowser;
const page = () => browser.page;
const errors: string[] = [];
const block = async (pageNumber: number, article: string) => (await pageView(server.url, pageNumber)).blocks.find((b) => b.article === article);

beforeAll(async () => {
  app = await openApp();
  ({ server, browser } = app);
  page().on('pageerror', (e) => errors.push(e.message));
});

afterAll(async () => {
  await app?.close();
});

describe('keys', () => {
  test('three ArrowDown presses in quick succession move the block three lines', async () => {
    await page().locator('.page-thumb[data-page="2"]').click();
    await page().locator('canvas.page-canvas[data-page="2"]').waitFor();
    // Room below the small-business story: the block under it taken off.
    await page().locator('polygon[data-article="city-football-final"]').click();
    await page().keyboard.press('Delete');
    await expect.poll(async () => (await documentState(server.url)).unplaced).toEqual(['city-football-final']);
    const before = await block(2, 'small-business-tax');
    await page().locator('polygon[data-article="small-business-tax"]').click({ position: { x: 20, y: 20 } });
    await page().route('**/api/placeBlock', async (route) => {
      await new Promise((r) => setTimeout(r, 200));
      await route.continue();
    });
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('ArrowDown');
    await expect.poll(async () => (await block(2, 'small-business-tax'))?.top, { timeout: 5000 }).toBe((before?.top ?? 0) + 3);
    await page().waitForTimeout(500);
    expect((await block(2, 'small-business-tax'))?.top).toBe((before?.top ?? 0) + 3);
    await page().unroute('**/api/placeBlock');
    await page().keyboard.press('Control+z');
    await expect.poll(async () => (await block(2, 'small-business-tax'))?.top).toBe((before?.top ?? 0) + 2);
  });

  test('a proofreader clicks a character and types her comment at once: the keys go into the box, not to shortcuts', async () => {
    await page().locator('.page-thumb[data-page="1"]').click();
    await page().locator('canvas.page-canvas[data-page="1"]').waitFor();
    await page().locator('button[data-mode="proof"]').click();
    const gridBefore = await page().locator('button[data-cmd="grid"]').getAttribute('class');
    const view = await pageView(server.url, 1);
    const run = view.layout.items.find((i): i is TextRun => i.kind === 'text' && i.source?.article === 'autumn-harvest' && i.source.part === 'body' && i.glyphs.length > 6) as TextRun;
    const x = run.glyphs.slice(0, 2).reduce((w, g) => w + g.advance, run.x) + (run.glyphs[2]?.advance ?? 0) / 2;
    const spot = await toScreen(page(), server.url, x, run.y - run.size * 0.4);
    await page().mouse.click(spot.x, spot.y);
    await page().locator('.mark-draft textarea').waitFor();
    await page().keyboard.type('g 改为“该”');
    expect(await page().locator('.mark-draft textarea').inputValue()).toBe('g 改为“该”');
    expect(await page().locator('button[data-cmd="grid"]').getAttribute('class')).toBe(gridBefore);
    await page().keyboard.press('Control+Enter');
    await expect.poll(async () => (await documentState(server.url)).marks.map((m) => m.comment)).toEqual(['g 改为“该”']);
    await page().locator('button[data-mode="layout"]').click();
  });

  test('PageDown and PageUp turn the pages, and stop at the last and the first', async () => {
    await page().locator('.page-thumb[data-page="1"]').click();
    const shown = () => page().locator('canvas.page-canvas').getAttribute('data-page');
    await expect.poll(shown).toBe('1');
    await page().keyboard.press('PageDown');
    await expect.poll(shown).toBe('2');
    await page().keyboard.press('PageDown');
    await page().waitForTimeout(200);
    expect(await shown()).toBe('2');
    await page().keyboard.press('PageUp');
    await expect.poll(shown).toBe('1');
    await page().keyboard.press('PageUp');
    await page().waitForTimeout(200);
    expect(await shown()).toBe('1');
  });
});

describe('headline', () => {
  test('Enter typed into 主题 breaks the headline there: two lines, no missing-glyph box', async () => {
    await page().locator('.page-thumb[data-page="1"]').click();
    await page().locator('polygon[data-article="autumn-harvest"]').click({ position: { x: 20, y: 20 } });
    const field = page().locator('.article-editor textarea[name="headline"]');
    const before = (await documentState(server.url)).articles.find((a) => a.id === 'autumn-harvest')?.headline ?? '';
    await field.click();
    await field.press('Control+Home');
    for (let i = 0; i < 4; i++) await page().keyboard.press('ArrowRight');
    await page().keyboard.press('Enter');
    const headline = async () => (await documentState(server.url)).articles.find((a) => a.id === 'autumn-harvest')?.headline;
    await expect.poll(headline, { timeout: 5000 }).toBe(`${before.slice(0, 4)}\n${before.slice(4)}`);
    const view = await pageView(server.url, 1);
    const lines = view.layout.items.filter((i): i is TextRun => i.kind === 'text' && i.source?.article === 'autumn-harvest' && i.source.part === 'headline');
    expect(lines.map((l) => l.text)).toEqual([before.slice(0, 4), before.slice(4)]);
    expect(lines.flatMap((l) => l.glyphs).filter((g) => g.id === 0)).toEqual([]);
    expect((await documentState(server.url)).diagnostics.filter((d) => d.kind === 'missing-glyph')).toEqual([]);
  });
});

describe('import', () => {
  test('the same file chosen twice is imported twice, and the page throws nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'banmian-import-')), '社区快讯.txt');
    writeFileSync(file, '社区食堂开进老小区\n\n本报讯　城南街道的社区食堂本周开门，每天供应午餐和晚餐，老人凭卡享受优惠。\n');
    const count = async (): Promise<number> => (await documentState(server.url)).articles.filter((a) => a.headline === '社区食堂开进老小区').length;
    const picker = page().locator('input[name="article-files"]');
    await picker.setInputFiles(file);
    await expect.poll(count).toBe(1);
    await picker.setInputFiles(file);
    await expect.poll(count).toBe(2);
    expect(errors).toEqual([]);
  });
});
