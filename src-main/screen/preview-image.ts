/**
 * A picture for the screen preview, prepared exactly as the proof PDF embeds it (CMYK JPEG at
 * most 300 ppi, src-main/pdf/images.ts), then turned back into RGB with the proof's CMYK
 * conversion, so the preview shows what the PDF shows.
 */
import sharp from 'sharp';
import type { ImageItem } from '../model/display-list.js';
import { prepareImage } from '../pdf/images.js';
import { PRESETS } from '../pdf/presets.js';
import { cmykPixelsToRgb } from './screen-colour.js';

export async function previewImage(item: ImageItem): Promise<string> {
  const prepared = await prepareImage(item.src, item.placed ?? item, PRESETS.proof);
  const { data, info } = await sharp(prepared.data).toColourspace('cmyk').raw().toBuffer({ resolveWithObject: true });
  const png = info.channels === 4
    ? await sharp(cmykPixelsToRgb(data), { raw: { width: info.width, height: info.height, channels: 3 } }).png().toBuffer()
    : await sharp(prepared.data).png().toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}
