/**
 * Glyph outlines for the screen preview. Composition reads fonts without outlines; the preview
 * asks for the glyphs a page draws, which are read from the font file then (as the PDF writer
 * does for its subsets) and handed over as SVG path data in font units.
 */
import { openFace } from '../fonts/font-library.js';
import type { GlyphOutlines } from '../api/api-types.js';

export function glyphOutlines(fontPath: string, ids: readonly number[]): GlyphOutlines {
  const face = openFace(fontPath);
  face.loadGlyphs(ids);
  const count = face.font.numGlyphs;
  return {
    unitsPerEm: face.font.unitsPerEm,
    paths: ids.map((id) => (id < count ? face.font.getGlyph(id).path.toSVG() : '')),
  };
}
