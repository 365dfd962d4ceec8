/**
 * Photo controls in the browser face: the lead's picture came in late; the editor selects the story,
 * clicks 置入图片… and picks the file, and it is in its frame; the caption is retyped with real keys;
 * the picture is shown whole, enlarged and moved in its frame; Ctrl+Z undoes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Issue } from '../../src-main/model/issue.js';
import type { TestBrowser } from '../helpers/browser.js';
import { copySample, documentState, openApp, pageView, type Served } from '../helpers/serve.js';

let app: Awaited<ReturnType<typeof openApp>>;
let server: Served;
let browser: TestBrowser;
let folder: string;
const page = () => browser.page;
const metro = async () => (await documentState(server.url)).articles.find((a) => a.id === 'lead-metro');
const frame = async () => (await pageView(server.url, 1)).blocks.find((b) => b.article === 'lead-metro')?.photos[0];

beforeAll(async () => {
  const file = copySample();
  folder = dirname(file);
  const issue = JSON.parse(readFileSync(file, 'utf8')) as Issue;
  const lead = issue.articles.find((a) => a.id === 'lead-metro');
  if (!lead?.images[0]) throw new Error('the sample\'s lead has a photo');
  lead.images[0].src = 'missing:地铁首班车.jpg';
  writeFileSync(file, JSON.stringify(issue));
  app = await openApp(file);
  ({ server, browser } = app);
});

afterAll(async () => {
  await app?.close();
});

describe('photo controls', () => {
  test('a late picture is put into its 图片待补 frame by picking the file', async () => {
    await page().locator('polygon[data-article="lead-metro"]').click({ position: { x: 30, y: 30 } });
    const item = page().locator('.photo-item[data-image="0"]');
    expect(await item.locator('.photo-src').innerText()).toBe('图片待补（地铁首班车.jpg）');
    const chooser = page().waitForEvent('filechooser');
    await item.locator('button[data-cmd="place-picture"]').click();
    await (await chooser).setFiles(join(folder, 'metro-line5.png'));
    await expect.poll(async () => (await metro())?.images[0]?.src).toBe('metro-line5.png');
    await expect.poll(() => page().locator('.status-message').innerText()).toBe('《地铁5号线一期今晨开通运营》补上图片');
    expect((await documentState(server.url)).diagnostics.some((d) => d.kind === 'image-missing')).toBe(false);
    expect((await pageView(server.url, 1)).layout.items.some((i) => i.kind === 'image')).toBe(true);
  });

  test('the caption retyped with real keys is set when Enter is pressed', async () => {
    const caption = page().locator('.photo-item[data-image="0"] textarea[name="caption"]');
    await caption.click();
    await page().keyboard.press('Control+a');
    await page().keyboard.type('首班列车驶过锦水河特大桥。');
    await page().keyboard.press('Enter');
    await expect.poll(async () => (await metro())?.images[0]?.caption).toBe('首班列车驶过锦水河特大桥。');
  });

  test('the picture whole in its frame, enlarged by two fast presses and moved left; Ctrl+Z undoes the move', async () => {
    const item = page().locator('.photo-item[data-image="0"]');
    await item.locator('button[data-fit="fit"]').click();
    await expect.poll(async () => (await frame())?.fit).toBe('fit');
    await item.locator('button[data-fit="fill"]').click();
    await expect.poll(async () => (await frame())?.fit).toBe('fill');
    // Two presses faster than the answers: both count.
    await item.locator('button[data-cmd="photo-larger"]').click();
    await item.locator('button[data-cmd="photo-larger"]').click();
    await expect.poll(async () => (await frame())?.scale).toBe(1.56);
    await expect.poll(() => item.locator('.photo-scale').innerText()).toBe('156%');
    await item.locator('button[data-move="left"]').click();
    await expect.poll(async () => (await frame())?.focus).toEqual({ x: 0.6, y: 0.5 });
    await page().locator('.page-overlay').click({ position: { x: 5, y: 5 } });
    await page().keyboard.press('Control+z');
    await expect.poll(async () => (await frame())?.focus).toEqual({ x: 0.5, y: 0.5 });
  });
});
