/**
 * Headline controls in the browser face: the story's block selected, its headline set in 小初 from
 * the list, in 30 pt typed with real keys, to the left, vertical, 引题 and 副题 swapped, and a size
 * that would print over the story below refused with the reason; Ctrl+Z undoes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestBrowser } from '../helpers/browser.js';
import { documentState, openApp, pageView, type Served } from '../helpers/serve.js';

let app: Awaited<ReturnType<typeof openApp>>;
let server: Served;
let browser: TestBrowser;
const page = () => browser.page;
const title = async () => (await pageView(server.url, 1)).blocks.find((b) => b.article === 'autumn-harvest')?.title;

beforeAll(async () => {
  app = await openApp();
  ({ server, browser } = app);
});

afterAll(async () => {
  await app?.close();
});

describe('headline controls', () => {
  test('size from the 号 list and in pt typed, alignment and vertical setting; each shows on the page and undoes', async () => {
    await page().locator('polygon[data-article="autumn-harvest"]').click({ position: { x: 30, y: 30 } });
    const controls = page().locator('fieldset.headline-controls');
    await controls.waitFor();
    await controls.locator('select[name="headline-size"]').selectOption('小初');
    await expect.poll(async () => (await title())?.own).toEqual({ size: '小初' });
    expect((await title())?.size).toBe(36);
    await controls.locator('input[name="headline-pt"]').click();
    await page().keyboard.type('30');
    await page().keyboard.press('Enter');
    await expect.poll(async () => (await title())?.own).toEqual({ size: 30 });
    await expect.poll(() => controls.locator('legend small').innerText()).toMatch(/^30 pt/);
    await controls.locator('button[data-align="left"]').click();
    await expect.poll(async () => (await title())?.own).toEqual({ size: 30, align: 'left' });
    await controls.locator('button[data-setting="vertical"]').click();
    await expect.poll(async () => (await title())?.setting).toBe('vertical');
    await page().locator('.page-overlay').click({ position: { x: 5, y: 5 } });
    await page().keyboard.press('Control+z');
    await expect.poll(async () => (await title())?.setting).toBe('across');
    expect((await documentState(server.url)).undo).toBe('修改《江城秋粮总产再创新高》标题对齐');
  });

  test('引题⇄副题 swaps the two tiers; a size that would cover the story below is refused with the reason', async () => {
    await page().locator('polygon[data-article="autumn-harvest"]').click({ position: { x: 30, y: 30 } });
    const controls = page().locator('fieldset.headline-controls');
    const before = (await documentState(server.url)).articles.find((a) => a.id === 'autumn-harvest');
    await controls.locator('button[data-cmd="swap-tiers"]').click();
    await expect.poll(async () => (await documentState(server.url)).articles.find((a) => a.id === 'autumn-harvest')?.kicker).toBe(before?.subhead);
    expect((await documentState(server.url)).articles.find((a) => a.id === 'autumn-harvest')?.subhead).toBe(before?.kicker);
    await controls.locator('input[name="headline-pt"]').click();
    await page().keyboard.type('150');
    await page().keyboard.press('Enter');
    await expect.poll(() => page().locator('.status-message.error').innerText()).toMatch(/^《江城秋粮总产再创新高》的标题放不下/);
    expect((await title())?.size).toBe(30);
  });
});
