/**
 * Headlines set as headlines: they break between words (not 地铁线串/起, not 5号/线), a line
 * break typed into them is a forced break and never a glyph, their punctuation follows the house
 * style, and a break that must fall inside a word is reported with the lines around it.
 */
import { describe, expect, test } from 'vitest';
import { setDisplayText } from '../../src-main/layout/display-text.js';
import type { TextRun } from '../../src-main/model/display-list.js';
import { wordBreaks, WORD_BREAK } from '../../src-main/typeset/words.js';
import { compose, makeIssue, newsText } from '../helpers/issue.js';
import { testFonts } from '../helpers/typeset.js';

const SIZE = 30;
const STYLE = { role: 'headline-song', size: SIZE };

/** The lines of a display block, as text. */
function linesOf(runs: readonly TextRun[]): string[] {
  const ys = [...new Set(runs.map((r) => r.y))].sort((a, b) => a - b);
  return ys.map((y) => runs.filter((r) => r.y === y).map((r) => r.text).join(''));
}

const set = (text: string, ems: number) => setDisplayText(text, STYLE, 'center', 0, ems * SIZE, 0, testFonts(), { words: true });

describe('word boundaries', () => {
  test.each([
    ['让一条地铁线串起更多民生温度', ['串起']],
    ['写在地铁5号线开通运营之际', ['5号线']],
    ['锦腔剧团首届青苗班迎来32名学员', ['迎来', '32名']],
    ['南郊农场工会举办职工趣味运动会', ['工会']],
  ])('%s keeps %j whole at every width from 5 to 12 characters', (text, words) => {
    for (let ems = 5; ems <= 12; ems++) {
      const lines = linesOf(set(text, ems).runs);
      expect(lines.join('')).toBe(text);
      for (const word of words) expect(lines.some((l) => l.includes(word)), `${word} at ${ems} em: ${lines.join('/')}`).toBe(true);
    }
  });

  test('the phrase pass: particles, numbers with units, verbs with complements stay whole; two words may part', () => {
    const at = (text: string, i: number): number => wordBreaks(text)[i] as number;
    expect(at('打响了', 2)).toBe(WORD_BREAK.inWord);
    expect(at('3.5公里', 3)).toBe(WORD_BREAK.inWord);
    expect(at('串起更多', 1)).toBe(WORD_BREAK.inWord);
    expect(at('民生温度', 2)).toBe(WORD_BREAK.betweenWords);
  });
});

describe('typed line breaks', () => {
  test('a line break typed into a headline ends the line there, even where more would fit, and draws nothing', () => {
    const block = set('地铁5号线\n今晨开通', 20);
    expect(linesOf(block.runs)).toEqual(['地铁5号线', '今晨开通']);
    expect(block.runs.some((r) => /[\n\r]/u.test(r.text) || r.glyphs.some((g) => /[\n\r]/u.test(g.chars)))).toBe(false);
  });

  test('CR LF and U+2028 are line breaks too', () => {
    expect(linesOf(set('城区供暖\r\n提前启动', 20).runs)).toEqual(['城区供暖', '提前启动']);
    expect(linesOf(set('城区供暖\u2028提前启动', 20).runs)).toEqual(['城区供暖', '提前启动']);
  });

  test('a vertical headline starts a new vertical line at a typed break', () => {
    const issue = makeIssue([{ id: 'v', headline: '锦腔青苗\n迎新学员', paragraphs: [newsText(400)] }], [[{ article: 'v', column: 1, span: 3, top: 0, height: 30, headline: 'vertical' }]]);
    const runs = compose(issue).pages[0]!.items.filter((i): i is TextRun => i.kind === 'text' && i.source?.part === 'headline');
    const columns = [...new Set(runs.map((r) => Math.round(r.x + r.glyphs[0]!.advance / 2)))];
    expect(columns).toHaveLength(2);
    const textAt = (x: number): string => runs.filter((r) => Math.round(r.x + r.glyphs[0]!.advance / 2) === x).map((r) => r.text).join('');
    expect(columns.map(textAt).sort()).toEqual(['迎新学员', '锦腔青苗'].sort());
  });
});

describe('a break inside a word', () => {
  test('is reported naming the lines, when no word boundary fits', () => {
    // One long run of particles and digits: there is no boundary between words to break at.
    const headline = '２０２６２０２６２０２６２０２６２０２６年';
    const comp = compose(makeIssue([{ id: 'w', headline, paragraphs: [newsText(300)] }], [[{ article: 'w', column: 1, span: 1, top: 0, height: 40 }]]));
    const found = comp.diagnostics.filter((d) => d.kind === 'headline-split-word');
    expect(found.length).toBeGreaterThan(0);
    const d = found[0]!;
    expect(d.kind === 'headline-split-word' && headline.startsWith(d.line)).toBe(true);
    expect(d.message).toContain(headline);
  });

  test('is not reported when the headline breaks between words', () => {
    const comp = compose(makeIssue([{ id: 'ok', headline: '让一条地铁线串起更多民生温度', paragraphs: [newsText(300)] }], [[{ article: 'ok', column: 1, span: 1, top: 0, height: 40 }]]));
    expect(comp.diagnostics.filter((d) => d.kind === 'headline-split-word')).toEqual([]);
  });
});
