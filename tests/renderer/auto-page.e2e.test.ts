/**
 * An auto-placed page in headless Chromium, as a layout editor meets it: typing into one of its
 * stories (real key presses into the focused body editor) keeps the page as it is, now fixed as
 * blocks; a click on 重新自动排版 hands it back to auto-placement.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageView } from '../../src-main/api/api-types.js';
import type { Issue } from '../../src-main/model/issue.js';
import type { TestBrowser } from '../helpers/browser.js';
import { documentState, pageView, copySample, openApp, type Served } from '../helpers/serve.js';

let app: Awaited<ReturnType<typeof openApp>>;
let server: Served;
let browser: TestBrowser;
const page = () => browser.page;
const places = (v: PageView) => v.blocks.map((b) => [b.article, b.column, b.span, b.top, b.height].join(' '));

beforeAll(async () => {
  // The sample with page 2 laid out by auto-placement from its own articles.
  const file = copySample();
  const issue = JSON.parse(readFileSync(file, 'utf8')) as Issue;
  const second = issue.pages[1] as Issue['pages'][number];
  issue.pages[1] = { ...second, blocks: [], articles: second.blocks.map((b) => b.article).filter((a) => a !== 'lead-metro') };
  writeFileSync(file, JSON.stringify(issue));
  app = await openApp(file);
  ({ server, browser } = app);
});

afterAll(async () => {
  await app?.close();
});

describe('an auto-placed page', () => {
  test('typing into a story keeps the page as it is; 重新自动排版 places it anew', async () => {
    await page().locator('.page-thumb').nth(1).click();
    await page().locator('canvas.page-canvas[data-page="2"]').waitFor();
    await expect.poll(() => page().locator('.auto-note').count()).toBe(1);
    const auto = await pageView(server.url, 2);
    const story = auto.blocks[0]?.article as string;
    const before = (await documentState(server.url)).articles.find((a) => a.id === story)?.paragraphs[0] as string;

    await page().locator('polygon[data-block="0"]').click({ position: { x: 20, y: 20 } });
    const body = page().locator('.article-editor textarea[name="body"]');
    await expect.poll(async () => (await body.inputValue()).startsWith(before)).toBe(true);
    await body.click();
    await body.press('Control+Home');
    await body.pressSequentially('据悉，', { delay: 40 });
    await expect.poll(async () => (await documentState(server.url)).articles.find((a) => a.id === story)?.paragraphs[0]).toBe(`据悉，${before}`);
    await expect.poll(() => page().locator('.auto-note').count()).toBe(0);
    expect((await documentState(server.url)).pages[1]?.auto).toBe(false);
    expect(places(await pageView(server.url, 2))).toEqual(places(auto));

    await page().locator('button[data-cmd="auto-place"]').click();
    await expect.poll(async () => (await documentState(server.url)).pages[1]?.auto).toBe(true);
    await expect.poll(() => page().locator('.auto-note').count()).toBe(1);
    expect(await page().locator('.status-bar').innerText()).toContain('第2版已重新自动排版');
    expect((await documentState(server.url)).undo).toBe('第2版重新自动排版');
  });
});
