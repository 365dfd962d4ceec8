/**
 * The page canvas drawn again only where a keystroke changed it (draw/changed-areas.ts) shows what
 * drawing the whole page shows: typed with real keys into a story, the canvas is read, then the
 * page is drawn whole (page 2 shown, then page 1 again) and read again; they differ at most in
 * the antialiasing of a few glyph edges an area's border cuts.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TestBrowser } from '../helpers/browser.js';
import { openApp } from '../helpers/serve.js';

let app: Awaited<ReturnType<typeof openApp>>;
let browser: TestBrowser;
const page = () => browser.page;
const revision = () => page().locator('canvas.page-canvas').getAttribute('data-revision');
/** The canvas's pixels, kept in the page under `name` (they are large), after two frames so it is painted. */
const keep = (name: string) =>
  page().evaluate<number>(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => {
    const c = document.querySelector('canvas.page-canvas');
    window['${name}'] = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    r(c.width * c.height);
  })))`);

beforeAll(async () => {
  app = await openApp();
  ({ browser } = app);
});

afterAll(async () => {
  await app?.close();
});

test('a page drawn again where the typing changed it is the page drawn whole, but for a few edge pixels by a few levels', async () => {
  await page().locator('polygon[data-article="autumn-harvest"]').click({ position: { x: 30, y: 30 } });
  const body = page().locator('.article-editor textarea[name="body"]');
  await body.click();
  await body.press('Control+Home');
  const before = await revision();
  await page().keyboard.type('今天', { delay: 80 });
  await expect.poll(revision).not.toBe(before);
  await page().waitForTimeout(400);
  const pixels = await keep('partial');
  expect(pixels).toBeGreaterThan(100_000);
  await page().locator('.page-thumb[data-page="2"]').click();
  await expect.poll(() => page().locator('canvas.page-canvas').getAttribute('data-page')).toBe('2');
  await page().locator('.page-thumb[data-page="1"]').click();
  await expect.poll(() => page().locator('canvas.page-canvas').getAttribute('data-page')).toBe('1');
  await keep('whole');
  // Skia antialiases a glyph cut by a clip's edge a shade differently: those few pixels may differ by a few levels.
  const [differing, most] = await page().evaluate<[number, number]>(`(() => {
    let n = 0, most = 0;
    for (let i = 0; i < window.whole.length; i += 4) {
      let d = 0;
      for (let k = 0; k < 4; k++) d = Math.max(d, Math.abs(window.whole[i + k] - window.partial[i + k]));
      if (d) { n++; most = Math.max(most, d); }
    }
    return [n, most];
  })()`);
  expect(differing).toBeLessThan(pixels / 10_000);
  expect(most).toBeLessThanOrEqual(24);
  // And the typing is on it: the story's text changed, not only an untouched canvas compared with itself.
  const changedFromStart = await page().evaluate(`document.querySelector('.article-editor textarea[name="body"]').value.startsWith('今天')`);
  expect(changedFromStart).toBe(true);
});
