/**
 * Punctuation as a house style (标点类型): each scheme's widths, set the same on every line
 * whatever the line must stretch or shrink; a pair is never widened; single marks are squeezed
 * within the style's limit only; the line-start rule.
 */
import { describe, expect, test } from 'vitest';
import type { Punctuation } from '../../src-main/model/template.js';
import { DEFAULT_PUNCTUATION } from '../../src-main/typeset/paragraph.js';
import type { ComposedLine } from '../../src-main/typeset/types.js';
import { EM, setText } from '../helpers/typeset.js';

const isHan = (ch: string): boolean => /^\p{Script=Han}$/u.test(ch);
const MARKS = new Set([...'。，、；：？！“”‘’（）《》']);

/** The justification stretch of a line: the median gap added between two ideographs. */
function stretchOf(line: ComposedLine): number {
  const gaps: number[] = [];
  line.glyphs.forEach((g, i) => {
    const next = line.glyphs[i + 1];
    if (next && isHan(g.glyph.chars) && isHan(next.glyph.chars)) gaps.push(next.pen - g.pen - EM);
  });
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

/** Widths in em, stretch taken off, of pairs of marks alone together and of single marks, mid-line. */
function widths(lines: ComposedLine[]): { pairs: Array<[string, number]>; singles: Array<[string, number]> } {
  const pairs: Array<[string, number]> = [];
  const singles: Array<[string, number]> = [];
  for (const line of lines) {
    const gap = stretchOf(line);
    const gs = line.glyphs;
    const mark = (i: number): boolean => MARKS.has(gs[i]?.glyph.chars ?? '');
    const em = (w: number): number => Math.round((w / EM) * 100) / 100;
    for (let i = 1; i + 2 < gs.length; i++) {
      if (mark(i) && mark(i + 1) && !mark(i - 1) && !mark(i + 2)) pairs.push([gs[i]!.glyph.chars + gs[i + 1]!.glyph.chars, em(gs[i + 2]!.pen - gs[i]!.pen - 2 * gap)]);
      if (mark(i) && !mark(i - 1) && !mark(i + 1)) singles.push([gs[i]!.glyph.chars, em(gs[i + 1]!.pen - gs[i]!.pen - gap)]);
    }
  }
  return { pairs, singles };
}

const style = (p: Partial<Punctuation>): { punctuation: Punctuation } => ({ punctuation: { ...DEFAULT_PUNCTUATION, ...p } });

/** Copy with many pairs and single marks, set in 13-em lines that all need some stretch or shrink. */
const COPY = '他说：“江城的冬天来得早。”随后，他翻开《锦水志》《城南旧事》两本书（都是旧版），指着一行字念道：“好！”大家笑了。有人问：“这是真的吗？”他答：“是的。”会场里又安静下来，人们各自想着心事，窗外的雪越下越大。'.repeat(3);

describe('全角式 (quanjiao)', () => {
  const lines = setText(COPY, 13, style({ scheme: 'quanjiao' }));
  const { pairs, singles } = widths(lines);

  test('every pair of adjacent marks mid-line is 1.5 em, on every line, however the line was justified', () => {
    expect(pairs.length).toBeGreaterThan(10);
    expect(new Set(lines.map((l) => Math.round(stretchOf(l) * 100))).size, 'the lines were justified differently').toBeGreaterThan(1);
    expect(pairs.filter(([, w]) => Math.abs(w - 1.5) > 0.01)).toEqual([]);
  });

  test('a single mark mid-line is a full em, squeezed at most by the style limit (1/8 em)', () => {
    expect(singles.length).toBeGreaterThan(10);
    expect(singles.filter(([, w]) => w > 1.001 || w < 1 - 0.125 - 0.001)).toEqual([]);
  });

  test('with no squeeze allowed, every single mark mid-line is exactly 1 em', () => {
    const tight = widths(setText(COPY, 13, style({ scheme: 'quanjiao', squeeze: 0 })));
    expect(tight.singles.filter(([, w]) => Math.abs(w - 1) > 0.01)).toEqual([]);
  });
});

describe('开明式 (kaiming) and 半角式 (banjiao)', () => {
  test('开明式: 。？！ keep a full em, the other marks take half', () => {
    const { singles } = widths(setText(COPY, 13, style({ scheme: 'kaiming', squeeze: 0 })));
    const of = (ch: string): number[] => [...new Set(singles.filter(([c]) => c === ch).map(([, w]) => w))];
    expect(of('。')).toEqual([1]);
    expect(of('，')).toEqual([0.5]);
  });

  test('开明式: a pair of two half marks is 1 em, a stop with a closing quote 1.5 em', () => {
    const { pairs } = widths(setText(COPY, 13, style({ scheme: 'kaiming', squeeze: 0 })));
    const of = (p: string): number[] => [...new Set(pairs.filter(([c]) => c === p).map(([, w]) => w))];
    expect(of('：“')).toEqual([1]);
    expect(of('。”')).toEqual([1.5]);
  });

  test('半角式: every mark is half an em, every pair 1 em', () => {
    const { pairs, singles } = widths(setText(COPY, 13, style({ scheme: 'banjiao', squeeze: 0 })));
    expect(singles.filter(([, w]) => Math.abs(w - 0.5) > 0.01)).toEqual([]);
    expect(pairs.filter(([, w]) => Math.abs(w - 1) > 0.01)).toEqual([]);
  });
});

describe('line ends and starts', () => {
  const han = (n: number): string => '江城日报新闻排版测试文字'.repeat(4).slice(0, n);

  test('a stop at a line end loses its trailing blank, and the line is still flush', () => {
    // 12 ideographs and a stop are 13 em; with one more ideograph before it, the stop's blank goes.
    const [first] = setText(`${han(12)}。${han(20)}`, 12.5);
    expect(first!.glyphs.at(-1)!.glyph.chars).toBe('。');
    expect(first!.glyphs.at(-1)!.half).toBe(true);
    expect(first!.width).toBeCloseTo(12.5 * EM, 6);
  });

  test('an opening quote at a line start keeps its blank unless the style sets line starts flush', () => {
    const text = `${han(13)}“${han(10)}”${han(5)}`;
    const kept = setText(text, 13, style({ lineStart: false }))[1]!;
    const flush = setText(text, 13, style({ lineStart: true }))[1]!;
    expect(kept.glyphs[0]!.glyph.chars).toBe('“');
    expect(flush.glyphs[0]!.glyph.chars).toBe('“');
    // The quote's ink is in its right half: flush, it starts half an em further left.
    expect(kept.glyphs[0]!.x - flush.glyphs[0]!.x).toBeCloseTo(EM / 2, 6);
  });

  test('a line too long to take one more character pushes it down rather than squeeze marks past the limit', () => {
    // 11 ideographs, a comma and a quote would need the comma at half width: the limit keeps it whole.
    const lines = setText(`${han(6)}，${han(6)}“${han(20)}”`, 13);
    const comma = lines[0]!.glyphs.find((g) => g.glyph.chars === '，')!;
    const next = lines[0]!.glyphs[lines[0]!.glyphs.indexOf(comma) + 1]!;
    expect((next.pen - comma.pen - stretchOf(lines[0]!)) / EM).toBeGreaterThanOrEqual(1 - 0.125 - 1e-6);
  });
});
