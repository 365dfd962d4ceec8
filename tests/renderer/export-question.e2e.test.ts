/**
 * Export with errors asks first: while a story is overset, 导出印厂PDF opens a question naming the
 * errors by kind; 取消 writes nothing and shows the check list, 仍然导出 writes the PDF and reports
 * its findings in Chinese.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CommandResult } from '../../src-main/api/api-types.js';
import type { TestBrowser } from '../helpers/browser.js';
import { callApi, documentState, openApp, type Served } from '../helpers/serve.js';

let app: Awaited<ReturnType<typeof openApp>>;
let server: Served;
let browser: TestBrowser;
const page = () => browser.page;

beforeAll(async () => {
  app = await openApp();
  ({ server, browser } = app);
});

afterAll(async () => {
  await app?.close();
});

test('an overset story: the export asks first; 取消 writes nothing, 仍然导出 writes the PDF with its findings in Chinese', async () => {
  const harvest = (await documentState(server.url)).articles.find((a) => a.id === 'autumn-harvest');
  const longer = [...(harvest?.paragraphs ?? []), '今年全市新建高标准农田十二万亩，灌排设施同步改造，田间道路硬化到村到组。'.repeat(12)];
  // The script writes only once the window has left (a window holds the pen while it is open).
  await page().goto('about:blank');
  await expect.poll(async () => (await documentState(server.url)).access.writes).toBe(true);
  const edited = await callApi<CommandResult>(server.url, 'editArticle', { article: 'autumn-harvest', changes: { paragraphs: longer } });
  expect(edited.ok).toBe(true);
  await page().goto(server.url);
  await page().locator('canvas.page-canvas[data-page="1"]').waitFor();
  const pdf = app.file.replace(/\.banmian\.json$/, '-plant.pdf');
  // The overset is marked on the page itself, at the foot of the story's block (copyfit).
  expect(await page().locator('[data-copyfit="autumn-harvest"] text').textContent()).toMatch(/^超 \d+ 字 · 约 \d+ 行$/);

  await page().locator('button', { hasText: '导出印厂PDF' }).click();
  const question = page().locator('.export-question');
  await question.waitFor();
  expect(await question.locator('.export-errors').innerText()).toMatch(/^超版 1 处/);
  // The question has the keys: g does not reach the grid, Enter answers the focused 取消.
  await page().keyboard.press('g');
  expect(await page().locator('button[data-cmd="grid"]').getAttribute('class')).not.toContain('on');
  await page().keyboard.press('Enter');
  await expect.poll(() => question.count()).toBe(0);
  expect(await page().locator('button[data-tab="check"]').getAttribute('aria-selected')).toBe('true');
  expect(existsSync(pdf)).toBe(false);

  await page().locator('button', { hasText: '导出印厂PDF' }).click();
  await page().locator('button[data-cmd="export-anyway"]').click();
  await expect.poll(() => page().locator('.status-message').innerText(), { timeout: 30_000 }).toMatch(/^已导出/);
  expect(existsSync(pdf)).toBe(true);
  const status = await page().locator('.status-message').innerText();
  expect(status).toMatch(/条提示：第1版 《江城秋粮总产再创新高》超出 \d+ 字/);
  expect(status).not.toMatch(/do not fit/);
});
