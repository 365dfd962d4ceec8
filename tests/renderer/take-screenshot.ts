/**
 * Takes the README's pictures of the app: `npm run screenshot`. docs/app.png: the sample in
 * `banmian serve`, headless Chromium, a block selected on the grid, proof marks placed, an imported
 * article waiting in 未上版. docs/copyfit.png: a story with copy over its block, its tag on the
 * page and its badge in the article panel. docs/jump.png: that story's 下转 handle dragged onto
 * page 3, its rest set there under 上接第1版.
 */
import type { DocumentState, PageView } from '../../src-main/api/api-types.js';
import { callApi, copySample, serve } from '../helpers/serve.js';
import { openBrowser, toScreen } from '../helpers/browser.js';
import { columnLeft, lineTop } from '../../src-main/model/grid-geometry.js';
import type { Page } from 'playwright-core';

const folder = process.argv[2] ?? 'docs';

async function withApp(shoot: (page: Page, url: string) => Promise<void>): Promise<void> {
  const server = await serve(copySample());
  const browser = await openBrowser({ width: 1600, height: 1000 });
  try {
    await shoot(browser.page, server.url);
  } finally {
    try {
      await browser.close();
    } finally {
      await server.stop();
    }
  }
}

async function openAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('canvas.page-canvas[data-page="1"]').waitFor();
  await page.locator('.page-thumb canvas').nth(1).waitFor();
}

await withApp(async (page, url) => {
  await callApi(url, 'addMark', { anchor: { article: 'old-neighbourhoods', part: 'body', paragraph: 1, offset: 10 }, comment: '“加装”应为“增设”，与上文统一' });
  await callApi(url, 'addMark', { anchor: { article: 'school-ai-reading', part: 'headline', paragraph: 0, offset: 3 }, comment: '标题引号改用直角引号' });
  const article = '社区书屋通宵开放\n\n本报讯 从本周起，江北区三家社区书屋试行通宵开放，居民刷卡即可入内阅读。\n\n书屋负责人表示，将根据试行情况调整开放时间。';
  await callApi(url, 'importArticles', { files: [{ name: '社区书屋.txt', data: Buffer.from(article).toString('base64') }] });
  await callApi(url, 'save');
  await openAt(page, url);
  await page.keyboard.press('g');
  await page.locator('polygon[data-block="1"]').click({ position: { x: 30, y: 30 } });
  await page.locator('button[data-tab="unplaced"]').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${folder}/app.png` });
  console.log(`wrote ${folder}/app.png`);
});

await withApp(async (page, url) => {
  const state = await callApi<DocumentState>(url, 'getState');
  const paragraphs = state.articles.find((a) => a.id === 'autumn-harvest')?.paragraphs ?? [];
  const more = '今年全市新建高标准农田十二万亩，灌排设施同步改造，秋粮单产比上年提高百分之六。';
  await callApi(url, 'editArticle', { article: 'autumn-harvest', changes: { paragraphs: [...paragraphs, more, more] } });
  await openAt(page, url);
  await page.locator('[data-copyfit="autumn-harvest"]').waitFor();
  await page.locator('polygon[data-article="autumn-harvest"]').first().click({ position: { x: 30, y: 30 } });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${folder}/copyfit.png` });
  console.log(`wrote ${folder}/copyfit.png`);
});

await withApp(async (page, url) => {
  const state = await callApi<DocumentState>(url, 'getState');
  const paragraphs = state.articles.find((a) => a.id === 'autumn-harvest')?.paragraphs ?? [];
  const more = '今年全市新建高标准农田十二万亩，灌排设施同步改造，秋粮单产比上年提高百分之六。';
  await callApi(url, 'editArticle', { article: 'autumn-harvest', changes: { paragraphs: [...paragraphs, ...Array(8).fill(more)] } });
  await callApi(url, 'addPage', { at: 3, template: 'broadsheet', section: '经济', editor: '李强' });
  await openAt(page, url);
  await page.locator('polygon[data-article="autumn-harvest"]').first().click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.locator('canvas.page-canvas[data-page="3"]').waitFor();
  const handle = await page.locator('.jump-handle').boundingBox();
  if (!handle) throw new Error('no 下转 handle');
  const grid = (await callApi<PageView>(url, 'getPage', { page: 3 })).grid;
  const to = await toScreen(page, url, columnLeft(grid, 1) + grid.columnWidth / 2, lineTop(grid, 0.5));
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.waitForTimeout(400);
  await page.mouse.up();
  await page.locator('polygon[data-article="autumn-harvest"]').waitFor();
  await page.locator('polygon[data-article="autumn-harvest"]').click({ position: { x: 30, y: 30 } });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${folder}/jump.png` });
  console.log(`wrote ${folder}/jump.png`);
});
