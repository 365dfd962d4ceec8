/**
 * The peer of the bench's day of copy: headless Chromium printing a page of HTML (the same copy
 * in CSS columns, written by day-copy-bench.ts) to PDF. A process of its own, so that the bench
 * times it whole, spawn to exit, as it times Banmian's CLI:
 * `node dist/tests/bench/chromium-columns.js PAGE.html OUT.pdf CHROMIUM`.
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [html, pdf, executablePath] = process.argv.slice(2);
if (!html || !pdf || !executablePath) throw new Error('usage: chromium-columns.js PAGE.html OUT.pdf CHROMIUM');

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  // Print only once every face is in: a fallback font would make the peer's work lighter.
  await page.evaluate('document.fonts.ready.then(() => document.fonts.size)');
  await page.pdf({ path: pdf, preferCSSPageSize: true });
} finally {
  await browser.close();
}
