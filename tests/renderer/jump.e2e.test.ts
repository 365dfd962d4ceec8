/**
 * 下转/上接 made in the app, with the mouse, as a layout editor continues a story too long for its
 * block: the story selected on page 1, PageDown to a later page, its 下转 handle dragged onto the
 * page; the rest of the text is set there under the repeated headline with 上接第1版, and page 1
 * says 下转第3版. A drop on the story's own page is refused with the reason.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TextRun } from '../../src-main/model/display-list.js';
import { columnLeft, lineTop } from '../../src-main/model/grid-geometry.js';
import { center, toScreen, type TestBrowser } from '../helpers/browser.js';
import { callApi, documentState, openApp, pageView, preparedSample, type Served } from '../helpers/serve.js';
import type { DocumentState } from '../../src-main/api/api-types.js';

let app: Awaited<ReturnType<typeof openApp>>;
let server: Served;
let browser: TestBrowser;
const page = () => browser.page;
const MORE = '今年全市新建高标准农田十二万亩，灌排设施同步改造，秋粮单产比上年提高百分之六。';

async function cell(column: number, line: number): Promise<{ x: number; y: number }> {
  const g = (await pageView(server.url, Number(await page().locator('canvas.page-canvas').getAttribute('data-page')))).grid;
  return toScreen(page(), server.url, columnLeft(g, column) + g.columnWidth / 2, lineTop(g, line + 0.5));
}

const jumpLines = async (n: number): Promise<string[]> =>
  (await pageView(server.url, n)).layout.items.filter((i): i is TextRun => i.kind === 'text').map((r) => r.text).join('').match(/（[上下][转接]第\d+版）/g) ?? [];

beforeAll(async () => {
  // The story made too long for its block, and an empty page 3 to continue it on (set up as a script would).
  const file = await preparedSample(async (url) => {
    const harvest = (await callApi<DocumentState>(url, 'getState')).articles.find((a) => a.id === 'autumn-harvest');
    await callApi(url, 'editArticle', { article: 'autumn-harvest', changes: { paragraphs: [...(harvest?.paragraphs ?? []), ...Array(8).fill(MORE)] } });
    await callApi(url, 'addPage', { at: 3, template: 'broadsheet', section: '经济', editor: '李强' });
  });
  app = await openApp(file);
  ({ server, browser } = app);
});

afterAll(async () => {
  await app?.close();
});

describe('下转 made in the app', () => {
  test('a drop on the story\'s own page is refused with the reason, and nothing changes', async () => {
    await page().locator('polygon[data-article="autumn-harvest"]').click({ position: { x: 30, y: 30 } });
    const handle = page().locator('.jump-handle[data-cmd="jump"]');
    await handle.waitFor();
    const m = page().mouse;
    const from = await center(handle);
    await m.move(from.x, from.y);
    await m.down();
    const to = await cell(1, 80);
    await m.move(to.x, to.y, { steps: 8 });
    await expect.poll(() => page().locator('.drop-refusal').innerText()).toBe('《江城秋粮总产再创新高》排到了第1版，下转只能接到后面的版上');
    await m.up();
    await expect.poll(() => page().locator('.status-message.error').innerText()).toContain('下转只能接到后面的版上');
    expect((await pageView(server.url, 3)).blocks).toEqual([]);
  });

  test('the 下转 handle dragged onto page 3 continues the story there; the jump lines name each page, and undo takes it back', async () => {
    expect(await page().locator('.article-facts .copyfit').getAttribute('data-copyfit')).toBe('over');
    await page().keyboard.press('PageDown');
    await page().keyboard.press('PageDown');
    await expect.poll(() => page().locator('canvas.page-canvas').getAttribute('data-page')).toBe('3');
    const handle = page().locator('.jump-handle[data-cmd="jump"]');
    const m = page().mouse;
    const from = await center(handle);
    await m.move(from.x, from.y);
    await m.down();
    const to = await cell(1, 0);
    await m.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await m.move(to.x, to.y, { steps: 5 });
    await expect.poll(() => page().locator('.ghost.drop:not(.refused)').count()).toBe(1);
    expect(await page().locator('.drag-label').innerText()).toMatch(/^下转《江城秋粮总产再创新高》 \d栏$/);
    await m.up();
    await expect.poll(async () => (await documentState(server.url)).undo).toBe('《江城秋粮总产再创新高》下转第3版');
    await expect.poll(() => page().locator('.status-message').innerText()).toBe('《江城秋粮总产再创新高》已下转第3版');
    const block = (await pageView(server.url, 3)).blocks.find((b) => b.article === 'autumn-harvest');
    expect(block).toMatchObject({ column: 1, top: 0 });
    expect((await documentState(server.url)).diagnostics.some((d) => d.kind === 'overset' && d.article === 'autumn-harvest')).toBe(false);
    expect(await jumpLines(1)).toContain('（下转第3版）');
    expect(await jumpLines(3)).toEqual(['（上接第1版）']);
    // The story now fits: its badge says so and the handle is gone.
    await expect.poll(() => page().locator('.article-facts .copyfit').getAttribute('data-copyfit')).not.toBe('over');
    expect(await handle.count()).toBe(0);
    await expect.poll(() => page().locator('polygon[data-article="autumn-harvest"]').count()).toBe(1);

    await page().locator('.page-overlay').click({ position: { x: 5, y: 5 } });
    await page().keyboard.press('Control+z');
    await expect.poll(async () => (await pageView(server.url, 3)).blocks).toEqual([]);
    expect(await jumpLines(1)).not.toContain('（下转第3版）');
  });
});
