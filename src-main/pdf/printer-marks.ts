/**
 * Printer's marks outside the trim: crop marks, registration targets, a CMYK colour bar and the
 * slug line. Drawn in trim coordinates (origin at the trim's top-left, y down), so everything
 * here has negative coordinates or ones beyond the page size. Marks keep out of the bleed.
 */
import type { FaceGlyph, FontFace } from '../fonts/font-face.js';
import type { Cmyk, TextRun } from '../model/display-list.js';
import { REGISTRATION } from './pdfkit-pdfx.js';

const MM = 72 / 25.4;
const CROP_LENGTH = 6 * MM;
const HAIRLINE = 0.25;
const PATCH = { w: 6 * MM, h: 5 * MM };
const SLUG_SIZE = 7;

/** How far marks stay from the trim: never inside the bleed, never closer than 3 mm. */
const markOffset = (bleed: number): number => Math.max(bleed, 3 * MM);

/** The band around the trim that the marks need (crop marks, targets, colour bar, slug). */
export function markMargin(bleed: number): number {
  return markOffset(bleed) + CROP_LENGTH + 3 * MM;
}

/**
 * Solids, two-colour overprints (200 %, within the coldset ink limit) and black tints: what a
 * press operator reads with a densitometer.
 */
const COLOUR_BAR: readonly Cmyk[] = [
  [100, 0, 0, 0],
  [0, 100, 0, 0],
  [0, 0, 100, 0],
  [0, 0, 0, 100],
  [100, 100, 0, 0],
  [100, 0, 100, 0],
  [0, 100, 100, 0],
  [0, 0, 0, 75],
  [0, 0, 0, 50],
  [0, 0, 0, 25],
  [50, 50, 50, 0],
];

export function drawMarks(doc: PDFKit.PDFDocument, size: { width: number; height: number; bleed: number }): void {
  const { width: w, height: h } = size;
  const o = markOffset(size.bleed);
  doc.save().lineWidth(HAIRLINE).strokeColor(REGISTRATION);
  for (const [x, y, sx, sy] of [[0, 0, -1, -1], [w, 0, 1, -1], [0, h, -1, 1], [w, h, 1, 1]] as const) {
    doc.moveTo(x + sx * o, y).lineTo(x + sx * (o + CROP_LENGTH), y);
    doc.moveTo(x, y + sy * o).lineTo(x, y + sy * (o + CROP_LENGTH));
  }
  doc.stroke();
  const mid = o + CROP_LENGTH / 2;
  for (const [x, y] of [[-mid, h / 2], [w + mid, h / 2], [w / 2, -mid], [w / 2, h + mid]] as const) target(doc, x, y);
  doc.restore();
  colourBar(doc, 10 * MM, -(o + PATCH.h));
}

/** A registration target: a circle with a cross through it, on every plate. */
function target(doc: PDFKit.PDFDocument, x: number, y: number): void {
  const r = 2 * MM;
  const arm = 3 * MM;
  doc.circle(x, y, r).moveTo(x - arm, y).lineTo(x + arm, y).moveTo(x, y - arm).lineTo(x, y + arm).stroke();
}

function colourBar(doc: PDFKit.PDFDocument, x: number, y: number): void {
  COLOUR_BAR.forEach((cmyk, i) => {
    doc.rect(x + i * PATCH.w, y, PATCH.w, PATCH.h).fill([...cmyk]);
  });
}

/** Where the slug line goes: below the trim, after the crop mark, left of the bottom target. */
export function slugPlace(size: { width: number; height: number; bleed: number }): { x: number; y: number; maxWidth: number } {
  const o = markOffset(size.bleed);
  const x = 10 * MM;
  return { x, y: size.height + o + 4 * MM, maxWidth: size.width / 2 - 5 * MM - x };
}

/**
 * The slug line as a text run in 100 % K, shrunk if it would run into the registration target.
 * Its glyphs come from the face's measured (and cached) glyphs, ASCII words shaped whole with
 * kerning: plain shaping is enough for one line of identification, and fontkit's shaper would
 * parse its lookup tables in every process for it.
 */
export function slugRun(face: FontFace, text: string, place: { x: number; y: number; maxWidth: number }): TextRun {
  const glyphs: FaceGlyph[] = [];
  for (const [piece] of text.matchAll(/[!-~]+|./gsu)) glyphs.push(...((/^[!-~]/.test(piece) ? face.cluster(piece, 'latn') : face.char(piece)) ?? []));
  const emWidth = glyphs.reduce((sum, g) => sum + g.advance, 0);
  const size = Math.min(SLUG_SIZE, place.maxWidth / Math.max(emWidth, 1e-3));
  return {
    kind: 'text',
    font: face.key,
    size,
    fill: [0, 0, 0, 100],
    x: place.x,
    y: place.y,
    text,
    role: 'furniture',
    glyphs: glyphs.map((g) => ({ id: g.id, dx: 0, dy: 0, advance: g.advance * size, chars: g.chars })),
  };
}

/** The first of the document's faces that has every character of the text. */
export function fontCovering(faces: Iterable<FontFace>, text: string): FontFace | undefined {
  const codePoints = [...text].map((c) => c.codePointAt(0) ?? 0);
  return [...faces].find((face) => codePoints.every((cp) => face.hasChar(cp)));
}
