/**
 * Where characters are on a page, read from the display list: which character of which article
 * lies under a point (to place a proof mark), and where a character is (to draw one). Every
 * glyph's source offset is its run's offset plus the characters of the glyphs before it.
 */
import { isMarkable } from '../model/article-parts.js';
import type { DisplayGlyph, PageLayout, SourceRef, TextRun } from '../model/display-list.js';
import type { ProofAnchor } from './proof-marks.js';

export interface GlyphBox {
  run: TextRun;
  glyph: DisplayGlyph;
  x: number;
  /** Top and bottom of the em box. */
  top: number;
  bottom: number;
  width: number;
  source: SourceRef;
  /** How many characters of the source the glyph stands for (at least 1). */
  chars: number;
}

/** The em box of each glyph of a run: from 0.88 em above the baseline to 0.12 em below. */
function* glyphBoxes(run: TextRun): Generator<GlyphBox> {
  if (!run.source) return;
  let pen = run.x;
  let offset = run.source.offset;
  for (const g of run.glyphs) {
    // A hyphen the composer added stands for no character: a mark is anchored to the letters.
    if (!g.hyphen) yield { run, glyph: g, x: pen, width: g.advance, top: run.y - run.size * 0.88, bottom: run.y + run.size * 0.12, source: { ...run.source, offset }, chars: Math.max(1, g.chars.length) };
    pen += g.advance;
    if (!g.hyphen) offset += g.chars.length;
  }
}

/** The article character under a point (page coordinates), if any. */
export function characterAt(layout: PageLayout, x: number, y: number): GlyphBox | undefined {
  for (const item of layout.items) {
    if (item.kind !== 'text' || !item.source || !isMarkable(item.source.part)) continue;
    if (y < item.y - item.size || y > item.y + item.size * 0.3) continue;
    for (const box of glyphBoxes(item)) if (x >= box.x && x < box.x + box.width && y >= box.top && y <= box.bottom) return box;
  }
  return undefined;
}

/** Where an anchored character is drawn on this page, if it is on it. */
export function characterBox(layout: PageLayout, anchor: ProofAnchor): GlyphBox | undefined {
  for (const item of layout.items) {
    const src = item.kind === 'text' ? item.source : undefined;
    if (item.kind !== 'text' || !src || src.article !== anchor.article || src.part !== anchor.part || src.paragraph !== anchor.paragraph || src.offset > anchor.offset) continue;
    for (const box of glyphBoxes(item)) if (anchor.offset >= box.source.offset && anchor.offset < box.source.offset + box.chars) return box;
  }
  return undefined;
}

/** The pages of the article's text runs: the first page a mark's character is found on. */
export function pageOfAnchor(layouts: ReadonlyMap<number, PageLayout>, anchor: ProofAnchor): number | undefined {
  for (const [number, layout] of layouts) if (characterBox(layout, anchor)) return number;
  return undefined;
}
