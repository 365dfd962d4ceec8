/**
 * Word .docx → blocks via mammoth's HTML. Title/Subtitle and Heading styles become title tiers,
 * embedded pictures are returned as assets named after the file (story-image-1.png …).
 */
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import { InputError } from '../model/errors.js';
import type { Draft } from './draft.js';
import { htmlBlocks } from './html-blocks.js';
import type { Notes } from './notes.js';
import { parseBlocks } from './parse-blocks.js';
import type { ImportAsset } from './types.js';

const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => h2.subtitle:fresh",
  "br[type='page'] => hr",
];

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/tiff': 'tif', 'image/bmp': 'bmp' };

export async function parseDocx(bytes: Uint8Array, file: string, notes: Notes, assets: ImportAsset[]): Promise<Draft[]> {
  const stem = basename(file, extname(file)).replace(/[^\w.-]+/gu, '-').replace(/^[-.]+/u, '') || 'image';
  const convertImage = mammoth.images.imgElement(async (image) => {
    const name = `${stem}-image-${assets.length + 1}.${EXTENSIONS[image.contentType] ?? 'bin'}`;
    assets.push({ name, bytes: new Uint8Array(await image.readAsBuffer()) });
    return { src: name };
  });
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage, ignoreEmptyParagraphs: false })).value;
  } catch (err) {
    throw new InputError(file, `is not a readable Word file (${firstLine(err)})`, `不是能读的 Word 文件（${firstLine(err)}）`);
  }
  const blocks = htmlBlocks(html);
  if (!blocks.some((b) => b.kind !== 'break' && (b.kind !== 'text' || b.text !== ''))) throw new InputError(file, 'is empty', '是空的');
  for (const asset of assets) notes.add('caption', `The picture ${asset.name} (${asset.bytes.length} bytes) was taken out of the Word file.`);
  return parseBlocks(blocks, notes, 'paragraph');
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n')[0] ?? '').trim() || 'unknown error';
}
