/**
 * 查找替换 in the browser face, by keyboard and mouse: Ctrl+F from the article editor puts the keys
 * in the find field; Enter goes from place to place, lit on its page; a place on page 2 is clicked
 * in the list; 替换 changes one place and goes on to the next, 全部替换 the rest; Ctrl+Z undoes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findText } from '../../src-main/model/find-text.js';
import type { TestBrowser } from '../helpers/browser.js';
import { documentState, openApp, type Served } from '../helpers/serve.js';

let app: Awaited<ReturnType<typeof openApp>>;
let server: Served;
let browser: TestBrowser;
const page = () => browser.page;
const count = () => page().locator('.find-count').innerText();
const shown = () => page().locator('canvas.page-canvas').getAttribute('data-page');
const hitsOf = async (text: string): Promise<number> => findText((await documentState(server.url)).articles, { find: text }).length;

beforeAll(async () => {
  app = await openApp();
  ({ server, browser } = app);
});

afterAll(async () => {
  await app?.close();
});

describe('find and replace', () => {
  test('Ctrl+F in the article editor puts the keys in the find field; the places are counted and Enter goes from one to the next', async () => {
    await page().locator('polygon[data-article="autumn-harvest"]').click({ position: { x: 30, y: 30 } });
    await page().locator('.article-editor textarea[name="body"]').click();
    await page().keyboard.press('Control+f');
    await expect.poll(() => page().evaluate('document.activeElement && document.activeElement.getAttribute("name")')).toBe('find');
    await page().keyboard.type('江城');
    const n = await hitsOf('江城');
    expect(n).toBeGreaterThan(10);
    await expect.poll(count).toBe(`共 ${n} 处`);
    await page().keyboard.press('Enter');
    await expect.poll(count).toBe(`第 1 处，共 ${n} 处`);
    await expect.poll(() => page().locator('rect.highlight').count()).toBe(1);
    expect(await shown()).toBe('1');
    await page().keyboard.press('Enter');
    await expect.poll(count).toBe(`第 2 处，共 ${n} 处`);
    await page().keyboard.press('Shift+Enter');
    await expect.poll(count).toBe(`第 1 处，共 ${n} 处`);
  });

  test('a place on page 2 clicked in the list shows page 2 with it lit', async () => {
    const item = page().locator('.find-item[data-page="2"] button').first();
    await item.click();
    await expect.poll(shown).toBe('2');
    await expect.poll(() => page().locator('rect.highlight').count()).toBe(1);
    expect(await page().locator('.find-item.on').getAttribute('data-page')).toBe('2');
  });

  test('替换 changes the place gone to and goes on to the next; 全部替换 changes the rest; Ctrl+Z brings them back', async () => {
    const n = await hitsOf('江城');
    await page().locator('.find-list .find-item button').first().click();
    await page().locator('input[name="replace"]').click();
    await page().keyboard.type('锦城');
    await page().locator('button[data-cmd="replace"]').click();
    await expect.poll(() => hitsOf('江城')).toBe(n - 1);
    expect((await documentState(server.url)).undo).toMatch(/^替换《.+》中的“江城”$/);
    await expect.poll(count).toBe(`第 1 处，共 ${n - 1} 处`);
    await page().locator('button[data-cmd="replace-all"]').click();
    await expect.poll(() => hitsOf('江城')).toBe(0);
    expect((await documentState(server.url)).undo).toBe(`全部替换“江城”为“锦城”（${n - 1}处）`);
    await expect.poll(count).toBe('没有找到');
    await expect.poll(() => page().locator('.status-message').innerText()).toBe(`已全部替换“江城”为“锦城”（${n - 1}处）`);
    await page().keyboard.press('Control+z');
    await expect.poll(() => hitsOf('江城')).toBe(n - 1);
    await page().keyboard.press('Control+z');
    await expect.poll(() => hitsOf('江城')).toBe(n);
  });
});
