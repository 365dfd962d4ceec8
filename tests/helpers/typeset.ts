/** Test helpers: set a paragraph with the bundled fonts and read its lines back as text. */
import { FontLibrary } from '../../src-main/fonts/font-library.js';
import { BODY_STYLE, composeParagraph, type ParagraphStyle } from '../../src-main/typeset/paragraph.js';
import type { ComposedLine } from '../../src-main/typeset/types.js';

let fonts: FontLibrary | undefined;
export const testFonts = (): FontLibrary => (fonts ??= FontLibrary.load());

export const EM = 9;

/** Sets `text` in body-song at 9 pt to lines `ems` characters wide (no indent unless given). */
export function setText(text: string, ems: number, style: Partial<ParagraphStyle> = {}): ComposedLine[] {
  const full: ParagraphStyle = { ...BODY_STYLE, em: EM, indent: 0, ...style };
  return composeParagraph([{ text, role: 'body-song', size: EM }], full, () => ems * EM, testFonts()).lines;
}

export const textOf = (line: ComposedLine): string => line.glyphs.map((g) => g.glyph.chars).join('').trim();

/** Right edge of a line's ink box: pen of the last glyph plus its drawn width. */
export const rightEdge = (line: ComposedLine): number => line.indent + line.width;
