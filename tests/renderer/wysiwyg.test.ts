/**
 * WYSIWYG: the page the app shows is the page the PDF prints. The preview's canvas at 216 dpi
 * (zoom 300 %, one device pixel per CSS pixel) is compared with poppler's rendering of the proof
 * PDF of the same page at 216 dpi, over the page and run by run, and a copy of the preview with
 * one run moved 3 pt must fail the same comparison.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TextRun } from '../../src-main/model/display-list.js';
import type { Rect } from '../../src-main/model/geometry.js';
import type { ExportResult, PageView } from '../../src-main/api/api-types.js';
import { openBrowser, type TestBrowser } from '../helpers/browser.js';
import { compareRasters, decodePng, renderPdfPage, shiftRegion, type Raster } from '../helpers/pixels.js';
import { callApi, copySample, serve, type Served } from '../helpers/serve.js';

/** 216 dpi (zoom 300 %): at 144 dpi poppler's hinting of 9 pt text makes dense ideographs differ more than their position does. */
const DPI = 216;
const ZOOM = DPI / 72;
/** Share of a run's ink that must agree: measured 94.7–95.1 % at worst for correct runs, 38–47 % for a run 3 pt off. */
const RUN_AGREEMENT = 0.85;

let server: Served;
let browser: TestBrowser;
let pdf: string;

beforeAll(async () => {
  server = await serve(copySample());
  browser = await openBrowser();
  await browser.page.goto(server.url);
  pdf = (await callApi<ExportResult>(server.url, 'exportPdf', { preset: 'proof' })).file;
});

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await server?.stop();
  }
});

/** The little of the DOM these tests touch (the test build has no DOM types). */
interface CanvasLike {
  width: number;
  toDataURL(type: string): string;
}

async function previewOf(page: number): Promise<Raster> {
  const p = browser.page;
  const view = await callApi<PageView>(server.url, 'getPage', { page });
  await p.click(`.page-thumb[data-page="${page}"]`);
  await p.selectOption('select[aria-label="缩放"]', String(ZOOM));
  // Drawn once the page's outlines and pictures are loaded, at the zoom asked for.
  const selector = `canvas.page-canvas[data-page="${page}"]`;
  const canvas = p.locator(selector);
  await expect.poll(() => canvas.evaluate((c) => (c as unknown as CanvasLike).width), { timeout: 20_000 }).toBe(Math.round(view.layout.width * ZOOM));
  const png = await canvas.evaluate((c) => (c as unknown as CanvasLike).toDataURL('image/png'));
  return decodePng(Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64'));
}

/** Each body and headline run's box on the raster: from a size above its baseline to a third below. */
function runBoxes(view: PageView): Array<{ run: TextRun; box: Rect }> {
  return view.layout.items
    .filter((i): i is TextRun => i.kind === 'text' && i.glyphs.length > 0)
    .map((run) => ({ run, box: { x: run.x * ZOOM, y: (run.y - run.size) * ZOOM, w: run.glyphs.reduce((w, g) => w + g.advance, 0) * ZOOM, h: run.size * 1.3 * ZOOM } }));
}

describe('the preview draws what the PDF prints', () => {
  for (const page of [1, 2]) {
    test(`page ${page}: preview and proof PDF agree pixel for pixel, run by run`, async () => {
      const preview = await previewOf(page);
      const printed = await renderPdfPage(pdf, page, DPI);
      expect(Math.abs(preview.width - printed.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(preview.height - printed.height)).toBeLessThanOrEqual(1);
      const view = await callApi<PageView>(server.url, 'getPage', { page });
      const runs = runBoxes(view);
      const same = compareRasters(preview, printed);
      const worst = Math.min(...runs.map((r) => same.inBox(r.box)));
      console.log(`page ${page}: ${(same.share * 100).toFixed(3)} % of pixels agree; the worst of ${runs.length} runs, ${(worst * 100).toFixed(1)} % of its ink`);
      expect(same.share).toBeGreaterThanOrEqual(0.99);
      expect(worst).toBeGreaterThanOrEqual(RUN_AGREEMENT);

      // The same comparison catches one body run drawn 3 pt to the right of where the PDF has it.
      const body = runs.filter((r) => r.run.role === 'body' && r.run.glyphs.length > 8);
      const moved = body[Math.floor(body.length / 2)] as (typeof body)[number];
      const shifted = compareRasters(shiftRegion(preview, moved.box, 3 * ZOOM), printed);
      const hit = shifted.inBox(moved.box);
      console.log(`page ${page}, one run shifted 3 pt: ${(shifted.share * 100).toFixed(3)} % of pixels agree; that run, ${(hit * 100).toFixed(1)} % of its ink`);
      expect(hit).toBeLessThan(RUN_AGREEMENT);
    });
  }
});
