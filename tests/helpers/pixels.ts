/**
 * Comparing two renderings of a page pixel by pixel: the preview's canvas and poppler's
 * rendering of the PDF. Two rasterisers shade the edge pixels of a glyph differently (coverage,
 * gamma, hinting), so a pixel agrees when each image's value lies within `tolerance` of the range
 * of the other image's values around it (the pixel and its eight neighbours): anti-aliasing
 * passes, a glyph moved two pixels does not. Besides the share of agreeing pixels over the page,
 * the agreement can be read for any region (a text run): one run shifted by a few points is a
 * small share of a page but most of the ink of that run.
 */
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';

export interface Raster {
  width: number;
  height: number;
  /** RGB, 3 bytes a pixel. */
  data: Uint8Array;
}

export async function decodePng(png: Buffer): Promise<Raster> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

/** One page of a PDF rendered by poppler at `dpi`. */
export async function renderPdfPage(pdf: string, page: number, dpi: number): Promise<Raster> {
  const png = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', pdf], { maxBuffer: 256 << 20 });
  return decodePng(png);
}

export interface Agreement {
  /** Share of compared pixels that agree. */
  share: number;
  /** Share of the inked pixels (dark in either image) inside a box that agree. */
  inBox(box: { x: number; y: number; w: number; h: number }): number;
}

/** Whether channel `c` of pixel (x, y) of `a` lies within `tol` of the values of `b` around (x, y). */
function within(a: Raster, b: Raster, x: number, y: number, c: number, tol: number): boolean {
  const v = a.data[(y * a.width + x) * 3 + c] as number;
  let lo = 255;
  let hi = 0;
  for (let yy = Math.max(0, y - 1); yy <= Math.min(b.height - 1, y + 1); yy++) {
    for (let xx = Math.max(0, x - 1); xx <= Math.min(b.width - 1, x + 1); xx++) {
      const w = b.data[(yy * b.width + xx) * 3 + c] as number;
      if (w < lo) lo = w;
      if (w > hi) hi = w;
    }
  }
  return v >= lo - tol && v <= hi + tol;
}

export function compareRasters(a: Raster, b: Raster, tolerance = 32): Agreement {
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  // 0: blank and agreeing, 1: inked and agreeing, 2: blank and not, 3: inked and not.
  const state = new Uint8Array(width * height);
  let bad = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * a.width + x) * 3;
      const j = (y * b.width + x) * 3;
      let agree = true;
      let ink = false;
      for (let c = 0; c < 3; c++) {
        const p = a.data[i + c] as number;
        const q = b.data[j + c] as number;
        if (p < 200 || q < 200) ink = true;
        if (p !== q && !(within(a, b, x, y, c, tolerance) && within(b, a, x, y, c, tolerance))) agree = false;
      }
      if (!agree) bad++;
      state[y * width + x] = (ink ? 1 : 0) | (agree ? 0 : 2);
    }
  }
  return {
    share: 1 - bad / (width * height),
    inBox(box) {
      let ink = 0;
      let inkBad = 0;
      for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(height, Math.ceil(box.y + box.h)); y++) {
        for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(width, Math.ceil(box.x + box.w)); x++) {
          const s = state[y * width + x] as number;
          if (s & 1) {
            ink++;
            if (s & 2) inkBad++;
          }
        }
      }
      return ink === 0 ? 1 : 1 - inkBad / ink;
    },
  };
}

/** A copy of `r` with the pixels of a rectangle moved right by `dx` (what a run set `dx` too far right looks like). */
export function shiftRegion(r: Raster, box: { x: number; y: number; w: number; h: number }, dx: number): Raster {
  const data = Uint8Array.from(r.data);
  const x0 = Math.max(0, Math.floor(box.x));
  const x1 = Math.min(r.width, Math.ceil(box.x + box.w));
  const y0 = Math.max(0, Math.floor(box.y));
  const y1 = Math.min(r.height, Math.ceil(box.y + box.h));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1 + dx && x < r.width; x++) {
      const from = x - dx;
      for (let c = 0; c < 3; c++) data[(y * r.width + x) * 3 + c] = from >= x0 && from < x1 ? (r.data[(y * r.width + from) * 3 + c] as number) : 255;
    }
  }
  return { ...r, data };
}
