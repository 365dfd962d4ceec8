/**
 * The images composition needs, as it needs fonts: resolved by the caller before composing
 * (src-main/assets/image-sizes.ts reads the files), so layout opens no file.
 */

export interface PixelSize {
  width: number;
  height: number;
}

/** An image file as found before composing: its pixel size, or none when it cannot be read as an image. */
export interface ImageFile {
  /** Absolute path. */
  path: string;
  pixels?: PixelSize;
}

/** The images, looked up by an article's image `src` (a path from the folder). */
export interface ImageSizes {
  of(src: string): ImageFile;
}

/** The `src` of a photo whose picture has not arrived (图片待补): the importer makes it, layout keeps its place. */
export const MISSING_IMAGE_PREFIX = 'missing:';
export const isMissingImage = (src: string): boolean => src.startsWith(MISSING_IMAGE_PREFIX);
