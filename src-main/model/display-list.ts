/**
 * The display list: what composition produces and every output draws (PDF, screen preview,
 * proofs). Page coordinates in points, origin at the trim box's top-left, y downwards; a text
 * run's y is its baseline. Nothing downstream measures text again. Pure (no Node or library
 * imports): the renderer imports it, through paint.ts.
 */
import type { Rect } from './geometry.js';

/** CMYK in percent, 0–100 each. */
export type Cmyk = readonly [number, number, number, number];

import type { ArticlePart } from './article-parts.js';

export const BLACK: Cmyk = [0, 0, 0, 100];


/** Where a run's first glyph comes from: enough to find any glyph's character in the issue. */
export interface SourceRef {
  article: string;
  part: ArticlePart;
  /** Paragraph index for body text, 0 otherwise. */
  paragraph: number;
  /** UTF-16 offset of the run's first character in that part's text. */
  offset: number;
}

export interface DisplayGlyph {
  id: number;
  /** Offset of the glyph's origin from the pen position. */
  dx: number;
  dy: number;
  /** How far the pen moves after this glyph (includes justification space). */
  advance: number;
  /** The characters the glyph stands for, in order (for ToUnicode and the source map). */
  chars: string;
  /** Punctuation set at half width (its blank half removed): drawn with a half-width advance box. */
  half?: true;
  /** A hyphen the composer added at a line end (a Latin word hyphenated): it stands for no source character. */
  hyphen?: true;
}

export interface TextRun {
  kind: 'text';
  /** Key into `Composition.fonts`. */
  font: string;
  size: number;
  fill: Cmyk;
  x: number;
  y: number;
  glyphs: DisplayGlyph[];
  text: string;
  source?: SourceRef;
  /** Horizontal scale of the glyph outlines (长体, a condensed headline); positions already include it. */
  scaleX?: number;
  /** Body text sits on the baseline grid; display text (headlines, headers) does not have to. */
  role: 'body' | 'display' | 'furniture';
}

export interface RuleItem {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  stroke: Cmyk;
  /** Dash pattern [on, off] in pt; a solid line when absent. */
  dash?: readonly [number, number];
}

export interface BoxItem extends Rect {
  kind: 'box';
  lineWidth: number;
  stroke?: Cmyk;
  fill?: Cmyk;
}

/** Its rectangle is the visible area (the frame): nothing of the image is drawn outside it. */
export interface ImageItem extends Rect {
  kind: 'image';
  /** Absolute path of the image file. */
  src: string;
  /** Where the whole image lies when it is cropped (larger than the visible area); the writer clips to x, y, w, h. */
  placed?: Rect;
}

export type DisplayItem = TextRun | RuleItem | BoxItem | ImageItem;

export type Severity = 'error' | 'warning' | 'info';

export type Diagnostic =
  /** Text that does not fit: `lines` about how many more lines of the last column's width it needs (the copyfit). */
  | { kind: 'overset'; severity: Severity; page: number; article: string; chars: number; lines: number; text: string; message: string }
  | { kind: 'missing-glyph'; severity: Severity; page: number; article?: string; char: string; codePoint: string; role: string; fallback?: string; message: string }
  | { kind: 'overfull-line'; severity: Severity; page: number; article: string; paragraph: number; text: string; message: string }
  | { kind: 'lone-line'; severity: Severity; page: number; article: string; paragraph: number; where: 'foot' | 'head'; text: string; message: string }
  | { kind: 'loose-line'; severity: Severity; page: number; article: string; paragraph: number; text: string; ratio: number; message: string }
  | { kind: 'unplaced'; severity: Severity; article: string; chars: number; text: string; message: string }
  /** An image of a placed article that no block gives a frame: its caption and credit, unprinted, are `text`. */
  | { kind: 'image-unplaced'; severity: Severity; page: number; article: string; image: number; src: string; chars: number; text: string; message: string }
  | { kind: 'low-resolution'; severity: Severity; page: number; article: string; src: string; ppi: number; message: string }
  | { kind: 'image-unreadable'; severity: Severity; page: number; article: string; src: string; message: string }
  /** No picture for the frame: `src` is the `missing:` name, or the path where no file is. */
  | { kind: 'image-missing'; severity: Severity; page: number; article: string; src: string; message: string }
  /** A photo frame reaching below its block, over whatever is there. */
  | { kind: 'photo-past-block'; severity: Severity; page: number; article: string; lines: number; message: string }
  /** A headline (or the repeated one over a continued part) reaching below its block, over whatever is there. */
  | { kind: 'headline-past-block'; severity: Severity; page: number; article: string; lines: number; message: string }
  | { kind: 'headline-shrunk'; severity: Severity; page: number; article: string; size: number; message: string }
  /** A headline line had to end inside a word: `line` is the text of that line, `next` of the one after. */
  | { kind: 'headline-split-word'; severity: Severity; page: number; article: string; part: 'banner' | 'kicker' | 'headline' | 'subhead' | 'jump'; line: string; next: string; message: string }
  /** Lines left empty at the foot of an article's last block; `chars` about how much text would fill them. */
  | { kind: 'underset'; severity: Severity; page: number; article: string; lines: number; chars: number; message: string }
  | { kind: 'free-space'; severity: Severity; page: number; column: number; span: number; top: number; lines: number; message: string };

export interface PageLayout {
  number: number;
  template: string;
  width: number;
  height: number;
  bleed: number;
  items: DisplayItem[];
}

export interface FontRef {
  /** Absolute path of the font file. */
  path: string;
  postscriptName: string;
}

export interface Composition {
  pages: PageLayout[];
  fonts: Record<string, FontRef>;
  diagnostics: Diagnostic[];
}
