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
  /** No file at the path (told apart from a file that is not an image). */
  missing?: true;
}

/**
 * The `src` of an image whose picture is still to come (the importer found only its caption or
 * credit): `missing:` and a name to attach the picture by. Its place is kept on the page all the same.
 */
export const MISSING_IMAGE_PREFIX = 'missing:';

export const isMissingImage = (src: string): boolean => src.startsWith(MISSING_IMAGE_PREFIX);

/** The images, looked up by an article's image `src` (a path from the folder). */
export interface ImageSizes {
  of(src: string): ImageFile;
}
