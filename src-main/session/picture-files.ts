/**
 * A picture sent from the window, kept beside the issue file so the issue can name it (`src` is
 * relative to the issue's folder). A file of that name with other bytes is never overwritten: the
 * new picture takes the next free name (照片-2.jpg …); the same bytes again reuse the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { pictureSize } from '../assets/image-sizes.js';
import { writeFileAtomic } from '../model/json-file.js';

export function keepPicture(issueFile: string, name: string, bytes: Buffer): { src: string } | { problem: string } {
  const clean = basename(name).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'picture';
  if (!pictureSize(bytes)) return { problem: `“${clean}”不是能读的图片文件（JPEG、PNG、TIFF 等）` };
  const folder = dirname(issueFile);
  const ext = extname(clean);
  const stem = clean.slice(0, clean.length - ext.length);
  for (let n = 1; ; n++) {
    const src = n === 1 ? clean : `${stem}-${n}${ext}`;
    const path = join(folder, src);
    if (!existsSync(path)) {
      writeFileAtomic(path, bytes);
      return { src };
    }
    if (readFileSync(path).equals(bytes)) return { src };
  }
}
