/**
 * The pixel sizes of an issue's images, read from the issue's folder before composing: layout is
 * pure and is handed them (ComposeContext.images), as it is handed the fonts. Not in model/ or
 * layout/, which read no files; not in import/, which turns article files into an issue, nor in
 * pdf/, which writes long after composing: the issue's image files are inputs of composition in
 * their own right, and every caller of composeIssue (CLI, session, tests) reads them here.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { ImageFile, ImageSizes, PixelSize } from '../model/image-files.js';
import type { Issue } from '../model/issue.js';

/** Reads image files once: a file whose time and length are as when it was read is not read again. */
export class ImageSizeReader {
  private readonly known = new Map<string, { stamp: string; pixels: PixelSize | undefined }>();

  /** Every image of `issue` (or of articles not yet on pages), its `src` taken from the folder of `issueFile`. */
  sizesOf(issue: Pick<Issue, 'articles'>, issueFile: string): ImageSizes {
    const folder = dirname(issueFile);
    const files = new Map<string, ImageFile>();
    for (const src of new Set(issue.articles.flatMap((a) => a.images.map((i) => i.src)))) files.set(src, this.file(resolve(folder, src)));
    // A src not in the issue (none is asked for) cannot be read either.
    return { of: (src) => files.get(src) ?? { path: resolve(folder, src) } };
  }

  private file(path: string): ImageFile {
    let stamp: string;
    try {
      const stat = statSync(path);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return { path, missing: true };
    }
    let seen = this.known.get(path);
    if (seen?.stamp !== stamp) this.known.set(path, (seen = { stamp, pixels: readPixelSize(path) }));
    return seen.pixels ? { path, pixels: seen.pixels } : { path };
  }
}

/** The images of one issue, read for one composition (the CLI, tests). */
export const readImageSizes = (issue: Pick<Issue, 'articles'>, issueFile: string): ImageSizes => new ImageSizeReader().sizesOf(issue, issueFile);

function readPixelSize(file: string): PixelSize | undefined {
  try {
    return pictureSize(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** The pixel size of a picture file's bytes, or undefined when they are no picture image-size reads. */
export function pictureSize(data: Uint8Array): PixelSize | undefined {
  try {
    const { width, height } = imageSizeOf(data);
    return width > 0 && height > 0 ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

type ImageSize = (data: Uint8Array) => { width: number; height: number };
let sizer: ImageSize | undefined;

/** image-size, loaded on the first photo (an issue without photos does not pay for it). */
function imageSizeOf(data: Uint8Array): { width: number; height: number } {
  sizer ??= (createRequire(import.meta.url)('image-size') as { imageSize: ImageSize }).imageSize;
  return sizer(data);
}
