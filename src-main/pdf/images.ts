/**
 * Images for the plant: converted to CMYK JPEG with sharp (libvips, its built-in CMYK profile)
 * and downsampled to the preset's resolution at placed size (too low a resolution is reported by
 * preflight, from the PDF). sharp writes Adobe-style inverted
 * CMYK JPEGs, which is what pdfkit's DCT embedding (Decode [1 0 …]) expects.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Severity } from '../model/display-list.js';
import type { ExportPreset } from './presets.js';

export interface PreparedImage {
  /** JPEG (CMYK) bytes, or the original file when it could not be converted. */
  data: Buffer;
  /** Effective resolution at placed size after preparation, pixels per inch. */
  ppi: number;
  notes: Array<{ severity: Severity; message: string; zh: string }>;
}

type Sharp = (typeof import('sharp'))['default'];

let sharpModule: Sharp | null | undefined;

/**
 * sharp is loaded on first use: most compositions have no images, and the CLI starts faster.
 * Null when it cannot be loaded (its native part missing for this platform).
 */
function loadSharp(): Sharp | null {
  if (sharpModule === undefined) {
    try {
      sharpModule = createRequire(import.meta.url)('sharp') as Sharp;
    } catch {
      sharpModule = null;
    }
  }
  return sharpModule;
}

/** `placed` is the image's size on the page in points. */
export async function prepareImage(src: string, placed: { w: number; h: number }, preset: Pick<ExportPreset, 'maxPpi'>): Promise<PreparedImage> {
  const sharp = loadSharp();
  if (!sharp) {
    return { data: await readFile(src), ppi: 0, notes: [{ severity: 'warning', message: `${src}: sharp is not available, so the image is embedded as it is (not converted to CMYK)`, zh: `${src}：没有图像处理模块 sharp，图片原样嵌入（没有转为 CMYK）` }] };
  }
  const image = sharp(src).rotate(); // apply the EXIF orientation before measuring
  const meta = await image.metadata();
  const [pxW, pxH] = meta.orientation !== undefined && meta.orientation >= 5 ? [meta.height, meta.width] : [meta.width, meta.height];
  const ppiOf = (px: number, pt: number): number => px / (pt / 72);
  const ppi = Math.min(ppiOf(pxW, placed.w), ppiOf(pxH, placed.h));
  const notes: PreparedImage['notes'] = [];
  let effective = ppi;
  if (ppi > preset.maxPpi) {
    const width = Math.max(1, Math.round((placed.w / 72) * preset.maxPpi));
    const height = Math.max(1, Math.round((placed.h / 72) * preset.maxPpi));
    image.resize({ width, height, fit: 'fill' });
    effective = Math.min(ppiOf(width, placed.w), ppiOf(height, placed.h));
    notes.push({ severity: 'info', message: `${src}: downsampled from ${Math.round(ppi)} to ${Math.round(effective)} ppi`, zh: `${src}：精度从 ${Math.round(ppi)} 降到 ${Math.round(effective)} ppi` });
  }
  const data = await image.toColourspace('cmyk').jpeg({ quality: 90, chromaSubsampling: '4:4:4' }).toBuffer();
  return { data, ppi: effective, notes };
}
