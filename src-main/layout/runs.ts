/** Composed lines → text runs of the display list: one run per stretch of one font and size. */
import type { ArticlePart } from '../model/article-parts.js';
import type { Cmyk, DisplayGlyph, TextRun } from '../model/display-list.js';
import { BLACK } from '../model/display-list.js';
import type { ComposedLine, PlacedGlyph } from '../typeset/types.js';

/** Tells, for span `s` of the paragraph, which article part it is and where its text starts. */
/** `base`: where the span's text starts in that part's text (a paragraph split into styled spans). */
export type SpanSource = (span: number) => { article: string; part: ArticlePart; paragraph: number; base?: number } | undefined;

export interface RunOptions {
  role: TextRun['role'];
  fill?: Cmyk;
  source?: SpanSource;
}

/** The runs of one line whose measure starts at `left` and whose baseline is `baseline`. */
export function lineRuns(line: ComposedLine, left: number, baseline: number, opts: RunOptions): TextRun[] {
  const runs: TextRun[] = [];
  const fill = opts.fill ?? BLACK;
  let current: TextRun | undefined;
  let texts: string[] = [];
  let prev: PlacedGlyph | undefined;
  for (const p of line.glyphs) {
    const g = p.glyph;
    if (!current || !prev || prev.glyph.face !== g.face || prev.glyph.size !== g.size || prev.glyph.span !== g.span) {
      if (current) current.text = texts.join('');
      texts = [];
      const where = opts.source?.(g.span);
      current = { kind: 'text', font: g.face.key, size: g.size, fill, x: left + line.indent + p.pen, y: baseline, glyphs: [], text: '', role: opts.role };
      if (where) current.source = { article: where.article, part: where.part, paragraph: where.paragraph, offset: (where.base ?? 0) + g.offset };
      runs.push(current);
    }
    const glyph: DisplayGlyph = { id: g.id, dx: p.x - p.pen, dy: 0, advance: p.advance, chars: g.chars };
    if (p.half) glyph.half = true;
    if (p.hyphen) glyph.hyphen = true;
    current.glyphs.push(glyph);
    texts.push(g.chars);
    prev = p;
  }
  if (current) current.text = texts.join('');
  return runs;
}

/** The text of a line as its glyphs spell it (without a hyphen the composer added). */
export const lineText = (line: ComposedLine): string => line.glyphs.map((p) => (p.hyphen ? '' : p.glyph.chars)).join('');
