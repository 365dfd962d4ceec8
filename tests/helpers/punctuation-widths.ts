/**
 * Punctuation widths read back from a composition's display list, as a proofreader reads them:
 * for each body line, the justification stretch (the median gap between two ideographs) is taken
 * off every junction, then adjacent pairs of marks and single marks mid-line are measured in em.
 * Used by the tests of the punctuation styles and by `npm run typo`.
 */
import { isCompressible } from '../../src-main/model/char-class.js';
import type { Composition, DisplayGlyph, TextRun } from '../../src-main/model/display-list.js';
import { bodyLines } from './issue.js';

export interface PunctuationWidths {
  /** Pairs of adjacent marks with a glyph before and after on the line: width in em (two decimals) → count. */
  pairs: Map<number, number>;
  /** Single marks mid-line (no mark beside them, not the line's first or last glyph): width in em → count. */
  singles: Map<number, number>;
  /** The pairs themselves, `。“` → widths seen, for messages. */
  pairText: Map<string, number[]>;
}

interface Placed {
  g: DisplayGlyph;
  size: number;
}

const isHanCode = (ch: string): boolean => /^\p{Script=Han}$/u.test(ch);

export function punctuationWidths(comp: Composition): PunctuationWidths {
  const out: PunctuationWidths = { pairs: new Map(), singles: new Map(), pairText: new Map() };
  for (const page of comp.pages) {
    const runs = page.items.filter((i): i is TextRun => i.kind === 'text' && i.role === 'body');
    for (const line of bodyLines(runs)) measureLine(line.flatMap((r) => r.glyphs.map((g) => ({ g, size: r.size }))), out);
  }
  return out;
}

function measureLine(glyphs: Placed[], out: PunctuationWidths): void {
  const gaps: number[] = [];
  for (let i = 0; i + 1 < glyphs.length; i++) {
    const a = glyphs[i] as Placed;
    const b = glyphs[i + 1] as Placed;
    if (isHanCode(a.g.chars) && isHanCode(b.g.chars)) gaps.push(a.g.advance - a.size);
  }
  gaps.sort((x, y) => x - y);
  const gap = gaps.length > 0 ? (gaps[Math.floor(gaps.length / 2)] as number) : 0;
  const mark = (i: number): boolean => isCompressible(glyphs[i]?.g.chars ?? '');
  const em = (w: number, size: number): number => Math.round((w / size) * 100) / 100;
  const bump = (m: Map<number, number>, k: number): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  for (let i = 1; i + 1 < glyphs.length; i++) {
    const p = glyphs[i] as Placed;
    if (!mark(i)) continue;
    if (mark(i + 1) && !mark(i - 1) && i + 2 < glyphs.length && !mark(i + 2)) {
      const q = glyphs[i + 1] as Placed;
      const width = em(p.g.advance + q.g.advance - 2 * gap, p.size);
      bump(out.pairs, width);
      const text = p.g.chars + q.g.chars;
      out.pairText.set(text, [...(out.pairText.get(text) ?? []), width]);
    } else if (!mark(i - 1) && !mark(i + 1)) {
      bump(out.singles, em(p.g.advance - gap, p.size));
    }
  }
}

/** The share of `counts` at `width` (±0.02 em). */
export function shareAt(counts: Map<number, number>, width: number): number {
  let at = 0;
  let all = 0;
  for (const [w, n] of counts) {
    all += n;
    if (Math.abs(w - width) <= 0.02) at += n;
  }
  return all === 0 ? 1 : at / all;
}
