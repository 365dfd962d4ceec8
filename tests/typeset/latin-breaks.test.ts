/**
 * Latin inside Chinese body text: words hyphenated at their patterns' points with a hyphen drawn,
 * never spaced letter by letter; URLs broken without a hyphen and without letter-spacing; a
 * number kept with its unit.
 */
import { describe, expect, test } from 'vitest';
import { hyphenPoints } from '../../src-main/typeset/hyphenate.js';
import type { ComposedLine } from '../../src-main/typeset/types.js';
import { EM, rightEdge, setText } from '../helpers/typeset.js';

/** The line's text as the source has it: without a hyphen the composer added. */
const sourceText = (line: ComposedLine): string => line.glyphs.filter((g) => !g.hyphen).map((g) => g.glyph.chars).join('');
const endsWithHyphen = (line: ComposedLine): boolean => line.glyphs.at(-1)?.hyphen === true;
const flush = (lines: ComposedLine[], ems: number): void => {
  for (const line of lines.slice(0, -1)) expect(Math.abs(rightEdge(line) - ems * EM), sourceText(line)).toBeLessThan(0.05);
};
/** Where the lines break inside `word` (offsets into it), given that `word` starts at `at` of the text. */
function breaksInside(lines: ComposedLine[], word: string, at: number): number[] {
  const out: number[] = [];
  let end = 0;
  for (const line of lines.slice(0, -1)) {
    end += sourceText(line).length;
    if (end > at && end < at + word.length) out.push(end - at);
  }
  return out;
}
const spell = (word: string): string => {
  let out = '';
  let from = 0;
  for (const p of hyphenPoints(word)) {
    out += `${word.slice(from, p.at)}${p.hyphen ? '-' : ''}|`;
    from = p.at;
  }
  return out + word.slice(from);
};

describe('hyphenation points', () => {
  test('English and German words get their patterns; two letters stay before a break, three after', () => {
    expect(spell('international')).toBe('in-|ter-|na-|tional');
    expect(spell('Donaudampfschifffahrtsgesellschaft')).toBe('Do-|nau-|dampf-|schiff-|fahrts-|ge-|sell-|schaft');
    expect(spell('internationalization')).toBe('in-|ter-|na-|tion-|al-|iza-|tion');
    expect(spell('Größenordnung')).toBe('Grö-|ßen-|ord-|nung');
    // A German compound without umlauts, known by its -ierungs- (English patterns would give In-|ter-|na-|tion-…).
    expect(spell('Internationalisierungsstrategie')).toBe('In-|ter-|na-|tio-|na-|li-|sie-|rungs-|stra-|te-|gie');
    // A long English word with none of those stays English.
    expect(spell('counterrevolutionary')).toBe('coun-|ter-|rev-|o-|lu-|tion-|ary');
    expect(spell('(Transformer),')).toBe('(Trans-|former),');
  });

  test('short words, acronyms and words with digits are never hyphenated', () => {
    for (const word of ['table', 'OLED', 'LiDAR', 'COVID-19', 'abc123defghi', 'Wi-Fi']) expect(hyphenPoints(word), word).toEqual([]);
  });

  test('a word with hard hyphens breaks after them, drawing nothing more', () => {
    expect(spell('state-of-the-art')).toBe('state-|of-|the-|art');
  });
});

describe('hyphenated words in a column', () => {
  const word = 'Donaudampfschifffahrtsgesellschaft';
  const text = `德国一家航运公司的名字叫${word}，意思是多瑙河蒸汽船航运公司，记者在现场看到了它的船队。`;

  test.each([10, 11, 12, 13])('a word wider than the column breaks at its hyphenation points, with a hyphen, lines flush (%i 字)', (ems) => {
    const lines = setText(text, ems);
    expect(lines.map(sourceText).join('')).toBe(text);
    flush(lines, ems);
    const start = text.indexOf(word);
    const inside = breaksInside(lines, word, start);
    expect(inside.length).toBeGreaterThan(0);
    // Between two letters elsewhere only as a last resort: where syllables would leave a line of
    // letters spaced far apart, once in the word at most.
    const allowed = hyphenPoints(word).map((p) => p.at);
    expect(inside.filter((at) => !allowed.includes(at)).length, inside.map((at) => word.slice(0, at)).join(' ')).toBeLessThanOrEqual(1);
    let end = 0;
    for (const line of lines.slice(0, -1)) {
      end += sourceText(line).length;
      expect(endsWithHyphen(line), sourceText(line)).toBe(end > start && end < start + word.length);
    }
  });

  test('a word that fits is hyphenated at a line end where that sets the lines better, never letter-spaced', () => {
    const copy = '这家企业采用了Transformer架构和international standard，已经在Kubernetes集群上运行了三个月，效果良好。';
    let hyphenated = 0;
    for (const ems of [10, 11, 12, 13, 14]) {
      const lines = setText(copy, ems);
      expect(lines.map(sourceText).join('')).toBe(copy);
      flush(lines, ems);
      hyphenated += lines.filter(endsWithHyphen).length;
      // The letters of a word are not spaced: between two of its parts, a tenth of what a gap
      // between two characters of the line takes (0.1 em of stretch at ratio 1).
      for (const line of lines) {
        const most = 0.1 * 0.1 * EM * Math.max(0, line.ratio) + 0.001;
        line.glyphs.forEach((g, i) => {
          const next = line.glyphs[i + 1];
          if (!next || next.hyphen || !/[a-z]/.test(g.glyph.chars) || !/[a-z]/.test(next.glyph.chars)) return;
          expect(next.pen - g.pen - g.glyph.advance, `${g.glyph.chars}${next.glyph.chars} in ${sourceText(line)}`).toBeLessThanOrEqual(most);
        });
      }
    }
    expect(hyphenated).toBeGreaterThan(0);
  });

  test('headlines keep their Latin words whole', () => {
    const lines = setText('江城Transformer大模型international发布会', 8, { align: 'center', breakAt: 'words' });
    expect(lines.some(endsWithHyphen)).toBe(false);
  });
});

describe('URLs', () => {
  const url = 'https://www.example.com/news/2026/11/26/index.html';
  const text = `访问${url}查看`;

  test.each([9, 10, 11, 12])('a URL breaks without a hyphen and without letter-spacing, lines flush (%i 字)', (ems) => {
    const lines = setText(text, ems);
    expect(lines.map(sourceText).join('')).toBe(text);
    expect(lines.some(endsWithHyphen)).toBe(false);
    flush(lines, ems);
    for (const line of lines) {
      line.glyphs.forEach((g, i) => {
        const next = line.glyphs[i + 1];
        if (!next || !url.includes(g.glyph.chars) || !url.includes(next.glyph.chars) || /[/.:]/.test(g.glyph.chars)) return;
        expect(next.pen - g.pen - g.glyph.advance, `${g.glyph.chars}${next.glyph.chars}`).toBeLessThan(0.02 * EM);
      });
    }
  });

  test('where the measure allows, a URL breaks after / or .', () => {
    const lines = setText(text, 9);
    expect(sourceText(lines[0]!)).toBe('访问https://www.');
  });

  test.each([12, 13])('a URL is not cut inside its scheme (h|ttps) or a letter from its end (%i 字)', (ems) => {
    const gov = 'https://www.lanchuan.gov.cn/zwgk/tzgg/202612/t20261204_1583.html';
    const lines = setText(`详情请登录澜川市政府网站${gov}查询。`, ems).map(sourceText);
    const ends = lines.slice(0, -1).map((l) => l.slice(-3));
    expect(ends.some((e) => /h$|ht$|htt$|http$|https$|:$|:\/$/.test(e)), lines.join(' | ')).toBe(false);
    expect(lines.some((l) => /^[a-z0-9]\./.test(l) || /^l$/.test(l)), lines.join(' | ')).toBe(false);
  });
});

describe('numbers with units', () => {
  test.each([
    ['12 ℃', '12', '℃'],
    ['3.5公里', '3.5', '公里'],
    ['5 km', '5', 'km'],
    ['126万', '126', '万'],
  ])('%s is never split over two lines', (unit, number, rest) => {
    for (let at = 4; at <= 12; at++) {
      const body = `${'江城日报新闻排版测试文字'.repeat(2).slice(0, at)}${unit}${'市民纷纷走出家门参加活动'.repeat(2)}`;
      const lines = setText(body, 10);
      const texts = lines.map(sourceText);
      texts.slice(0, -1).forEach((t, i) => {
        const split = t.trimEnd().endsWith(number) && (texts[i + 1] ?? '').trimStart().startsWith(rest);
        expect(split, `${unit} at ${at}: ${texts.join('|')}`).toBe(false);
      });
    }
  });
});
