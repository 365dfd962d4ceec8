/**
 * Two windows on one issue, in headless Chromium (issue 11, item 5): the second opens read-only
 * and follows the first; it takes over only after saying yes, and the first then reads. Before,
 * both wrote and one window's headline replaced the other's without a word.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { documentState, openApp, type Served } from '../helpers/serve.js';

let app: Awaited<ReturnType<typeof openApp>>;
let server: Served;
let first: Page;
let second: Page;

const headlineField = (p: Page) => p.locator('.article-editor textarea[name="headline"]');
const headlineOnFile = async (): Promise<string | undefined> => (await documentState(server.url)).articles.find((a) => a.id === 'riverside-park')?.headline;

async function openArticle(p: Page): Promise<void> {
  await p.locator('select.article-picker').selectOption('riverside-park');
  await headlineField(p).waitFor();
}

beforeAll(async () => {
  app = await openApp();
  server = app.server;
  first = app.browser.page;
  await openArticle(first);
  second = await app.browser.context.newPage();
  await second.goto(server.url);
  await second.locator('canvas.page-canvas[data-page="1"]').waitFor();
  await openArticle(second);
});

afterAll(async () => {
  await app?.close();
});

test('the second window reads: a bar says so, its fields take no keys, and it follows what the first types', async () => {
  await expect.poll(() => second.locator('.read-only').isVisible()).toBe(true);
  expect(await second.locator('.read-only').innerText()).toMatch(/只读.*另一个窗口.*正在编辑这期报纸/s);
  expect(await first.locator('.read-only').count()).toBe(0);

  const before = await headlineOnFile();
  await headlineField(second).click();
  await second.keyboard.press('End');
  await second.keyboard.type('乙');
  expect(await headlineField(second).inputValue()).toBe(before);

  await headlineField(first).click();
  await first.keyboard.press('End');
  await first.keyboard.type('甲');
  await expect.poll(headlineOnFile).toBe(`${before}甲`);
  await expect.poll(() => headlineField(second).inputValue(), { timeout: 6000 }).toBe(`${before}甲`);
});

test('接管编辑 asks first; then the second writes and the first reads, and nothing of either is lost', async () => {
  const before = await headlineOnFile();
  await second.locator('button[data-cmd="take-over"]').click();
  expect(await second.locator('.read-only').innerText()).toMatch(/接管后，另一个窗口变为只读/);
  await second.locator('button', { hasText: '取消' }).click();
  expect(await second.locator('button[data-cmd="take-over"]').isVisible()).toBe(true);

  await second.locator('button[data-cmd="take-over"]').click();
  await second.locator('button[data-cmd="take-over-yes"]').click();
  await expect.poll(() => second.locator('.read-only').count()).toBe(0);
  await headlineField(second).click();
  await second.keyboard.press('End');
  await second.keyboard.type('乙');
  await expect.poll(headlineOnFile).toBe(`${before}乙`);

  await expect.poll(() => first.locator('.read-only').isVisible(), { timeout: 6000 }).toBe(true);
  await expect.poll(() => headlineField(first).inputValue(), { timeout: 6000 }).toBe(`${before}乙`);
  await headlineField(first).click();
  await first.keyboard.press('End');
  await first.keyboard.type('甲');
  await first.waitForTimeout(300);
  expect(await headlineOnFile()).toBe(`${before}乙`);
  expect(await headlineField(first).inputValue()).toBe(`${before}乙`);
});

test('when the writing window closes, the other one writes again by itself', async () => {
  await second.close();
  await expect.poll(() => first.locator('.read-only').count(), { timeout: 6000 }).toBe(0);
  const before = await headlineOnFile();
  await headlineField(first).click();
  await first.keyboard.press('End');
  await first.keyboard.type('丙');
  await expect.poll(headlineOnFile).toBe(`${before}丙`);
});
