/**
 * Several blocks at once in the browser face: Shift+click gathers two stories, a mouse drag moves
 * both, the arrow keys nudge both; Ctrl+X cuts them, PageDown, Ctrl+V pastes them on page 3 where
 * they stood; Ctrl+D makes a copy (副本) of a story in 未上版. Each one undoable step.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { columnLeft, lineTop } from '../../src-main/model/grid-geometry.js';
import { center, toScreen, type TestBrowser } from '../helpers/browser.js';
import { callApi, documentState, openApp, pageView, preparedSample, type Served } from '../helpers/serve.js';

let app: Awaited<ReturnType<typeof openApp>>;
let server: Served;
let browser: TestBrowser;
const page = () => browser.page;
const top = async (n: number, article: string) => (await pageView(server.url, n)).blocks.find((b) => b.article === article)?.top;
const NANMEN = 'nanmen-market-reopens';
const TAX = 'small-business-tax';

beforeAll(async () => {
  // Page 2 without its last story (room below the two to be moved), and an empty page 3.
  const file = await preparedSample(async (url) => {
    await callApi(url, 'removeBlock', { page: 2, block: 6 });
    await callApi(url, 'addPage', { at: 3, template: 'broadsheet', section: '社会', editor: '李强' });
  });
  app = await openApp(file);
  ({ server, browser } = app);
});

afterAll(async () => {
  await app?.close();
});

describe('groups and the clipboard', () => {
  test('Shift+click gathers two blocks; a drag moves both by the same lines; an arrow key nudges both', async () => {
    await page().locator('.page-thumb[data-page="2"]').click();
    await page().locator('canvas.page-canvas[data-page="2"]').waitFor();
    await page().locator(`polygon[data-article="${NANMEN}"]`).click({ position: { x: 40, y: 40 } });
    await page().locator(`polygon[data-article="${TAX}"]`).click({ position: { x: 40, y: 40 }, modifiers: ['Shift'] });
    await expect.poll(() => page().locator('polygon.block.selected').count()).toBe(2);
    const g = (await pageView(server.url, 2)).grid;
    const from = await center(page().locator(`polygon[data-article="${NANMEN}"]`));
    const a = await toScreen(page(), server.url, columnLeft(g, 1), lineTop(g, 14));
    const b = await toScreen(page(), server.url, columnLeft(g, 1), lineTop(g, 28));
    const m = page().mouse;
    await m.move(from.x, from.y);
    await m.down();
    await m.move(from.x, from.y + (b.y - a.y) / 2, { steps: 4 });
    await m.move(from.x, from.y + (b.y - a.y), { steps: 4 });
    await expect.poll(() => page().locator('rect.ghost.group').count()).toBe(1);
    await m.up();
    await expect.poll(() => top(2, NANMEN)).toBe(28);
    expect(await top(2, TAX)).toBe(73);
    expect((await documentState(server.url)).undo).toBe('移动2块稿件');
    await page().keyboard.press('ArrowUp');
    await page().keyboard.press('ArrowUp');
    await expect.poll(() => top(2, TAX)).toBe(71);
    expect(await top(2, NANMEN)).toBe(26);
  });

  test('Ctrl+X cuts the two; on page 3 Ctrl+V puts them where they stood, as one step', async () => {
    await page().keyboard.press('Control+x');
    await expect.poll(async () => (await documentState(server.url)).unplaced.sort()).toEqual(['city-football-final', NANMEN, TAX].sort());
    await page().keyboard.press('PageDown');
    await expect.poll(() => page().locator('canvas.page-canvas').getAttribute('data-page')).toBe('3');
    await page().keyboard.press('Control+v');
    await expect.poll(async () => (await documentState(server.url)).undo).toBe('粘贴2块稿件');
    expect(await top(3, NANMEN)).toBe(26);
    expect(await top(3, TAX)).toBe(71);
    expect((await documentState(server.url)).unplaced).not.toContain(NANMEN);
  });

  test('Ctrl+D makes a copy of the selected story in 未上版', async () => {
    await page().locator(`polygon[data-article="${TAX}"]`).click({ position: { x: 40, y: 40 } });
    await page().keyboard.press('Control+d');
    await expect.poll(async () => (await documentState(server.url)).unplaced).toContain(`${TAX}-copy`);
    await expect.poll(() => page().locator('.status-message').innerText()).toMatch(/^已创建《.+》的副本，在未上版$/);
  });
});
