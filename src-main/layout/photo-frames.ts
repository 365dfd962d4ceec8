/**
 * The frames a block gives its article's images when nobody has drawn them (auto-placement, an
 * article dropped on a page): what a layout editor would start from. The first image at the top of
 * the block, across its columns, or across four of them at its right on a wider block; its height
 * from the picture's proportions when its pixel size is known, else those of a landscape news
 * photo (2:3). Further images go beside it while the block has room for another frame as wide,
 * then in rows below, each row under the frames and captions of the one above.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import { isMissingImage, type ImageSizes } from '../model/image-files.js';
import type { Article, Block, Image, Photo } from '../model/issue.js';
import type { PageGrid } from './grid.js';
import { setCaption } from './photo.js';

/** A frame wider than this many columns makes a short article a picture with a few lines under it. */
const MAX_PHOTO_SPAN = 4;
/** Height over width of a news photo whose picture has not come in (landscape, 2:3). */
const DEFAULT_ASPECT = 2 / 3;
/** A portrait picture is cropped rather than given more than this share of the page's lines. */
const MAX_PHOTO_SHARE = 1 / 3;
/** The least height of a frame in lines, whatever the picture. */
const MIN_PHOTO_LINES = 4;

/** Default frames for `article` in a block `span` columns wide; undefined for an article with no images. */
export function defaultPhotos(article: Article, span: number, grid: PageGrid, images: ImageSizes, fonts: FontLibrary): Photo[] | undefined {
  if (article.images.length === 0) return undefined;
  const width = Math.min(span, MAX_PHOTO_SPAN);
  const perRow = Math.floor(span / width);
  const photos: Photo[] = [];
  let top = 0;
  let rowEnd = 0;
  article.images.forEach((image, k) => {
    const place = k % perRow;
    if (place === 0) top = rowEnd;
    const height = frameLines(image, width, grid, images);
    // From the right edge leftwards, so that a single frame on a wide block sits at its right.
    photos.push({ image: k, column: span - (place + 1) * width + 1, span: width, top, height, fit: 'fill', focus: { x: 0.5, y: 0.5 } });
    const caption = setCaption(image, grid.spanWidth(width), grid, fonts)?.lines.length ?? 0;
    // A line of air between a caption and the frame below it, as the caption keeps from the text.
    rowEnd = Math.max(rowEnd, top + height + caption + 1);
  });
  return photos;
}

/** The block for `article` at a place, with its default frames. */
export function framedBlock(article: Article, place: Omit<Block, 'article' | 'height' | 'photos'>, grid: PageGrid, images: ImageSizes, fonts: FontLibrary): Omit<Block, 'height'> {
  const photos = defaultPhotos(article, place.span, grid, images, fonts);
  return { article: article.id, ...place, ...(photos ? { photos } : {}) };
}

/**
 * The block at a height it was not fitted to: the frames that would go past its lines are left
 * out (their images are then reported with their captions, not set over the block below).
 */
export function sizedBlock(block: Omit<Block, 'height'>, height: number): Block {
  const { photos, ...rest } = block;
  const within = photos?.filter((p) => p.top + p.height <= height);
  return { ...rest, height, ...(within && within.length > 0 ? { photos: within } : {}) };
}

/** Frame height in grid lines for the picture's proportions at `span` columns. */
function frameLines(image: Image, span: number, grid: PageGrid, images: ImageSizes): number {
  const pixels = isMissingImage(image.src) ? undefined : images.of(image.src).pixels;
  const aspect = pixels ? pixels.height / pixels.width : DEFAULT_ASPECT;
  // A frame of n lines is n pitches less the air above its first and below its last em box.
  const air = grid.pitch - grid.template.body.size;
  const lines = Math.round((grid.spanWidth(span) * aspect + air) / grid.pitch);
  return Math.max(MIN_PHOTO_LINES, Math.min(lines, Math.floor(grid.lines * MAX_PHOTO_SHARE)));
}
