/**
 * The app end to end, as a layout editor and a proofreader use it: `banmian serve` on a copy of
 * the sample issue, the UI in headless Chromium, mouse and keyboard. One session, in order:
 * pages, a resize and a move by dragging, a refused drag, typing with live reflow, autosave,
 * undo, and a proof mark that stays on its character when the text before it grows.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TextRun } from '../../src-main/model/display-list.js';
import type { PageView } from '../../src-main/api/api-types.js';
import { autosavePath } from '../../src-main/session/sidecar-files.js';
import { center, toScreen, type TestBrowser } from '../helpers/browser.js';
import { documentState, pageView, openApp, type Served } from '../helpers/serve.js';

let app: Awaited<ReturnType<typeof openApp>>;
let file: string;
let server: Served;
let browser: TestBrowser;
const page = () => browser.page;
const harvest = async () => (await documentState(server.url)).articles.find((a) => a.id === 'autumn-harvest');
const runsOf = (view: PageView, article: string): TextRun[] => view.layout.items.filter((i): i is TextRun => i.kind === 'text' && i.source?.article === article);

const screenPoint = (x: number, y: number) => toScreen(page(), server.url, x, y);

async function drag(from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
  const m = page().mouse;
  await m.move(from.x, from.y);
  await m.down();
  await m.move(from.x + dx / 2, from.y + dy / 2, { steps: 4 });
  await m.move(from.x + dx, from.y + dy, { steps: 4 });
  await page().waitForTimeout(150);
  await m.up();
}

beforeAll(async () => {
  app = await openApp();
  ({ file, server, browser } = app);
});

afterAll(async () => {
  await app?.close();
});

describe('the layout app in a browser', () => {
  test('opens the sample: the pages panel lists both pages with 版次 and 版名, and a click shows a page', async () => {
    const thumbs = page().locator('.page-thumb');
    await expect.poll(() => thumbs.count()).toBe(2);
    expect(await page().title()).toBe('sample.banmian.json — 版面');
    expect(await thumbs.nth(0).locator('.thumb-label').innerText()).toBe('第1版 要闻');
    expect(await thumbs.nth(1).locator('.thumb-label').innerText()).toBe('第2版 城市');
    await thumbs.nth(1).click();
    await page().locator('canvas.page-canvas[data-page="2"]').waitFor();
    expect(await page().locator('.status-bar').innerText()).toContain('第2版 城市');
    await thumbs.nth(0).click();
    await page().locator('canvas.page-canvas[data-page="1"]').waitFor();
  });

  test('dragging the bottom handle makes a block shorter and the page reflows into it', async () => {
    const before = await pageView(server.url, 1);
    const revision = Number(await page().locator('canvas.page-canvas').getAttribute('data-revision'));
    const grid = before.grid;
    await page().locator('polygon[data-block="1"]').click();
    const handle = await center(page().locator('rect[data-handle="s"]'));
    const pitch = (await screenPoint(0, grid.pitch)).y - (await screenPoint(0, 0)).y;
    await drag(handle, 0, -2 * pitch);
    await expect.poll(async () => (await pageView(server.url, 1)).blocks[1]).toMatchObject({ article: 'autumn-harvest', top: 10, height: 33 });
    await expect.poll(async () => Number(await page().locator('canvas.page-canvas').getAttribute('data-revision'))).toBeGreaterThan(revision);
    const after = await pageView(server.url, 1);
    const bottom = grid.top + (10 + 33) * grid.pitch;
    expect(Math.max(...runsOf(after, 'autumn-harvest').map((r) => r.y))).toBeLessThan(bottom);
    expect(Math.max(...runsOf(before, 'autumn-harvest').map((r) => r.y))).toBeGreaterThan(bottom);
  });

  test('dragging a block moves it down by whole lines, text and all', async () => {
    const before = await pageView(server.url, 1);
    const { pitch } = before.grid;
    const from = await center(page().locator('polygon[data-block="1"]'));
    const step = (await screenPoint(0, pitch)).y - (await screenPoint(0, 0)).y;
    await drag(from, 0, 2 * step);
    await expect.poll(async () => (await pageView(server.url, 1)).blocks[1]).toMatchObject({ top: 12, height: 33, column: 6 });
    const kicker = (v: PageView) => runsOf(v, 'autumn-harvest').find((r) => r.source?.part === 'kicker')?.y ?? NaN;
    expect(kicker(await pageView(server.url, 1)) - kicker(before)).toBeCloseTo(2 * pitch, 3);
  });

  test('a block dropped onto another is refused with a message and stays where it was', async () => {
    const from = await center(page().locator('polygon[data-block="1"]'));
    const { grid } = await pageView(server.url, 1);
    const column = (await screenPoint(grid.columnWidth + grid.gutter, 0)).x - (await screenPoint(0, 0)).x;
    await drag(from, -3 * column, 0);
    await expect.poll(() => page().locator('.status-message.error').innerText()).toMatch(/与《.+》重叠/);
    expect((await pageView(server.url, 1)).blocks[1]).toMatchObject({ column: 6, top: 12 });
  });

  test('typing into a paragraph reflows the page while typing; the change is autosaved; undo takes it all back', async () => {
    const original = await harvest();
    await page().locator('polygon[data-block="1"]').click({ position: { x: 20, y: 20 } });
    const body = page().locator('.article-editor textarea[name="body"]');
    await expect.poll(() => body.inputValue()).toBe(original?.paragraphs.join('\n'));
    await body.click();
    await body.press('Control+Home');
    await body.pressSequentially('金秋时节，', { delay: 30 });
    await expect.poll(async () => runsOf(await pageView(server.url, 1), 'autumn-harvest').map((r) => r.text).join('')).toContain('金秋时节，');
    expect((await harvest())?.paragraphs[0]).toBe(`金秋时节，${original?.paragraphs[0]}`);
    await expect.poll(() => page().locator('.toolbar .dirty').count()).toBe(1);
    await expect.poll(() => existsSync(autosavePath(file)), { timeout: 10_000 }).toBe(true);

    await page().keyboard.press('Control+z');
    await expect.poll(async () => (await harvest())?.paragraphs[0]).toBe(original?.paragraphs[0]);
    await expect.poll(() => body.inputValue()).toBe(original?.paragraphs.join('\n'));
    await page().keyboard.press('Control+z');
    await page().keyboard.press('Control+z');
    await expect.poll(async () => (await pageView(server.url, 1)).blocks[1]).toMatchObject({ top: 10, height: 35 });
    await expect.poll(() => page().locator('.toolbar .dirty').count()).toBe(0);
    await page().keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await pageView(server.url, 1)).blocks[1]).toMatchObject({ top: 10, height: 33 });
  });

  test('a proofreader marks a character; the mark stays on it when the text before it grows', async () => {
    await page().locator('button[data-mode="proof"]').click();
    const view = await pageView(server.url, 1);
    const run = runsOf(view, 'autumn-harvest').find((r) => r.source?.part === 'body' && r.source.paragraph === 1 && r.glyphs.length > 6) as TextRun;
    const at = run.glyphs.slice(0, 3).reduce((x, g) => x + g.advance, run.x) + (run.glyphs[3]?.advance ?? 0) / 2;
    const spot = await screenPoint(at, run.y - run.size * 0.4);
    await page().mouse.click(spot.x, spot.y);
    await page().locator('.mark-draft textarea').fill('此处应为“稻茬”');
    await page().locator('.mark-draft button[type="submit"]').click();
    await expect.poll(() => page().locator('.mark-item').count()).toBe(1);
    const mark = (await documentState(server.url)).marks[0];
    const paragraph = (await harvest())?.paragraphs[1] as string;
    expect(mark?.anchor).toEqual({ article: 'autumn-harvest', part: 'body', paragraph: 1, offset: (run.source?.offset ?? 0) + 3 });
    expect(mark?.quote).toBe(paragraph[mark?.anchor.offset ?? -1]);
    expect(await page().locator('g.mark').count()).toBe(1);
    const drawnBefore = Number(await page().locator('g.mark rect.mark-box').getAttribute('x'));
    expect(drawnBefore).toBeCloseTo(at - (run.glyphs[3]?.advance ?? 0) / 2, 3);

    // Text put in at the start of that paragraph reflows it; the mark follows its character.
    await page().locator('button[data-tab="article"]').click();
    const body = page().locator('.article-editor textarea[name="body"]');
    const start = ((await harvest())?.paragraphs[0] as string).length + 1;
    await body.evaluate((t, n) => (t as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(n, n), start);
    await body.pressSequentially('今年秋天，', { delay: 30 });
    await expect.poll(async () => (await documentState(server.url)).marks[0]?.anchor.offset).toBe((mark?.anchor.offset ?? 0) + 5);
    const moved = (await documentState(server.url)).marks[0];
    expect((await harvest())?.paragraphs[1]?.[moved?.anchor.offset ?? -1]).toBe(mark?.quote);
    const reflowed = await pageView(server.url, 1);
    const target = runsOf(reflowed, 'autumn-harvest').find((r) => r.source?.part === 'body' && r.source.paragraph === 1 && (r.source.offset ?? 0) <= (moved?.anchor.offset ?? 0) && (moved?.anchor.offset ?? 0) < r.source.offset + r.text.length) as TextRun;
    const expectedX = target.glyphs.slice(0, (moved?.anchor.offset ?? 0) - (target.source?.offset ?? 0)).reduce((x, g) => x + g.advance, target.x);
    await expect.poll(async () => Number(await page().locator('g.mark rect.mark-box').getAttribute('x'))).toBeCloseTo(expectedX, 3);
    expect(expectedX).not.toBeCloseTo(drawnBefore, 1);
  });
});
