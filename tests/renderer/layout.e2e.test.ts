/**
 * The layout editor's and proofreader's day in headless Chromium, through `banmian serve` on a
 * copy of the sample: a block taken off and dragged back from the unplaced list, a refused drop,
 * pages added, renamed, reordered by dragging and deleted, and a mark placed and exported in the
 * marked proof PDF. BANMIAN_SHOTS=dir keeps a screenshot of each step there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TextRun } from '../../src-main/model/display-list.js';
import { columnLeft, lineTop } from '../../src-main/model/grid-geometry.js';
import { center, toScreen, type TestBrowser } from '../helpers/browser.js';
import { documentState, pageView, openApp, type Served } from '../helpers/serve.js';

let app: Awaited<ReturnType<typeof openApp>>;
let server: Served;
let browser: TestBrowser;
const page = () => browser.page;
const shot = async (name: string): Promise<void> => {
  if (process.env.BANMIAN_SHOTS) await page().screenshot({ path: join(process.env.BANMIAN_SHOTS, `${name}.png`) });
};

/** The screen point of a grid cell's middle on the page shown. */
async function cell(column: number, line: number): Promise<{ x: number; y: number }> {
  const g = (await pageView(server.url, Number(await page().locator('canvas.page-canvas').getAttribute('data-page')))).grid;
  return toScreen(page(), server.url, columnLeft(g, column) + g.columnWidth / 2, lineTop(g, line + 0.5));
}

async function dragTo(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const m = page().mouse;
  await m.move(from.x, from.y);
  await m.down();
  await m.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await m.move(to.x, to.y, { steps: 5 });
  await page().waitForTimeout(300);
  await m.up();
}

const jumps = async (): Promise<string[]> => {
  const out: string[] = [];
  for (const p of (await documentState(server.url)).pages) {
    const text = (await pageView(server.url, p.number)).layout.items.filter((i): i is TextRun => i.kind === 'text').map((r) => r.text).join('');
    out.push(`${p.number}${p.section}:${(text.match(/（[上下][转接]第\d+版）/g) ?? []).join('')}`);
  }
  return out;
};

beforeAll(async () => {
  app = await openApp();
  ({ server, browser } = app);
});

afterAll(async () => {
  await app?.close();
});

describe('placing articles', () => {
  test('撤下 takes a block off; the article is listed as unplaced; dragging it onto the page places it, fitted', async () => {
    await page().locator('.page-thumb[data-page="2"]').click();
    await page().locator('canvas.page-canvas[data-page="2"]').waitFor();
    await page().locator('polygon[data-article="city-football-final"]').click();
    await page().locator('button[data-cmd="remove-block"]').click();
    await expect.poll(async () => (await documentState(server.url)).unplaced).toEqual(['city-football-final']);
    expect(await page().locator('.status-message').innerText()).toBe('已撤下《锦水队3∶1逆转夺得冠军》，稿件回到未上版');
    await page().locator('button[data-tab="unplaced"]').click();
    const item = page().locator('.unplaced-item[data-article="city-football-final"]');
    await item.waitFor();
    expect(await page().locator('button[data-tab="unplaced"] .badge').innerText()).toBe('1');
    expect(await item.innerText()).toContain('原 4 栏');

    // Dropped on the free corner it left (columns 1–4 from line 78): in the four columns it had, whatever the picker said.
    await page().locator('button[data-span="2"]').click();
    await dragTo(await center(item), await cell(1, 78));
    await expect.poll(async () => (await documentState(server.url)).unplaced).toEqual([]);
    const placed = (await pageView(server.url, 2)).blocks.find((b) => b.article === 'city-football-final');
    expect(placed).toMatchObject({ column: 1, span: 4, top: 78 });
    expect(placed?.height).toBeLessThanOrEqual(14);
    expect((await documentState(server.url)).undo).toBe('上版《锦水队3∶1逆转夺得冠军》');
    await shot('placed');
  });

  test('an article dropped onto another block is refused with a message and stays unplaced', async () => {
    await page().keyboard.press('Control+z');
    await expect.poll(async () => (await documentState(server.url)).unplaced).toEqual(['city-football-final']);
    const item = page().locator('.unplaced-item[data-article="city-football-final"]');
    const m = page().mouse;
    await m.move(...Object.values(await center(item)) as [number, number]);
    await m.down();
    const over = await cell(5, 20);
    await m.move(over.x, over.y, { steps: 8 });
    await expect.poll(() => page().locator('.ghost.drop.refused').count()).toBe(1);
    await expect.poll(() => page().locator('.drop-refusal').innerText()).toMatch(/与《.+》重叠/);
    await shot('refused-drop');
    await m.up();
    await expect.poll(() => page().locator('.status-message.error').innerText()).toMatch(/与《.+》重叠/);
    expect((await documentState(server.url)).unplaced).toEqual(['city-football-final']);
  });

  test('Delete takes the selected block off; undo puts it back', async () => {
    await page().locator('polygon[data-article="elderly-canteen"]').click();
    await page().keyboard.press('Delete');
    await expect.poll(async () => (await documentState(server.url)).unplaced).toContain('elderly-canteen');
    await page().keyboard.press('Control+z');
    await expect.poll(async () => (await documentState(server.url)).unplaced).not.toContain('elderly-canteen');
  });
});

describe('pages', () => {
  test('a page added, renamed, dragged to another place and deleted; 下转/上接 follow the numbers', async () => {
    expect(await jumps()).toEqual(['1要闻:（下转第2版）', '2城市:（上接第1版）']);
    await page().locator('.page-thumb[data-page="1"]').click();
    await page().locator('button[data-cmd="add-page"]').click();
    const form = page().locator('form.page-form');
    await form.locator('input[name="section"]').fill('专题');
    await form.locator('input[name="editor"]').fill('王芳');
    await form.locator('button[type="submit"]').click();
    await expect.poll(async () => (await documentState(server.url)).pages.map((p) => p.section)).toEqual(['要闻', '专题', '城市']);
    await expect.poll(() => page().locator('.page-thumb').count()).toBe(3);
    expect(await jumps()).toEqual(['1要闻:（下转第3版）', '2专题:', '3城市:（上接第1版）']);

    await page().locator('button[data-edit="2"]').click();
    await form.locator('input[name="section"]').fill('专题报道');
    await form.locator('input[name="proofreader"]').fill('钱进');
    await form.locator('button[type="submit"]').click();
    await expect.poll(async () => (await documentState(server.url)).pages[1]).toMatchObject({ section: '专题报道', proofreader: '钱进' });

    // 城市 dragged above 要闻: it becomes page 1, and lead-metro now starts there.
    await dragTo(await center(page().locator('.page-thumb[data-page="3"]')), { ...(await center(page().locator('.page-thumb[data-page="1"]'))), y: ((await page().locator('.page-thumb[data-page="1"]').boundingBox())?.y ?? 0) + 10 });
    await expect.poll(async () => (await documentState(server.url)).pages.map((p) => p.section)).toEqual(['城市', '要闻', '专题报道']);
    expect(await jumps()).toEqual(['1城市:（下转第2版）', '2要闻:（上接第1版）', '3专题报道:']);
    expect(await page().locator('.page-thumb .thumb-label').allInnerTexts()).toEqual(['第1版 城市', '第2版 要闻', '第3版 专题报道']);
    await shot('pages-reordered');

    await page().locator('button[data-edit="3"]').click();
    await form.locator('button[data-cmd="delete-page"]').click();
    await form.locator('button[data-cmd="confirm-delete-page"]').click();
    await expect.poll(async () => (await documentState(server.url)).pages.map((p) => p.section)).toEqual(['城市', '要闻']);
    await page().keyboard.press('Control+z');
    await page().keyboard.press('Control+z');
    await expect.poll(async () => (await documentState(server.url)).pages.map((p) => p.section)).toEqual(['要闻', '专题报道', '城市']);
  });
});

describe('proofreading', () => {
  test('a proofreader marks a character with her name and exports the marked proof PDF', async () => {
    await page().locator('.page-thumb[data-page="1"]').click();
    await page().locator('button[data-mode="proof"]').click();
    const view = await pageView(server.url, 1);
    const run = view.layout.items.find((i): i is TextRun => i.kind === 'text' && i.source?.article === 'autumn-harvest' && i.source.part === 'body' && i.glyphs.length > 6) as TextRun;
    const canvas = await page().locator('canvas.page-canvas').boundingBox();
    const zoom = (canvas?.width ?? 0) / view.layout.width;
    const x = run.glyphs.slice(0, 2).reduce((w, g) => w + g.advance, run.x) + (run.glyphs[2]?.advance ?? 0) / 2;
    await page().mouse.click((canvas?.x ?? 0) + x * zoom, (canvas?.y ?? 0) + (run.y - run.size * 0.4) * zoom);
    await page().locator('.mark-draft textarea').fill('“亩产”后加“约”');
    await page().locator('.mark-draft input[name="author"]').fill('周明');
    await page().locator('.mark-draft button[type="submit"]').click();
    await expect.poll(async () => (await documentState(server.url)).marks.length).toBe(1);
    expect((await documentState(server.url)).marks[0]).toMatchObject({ author: '周明', comment: '“亩产”后加“约”' });

    await page().locator('button[data-cmd="export-proof"]').click();
    await expect.poll(() => page().locator('.status-message').innerText(), { timeout: 20_000 }).toMatch(/已导出 .*sample-marked-proof\.pdf（\d+ KB，1 条校对标记）/);
    const file = (await page().locator('.status-message').innerText()).match(/已导出 (.*?\.pdf)/)?.[1] as string;
    expect(existsSync(file)).toBe(true);
    const pdf = readFileSync(file, 'latin1');
    expect(pdf.match(/\/Subtype \/Highlight/g)).toHaveLength(1);
    await shot('proof');
  });
});
