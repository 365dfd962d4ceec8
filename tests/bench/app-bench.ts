/**
 * The app's figures (`npm run bench:app`): opening the sample in a document session, the reflow
 * after a one-character edit and after a block resize (the session's own compose time and the
 * whole command), the same edit through `banmian serve` over HTTP, as the browser sends it; in
 * headless Chromium, a key pressed into the article editor until the reflowed page is on screen,
 * beside the browser's own echo of the key in the field; and how far autosave falls behind
 * continuous typing.
 */
import { cpSync, existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DocumentSession } from '../../src-main/session/document-session.js';
import { SAMPLE_FILE } from '../helpers/sample.js';
import { autosavePath } from '../../src-main/session/sidecar-files.js';
import { callApi, openApp, serve } from '../helpers/serve.js';

const copy = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'banmian-bench-'));
  cpSync(dirname(SAMPLE_FILE), dir, { recursive: true });
  return join(dir, 'sample.banmian.json');
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (n: number): string => `${n.toFixed(1)} ms`;

let t = performance.now();
const session = DocumentSession.open(copy(), { autosaveMs: 60_000 });
console.log(`open the sample (fonts, 2 pages composed): ${ms(performance.now() - t)}`);

const base = (await session.getState()).articles.find((a) => a.id === 'autumn-harvest')?.paragraphs ?? [];
const keystroke = { compose: [] as number[], command: [] as number[] };
for (let i = 0; i < 30; i++) {
  const paragraphs = [`${'金'.repeat(i + 1)}${base[0]}`, ...base.slice(1)];
  t = performance.now();
  const r = await session.editArticle({ article: 'autumn-harvest', changes: { paragraphs } });
  keystroke.command.push(performance.now() - t);
  keystroke.compose.push(r.state.composeMs);
}
console.log(`one character typed (page 1 reflows), median of 30: compose ${ms(median(keystroke.compose))}, whole command ${ms(median(keystroke.command))}`);

const resize = { compose: [] as number[], command: [] as number[] };
for (let i = 0; i < 20; i++) {
  t = performance.now();
  const r = await session.placeBlock({ page: 1, block: 1, column: 6, span: 3, top: 10, height: i % 2 ? 35 : 33 });
  resize.command.push(performance.now() - t);
  resize.compose.push(r.state.composeMs);
}
console.log(`block resized (page 1 reflows), median of 20: compose ${ms(median(resize.compose))}, whole command ${ms(median(resize.command))}`);
session.close();

const server = await serve(copy());
try {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const paragraphs = [`${'秋'.repeat(i + 1)}${base[0]}`, ...base.slice(1)];
    t = performance.now();
    await callApi(server.url, 'editArticle', { article: 'autumn-harvest', changes: { paragraphs } });
    await callApi(server.url, 'getPage', { page: 1 });
    times.push(performance.now() - t);
  }
  console.log(`over HTTP (banmian serve, session in a worker): edit + fetch the reflowed page, median of 20: ${ms(median(times))}`);
} finally {
  await server.stop();
}

// Key to screen in the browser face: from the keydown until the page canvas shows the new
// revision (two frames later, so it has been painted); the peer is the field's own echo of the key.
// Run in the page (as text: this program has no DOM types); `window.timing` resolves to both.
const ARM_TIMING = `(() => {
  const canvas = document.querySelector('canvas.page-canvas');
  const field = document.querySelector('.article-editor textarea[name="body"]');
  const before = canvas.getAttribute('data-revision');
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))));
  window.timing = new Promise((resolve) => {
    let t0 = 0;
    let echoed = Promise.resolve(0);
    field.addEventListener('keydown', () => (t0 = performance.now()), { once: true });
    field.addEventListener('input', () => (echoed = frame()), { once: true });
    const seen = new MutationObserver(() => {
      if (canvas.getAttribute('data-revision') === before) return;
      seen.disconnect();
      void Promise.all([echoed, frame()]).then(([e, s]) => resolve([e - t0, s - t0]));
    });
    seen.observe(canvas, { attributes: true });
  });
})()`;
const app = await openApp(copy());
try {
  const page = app.browser.page;
  await page.locator('polygon[data-block="1"]').click({ position: { x: 20, y: 20 } });
  const body = page.locator('.article-editor textarea[name="body"]');
  await body.click();
  await body.press('Control+Home');
  const screen: number[] = [];
  const echo: number[] = [];
  for (let i = 0; i < 20; i++) {
    await page.evaluate(ARM_TIMING);
    // A Latin key: Playwright types a Chinese character as inserted text, with no keydown to time from.
    await page.keyboard.press('a');
    const [e, s] = await page.evaluate<[number, number]>('window.timing');
    echo.push(e);
    screen.push(s);
    await page.waitForTimeout(150);
  }
  const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] as number;
  console.log(`key to screen in the browser face (headless Chromium, page 1 reflows), 20 keys: median ${ms(median(screen))}, p95 ${ms(p95(screen))}; the field's own echo of the key: median ${ms(median(echo))}`);
} finally {
  await app.close();
}

// Autosave behind continuous typing: an edit every 150 ms for 6 s; for each, the time until an
// autosave written after it is on disk. The bound is 2 s.
{
  const file = copy();
  const typing = DocumentSession.open(file);
  const written: number[] = [];
  let last = 0;
  const watch = setInterval(() => {
    const path = autosavePath(file);
    const m = existsSync(path) ? statSync(path).mtimeMs : 0;
    if (m !== last) {
      last = m;
      written.push(performance.now());
    }
  }, 5);
  const edits: number[] = [];
  const start = performance.now();
  for (let i = 0; performance.now() - start < 6000; i++) {
    const paragraphs = [`${'粮'.repeat((i % 40) + 1)}${base[0]}`, ...base.slice(1)];
    await typing.editArticle({ article: 'autumn-harvest', changes: { paragraphs } });
    edits.push(performance.now());
    await new Promise((r) => setTimeout(r, 150));
  }
  await new Promise((r) => setTimeout(r, 2500));
  clearInterval(watch);
  typing.close();
  const lags = edits.map((e) => (written.find((w) => w >= e) ?? Number.POSITIVE_INFINITY) - e);
  console.log(`autosave behind typing (an edit every 150 ms for 6 s, ${edits.length} edits): median ${ms(median(lags))}, worst ${ms(Math.max(...lags))} (bound 2,000 ms)`);
}
