/**
 * Takes the README's picture of the app (docs/app.png): `npm run screenshot`. The sample in
 * `banmian serve`, headless Chromium, a block selected on the grid, proof marks placed, an imported
 * article waiting in 未上版.
 */
import { callApi, copySample, serve } from '../helpers/serve.js';
import { openBrowser } from '../helpers/browser.js';

const out = process.argv[2] ?? 'docs/app.png';
const server = await serve(copySample());
const browser = await openBrowser({ width: 1600, height: 1000 });
try {
  const page = browser.page;
  await callApi(server.url, 'addMark', { anchor: { article: 'old-neighbourhoods', part: 'body', paragraph: 1, offset: 10 }, comment: '“加装”应为“增设”，与上文统一' });
  await callApi(server.url, 'addMark', { anchor: { article: 'school-ai-reading', part: 'headline', paragraph: 0, offset: 3 }, comment: '标题引号改用直角引号' });
  const article = '社区书屋通宵开放\n\n本报讯 从本周起，江北区三家社区书屋试行通宵开放，居民刷卡即可入内阅读。\n\n书屋负责人表示，将根据试行情况调整开放时间。';
  await callApi(server.url, 'importArticles', { files: [{ name: '社区书屋.txt', data: Buffer.from(article).toString('base64') }] });
  await callApi(server.url, 'save');
  await page.goto(server.url);
  await page.locator('canvas.page-canvas[data-page="1"]').waitFor();
  await page.locator('.page-thumb canvas').nth(1).waitFor();
  await page.keyboard.press('g');
  await page.locator('polygon[data-block="1"]').click({ position: { x: 30, y: 30 } });
  await page.locator('button[data-tab="unplaced"]').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  try {
    await browser.close();
  } finally {
    await server.stop();
  }
}
