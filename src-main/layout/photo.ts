/**
 * A photo in a block: a frame on the column grid (edges on the em boxes of its first and last
 * line), the image scaled to fill it (cropped around a focus point) or fit inside it, the
 * caption and credit set as body-size lines on the grid below, and the effective resolution
 * at the placed size checked against the template's minimum. The images' sizes come with the
 * call, read before composing (see ImageSizes): no file is opened here. A picture that has not
 * come in, or cannot be read, keeps its place (photo-placeholder.ts) and is reported.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Diagnostic, DisplayItem } from '../model/display-list.js';
import type { Rect } from '../model/geometry.js';
import { isMissingImage, type ImageFile, type ImageSizes, type PixelSize } from '../model/image-files.js';
import type { Article, Image, Photo } from '../model/issue.js';
import { BODY_STYLE, composeParagraph, type ComposedParagraph } from '../typeset/paragraph.js';
import { missingGlyphDiagnostics } from './missing-glyphs.js';
import type { Span } from '../typeset/types.js';
import { areaColumns, type BlockArea, type Exclusion } from './block-area.js';
import type { PageGrid } from './grid.js';
import { photoPlaceholder, PLACEHOLDER_LABEL } from './photo-placeholder.js';
import { lineRuns, lineText } from './runs.js';

export interface PlacedPhoto {
  items: DisplayItem[];
  /** The frame and the caption's lines, and a line of air below when the block goes on. */
  exclusion: Exclusion;
  /** One past the last line the frame and its whole caption need, however deep the block. */
  foot: number;
  diagnostics: Diagnostic[];
}

export interface PhotoFrame {
  column: number;
  span: number;
  /** First grid line of the frame, and one past the last. */
  from: number;
  to: number;
}

/** Where the whole image lies for a frame, and the resolution that gives. */
export function cropImage(frame: Rect, pixels: PixelSize, photo: Pick<Photo, 'fit' | 'focus' | 'scale'>): { placed: Rect; ppi: number } {
  const sx = frame.w / pixels.width;
  const sy = frame.h / pixels.height;
  const scale = (photo.fit === 'fill' ? Math.max(sx, sy) : Math.min(sx, sy)) * (photo.scale ?? 1);
  const w = pixels.width * scale;
  const h = pixels.height * scale;
  const placed = { x: frame.x + (frame.w - w) * photo.focus.x, y: frame.y + (frame.h - h) * photo.focus.y, w, h };
  // scale is points per pixel; 72 points to the inch.
  return { placed, ppi: 72 / scale };
}

export function placePhoto(
  article: Article,
  photo: Photo,
  frame: PhotoFrame,
  area: BlockArea,
  page: number,
  grid: PageGrid,
  images: ImageSizes,
  fonts: FontLibrary,
): PlacedPhoto {
  const image = article.images[photo.image];
  const diagnostics: Diagnostic[] = [];
  const items: DisplayItem[] = [];
  const em = grid.template.body.size;
  const air = (grid.pitch - em) / 2;
  // In a box the frame keeps to the box's own columns, inside its padding.
  const { x0: x, x1 } = areaColumns(area, frame.column, frame.span);
  const w = x1 - x;
  const y = grid.lineTop(frame.from) + air;
  const box = { x, y, w, h: grid.lineTop(frame.to) - air - y };
  // Under a headline deeper than planned, or in a block too short, the frame runs over what is below.
  if (frame.to > area.bottom) {
    const lines = frame.to - area.bottom;
    diagnostics.push({ kind: 'photo-past-block', severity: 'error', page, article: article.id, lines, message: `a photo frame of “${article.headline}” runs ${lines} lines past the foot of its block` });
  }
  if (image) {
    const file = isMissingImage(image.src) ? undefined : images.of(image.src);
    if (!file?.pixels) {
      diagnostics.push(noPicture(article, image, file, page));
      const held = photoPlaceholder(box, grid, fonts);
      items.push(...held.items);
      diagnostics.push(...missingGlyphDiagnostics(held.missing, page, article.id));
    } else {
      const src = file.path;
      const { placed, ppi } = cropImage(box, file.pixels, photo);
      const visible = intersect(box, placed);
      items.push({ kind: 'image', src, ...visible, ...(visible.w < placed.w - 0.01 || visible.h < placed.h - 0.01 ? { placed } : {}) });
      if (ppi < grid.template.minPpi) {
        diagnostics.push({
          kind: 'low-resolution', severity: 'warning', page, article: article.id, src, ppi: Math.round(ppi),
          message: `${image.src} is ${Math.round(ppi)} ppi at its placed size (${(box.w / 72 * 25.4).toFixed(0)} × ${(box.h / 72 * 25.4).toFixed(0)} mm); ${grid.template.minPpi} ppi wanted`,
        });
      }
    }
  }
  // The caption's lines under the frame, as many as the block holds; the rest is overset.
  let line = frame.to;
  const composed = image && setCaption(image, w, grid, fonts);
  if (composed) {
    diagnostics.push(...missingGlyphDiagnostics(composed.missing, page, article.id));
    const fitted = composed.lines.slice(0, Math.max(0, area.bottom - line));
    for (const l of fitted) {
      items.push(...lineRuns(l, x, grid.baseline(line), { role: 'body', source: () => ({ article: article.id, part: 'caption', paragraph: photo.image }) }));
      line++;
    }
    const rest = composed.lines.slice(fitted.length).map(lineText).join('');
    if (rest) {
      const chars = [...rest].length;
      diagnostics.push({ kind: 'overset', severity: 'error', page, article: article.id, chars, lines: composed.lines.length - fitted.length, text: rest, message: `${chars} characters of a photo caption of “${article.headline}” do not fit: ${rest}` });
    }
  }
  const to = line < area.bottom ? line + 1 : line;
  return { items, exclusion: { x0: x, x1: x + w, from: frame.from, to }, foot: frame.to + (composed?.lines.length ?? 0), diagnostics };
}

/** Caption, then the credit after an ideographic space, as lines of `width`; undefined when the image has neither. */
export function setCaption(image: Image, width: number, grid: PageGrid, fonts: FontLibrary): ComposedParagraph | undefined {
  const em = grid.template.body.size;
  const { caption: style } = grid.template;
  const spans: Span[] = [];
  if (image.caption) spans.push({ text: image.caption, role: style.role, size: em });
  if (image.credit) spans.push({ text: spans.length > 0 ? `　${image.credit}` : image.credit, role: style.creditRole, size: em });
  const punctuation = grid.template.body.composition.punctuation;
  return spans.length > 0 ? composeParagraph(spans, { ...BODY_STYLE, punctuation, em, indent: 0 }, () => width, fonts) : undefined;
}

/** Why no picture fills the frame: none has come in (`missing:`), no file is there, or the file is no image. */
function noPicture(article: Article, image: Image, file: ImageFile | undefined, page: number): Diagnostic {
  const where = { severity: 'error', page, article: article.id } as const;
  if (!file) return { kind: 'image-missing', ...where, src: image.src, message: `the picture ${image.src} of “${article.headline}” has not come in: its place is kept (${PLACEHOLDER_LABEL})` };
  if (file.missing) return { kind: 'image-missing', ...where, src: file.path, message: `${image.src} of “${article.headline}” is not there: its place is kept (${PLACEHOLDER_LABEL})` };
  return { kind: 'image-unreadable', ...where, src: file.path, message: `${image.src} cannot be read as a JPEG or PNG image` };
}

function intersect(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, w: Math.min(a.x + a.w, b.x + b.w) - x, h: Math.min(a.y + a.h, b.y + b.h) - y };
}
