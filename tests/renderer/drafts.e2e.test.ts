/**
 * The article editor's own text wins: typed with real key presses while the session's replies
 * come late, refused by the session, or left by switching to another article, what the editor
 * typed stays in the field, the caret where it was, until the page has it or the editor gives it up.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestBrowser } from '../helpers/browser.js';
import { documentState, openApp, type Served } from '../helpers/serve.js';

let app: Awaited<ReturnType<typeof openApp>>;
let server: Served;
let browser: TestBrowser;
const page = () => browser.page;
const body = () => page().locator('.article-editor textarea[name="body"]');
const article = async (id: string) => (await documentState(server.url)).articles.find((a) => a.id === id);
const caret = (): Promise<number> => body().evaluate((t) => (t as unknown as { selectionStart: number }).selectionStart);

beforeAll(async () => {
  app = await openApp();
  ({ server, browser } = app);
});

afterAll(async () => {
  await app?.close();
});

describe('the article editor keeps what is typed', () => {
  test('one key every 300 ms while each reflow reply takes 400 ms: no character is lost and the caret stays put', async () => {
    const original = await article('autumn-harvest');
    await page().route('**/api/editArticle', async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await page().locator('polygon[data-block="1"]').click({ position: { x: 20, y: 20 } });
    await expect.poll(() => body().inputValue()).toBe(original?.paragraphs.join('\n'));
    await body().click();
    await body().press('Control+Home');
    const typed = '金秋十月稻谷满仓，农户笑开颜。';
    for (const [i, ch] of [...typed].entries()) {
      await page().keyboard.type(ch);
      await page().waitForTimeout(300);
      expect(await caret()).toBe(i + 1);
    }
    expect(await body().inputValue()).toBe(`${typed}${original?.paragraphs.join('\n')}`);
    await expect.poll(async () => (await article('autumn-harvest'))?.paragraphs[0], { timeout: 5000 }).toBe(`${typed}${original?.paragraphs[0]}`);
    await page().waitForTimeout(600);
    expect(await body().inputValue()).toBe(`${typed}${original?.paragraphs.join('\n')}`);
    expect(await caret()).toBe([...typed].length);
    await page().unroute('**/api/editArticle');
  });

  test('a paste the session refuses stays in the field with the reason, across a switch to another article, until given up', async () => {
    await page().locator('.article-picker').selectOption('riverside-park');
    const original = await article('riverside-park');
    await expect.poll(() => body().inputValue()).toBe(original?.paragraphs.join('\n'));
    await body().click();
    await body().press('Control+End');
    const paste = '长'.repeat(200_001);
    await page().keyboard.insertText(paste);
    const notice = page().locator('.draft-refused');
    await expect.poll(() => notice.innerText(), { timeout: 10_000 }).toMatch(/正文太长：200,\d{3} 字，一篇最多 200,000 字/);
    expect((await article('riverside-park'))?.paragraphs).toEqual(original?.paragraphs);

    await page().locator('.article-picker').selectOption('autumn-harvest');
    await expect.poll(() => body().inputValue()).toBe((await article('autumn-harvest'))?.paragraphs.join('\n'));
    expect(await page().locator('.article-picker option[value="riverside-park"]').innerText()).toMatch(/未排上版/);
    await page().locator('.article-picker').selectOption('riverside-park');
    expect((await body().inputValue()).endsWith(paste)).toBe(true);
    await expect.poll(() => notice.count()).toBe(1);

    await notice.locator('button').click();
    await expect.poll(() => body().inputValue()).toBe(original?.paragraphs.join('\n'));
    expect(await notice.count()).toBe(0);
    // The field takes typing again.
    await body().press('Control+End');
    await page().keyboard.type('完');
    await expect.poll(async () => (await article('riverside-park'))?.paragraphs.at(-1)).toBe(`${original?.paragraphs.at(-1)}完`);
  });
});
