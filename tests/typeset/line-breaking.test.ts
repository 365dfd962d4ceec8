import { describe, expect, test } from 'vitest';
import { EM, rightEdge, setText, textOf } from '../helpers/typeset.js';

const HAN = '江城日报新闻排版测试文字';
const han = (n: number): string => Array.from({ length: n }, (_, i) => HAN[i % HAN.length]).join('');

// clreq 禁则: these may not start a line …
const NO_START = '。．，、；：？！）］｝〕〉》」』】〗”’％‰℃';
// … and these may not end one.
const NO_END = '（［｛〔〈《「『【〖“‘';

describe('line-start prohibitions (行首禁则)', () => {
  for (const ch of NO_START) {
    test(`${ch} never starts a line`, () => {
      // Greedy filling would put `ch` as the 11th character, first on line 2.
      const lines = setText(`${han(10)}${ch}${han(25)}`, 10);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines.slice(1)) expect(textOf(line)[0]).not.toBe(ch);
      // The text is all there, in order.
      expect(lines.map(textOf).join('')).toBe(`${han(10)}${ch}${han(25)}`);
    });
  }
});

describe('line-end prohibitions (行尾禁则)', () => {
  for (const ch of NO_END) {
    test(`${ch} never ends a line`, () => {
      const lines = setText(`${han(9)}${ch}${han(26)}`, 10);
      for (const line of lines.slice(0, -1)) expect([...textOf(line)].pop()).not.toBe(ch);
    });
  }
});

describe('unbreakable units', () => {
  test.each(['——', '……'])('%s is never split across lines', (pair) => {
    for (let at = 7; at <= 11; at++) {
      const text = `${han(at)}${pair}${han(30 - at)}`;
      const lines = setText(text, 10);
      const texts = lines.map(textOf);
      texts.slice(0, -1).forEach((t, i) => {
        const joint = `${[...t].pop()}${texts[i + 1]?.[0]}`;
        expect(joint === pair[0]! + pair[1]!, `split ${pair} at ${at}: ${texts.join('|')}`).toBe(false);
      });
    }
  });

  test.each(['12.5%', '1,234', '3-2', 'Wi-Fi', 'iPhone'])('%s stays whole', (word) => {
    for (let at = 6; at <= 10; at++) {
      const text = `${han(at)}${word}${han(30 - at)}`;
      const texts = setText(text, 10).map(textOf);
      expect(texts.some((t) => t.includes(word)), `${word} at ${at}: ${texts.join('|')}`).toBe(true);
    }
  });
});

describe('justification', () => {
  test('every line but the last ends exactly at the measure', () => {
    const text = `据统计，2026年全市GDP同比增长5.2%，其中“新质生产力”相关产业贡献率达到12.5%（见附表）。${han(60)}`;
    const lines = setText(text, 13);
    for (const line of lines.slice(0, -1)) expect(Math.abs(rightEdge(line) - 13 * EM)).toBeLessThan(0.01);
    const last = lines.at(-1)!;
    expect(rightEdge(last)).toBeLessThan(13 * EM);
  });

  test('the last line is set solid (no added space)', () => {
    const lines = setText(han(30), 13);
    const last = lines.at(-1)!;
    expect(last.width).toBeCloseTo(4 * EM, 6);
  });

  test('a quarter em separates Han and Latin, and none at a line end', () => {
    const [line] = setText('采用AI技术', 20);
    const glyphs = line!.glyphs;
    const a = glyphs.find((g) => g.glyph.chars === 'A')!;
    const before = glyphs[glyphs.indexOf(a) - 1]!;
    expect(a.pen - (before.pen + before.glyph.advance)).toBeCloseTo(EM / 4, 6);
  });

  test('adjacent punctuation takes one and a half ems, not two', () => {
    const [line] = setText('他说：“好。”然后', 20);
    const stop = line!.glyphs.find((g) => g.glyph.chars === '。')!;
    expect(stop.advance).toBeCloseTo(EM / 2, 6);
  });
});

describe('paragraph shape', () => {
  test('no lone character on the last line: a character is pulled down', () => {
    // 53 characters at 13 a line would leave 1 on line 5; one earlier line loosens by a character.
    const text = `${han(52)}力。`;
    const lines = setText(text, 13);
    const lastLetters = [...textOf(lines.at(-1)!)].filter((c) => /\p{L}/u.test(c));
    expect(lastLetters.length).toBeGreaterThanOrEqual(2);
  });

  test('first line indented by 2 字', () => {
    const lines = setText(han(40), 13, { indent: 2 * EM });
    expect(lines[0]!.indent).toBe(2 * EM);
    expect(rightEdge(lines[0]!)).toBeCloseTo(13 * EM, 2);
    expect(lines[1]!.indent).toBe(0);
  });
});

describe('character-grid mode (每行字数固定)', () => {
  const onGrid = (x: number): boolean => Math.abs(x / EM - Math.round(x / EM)) < 1e-6;

  test('every ideograph of a full line sits on a cell of the column, punctuation included', () => {
    const text = `${han(20)}，${han(12)}。“${han(8)}”${han(30)}`;
    const lines = setText(text, 13, { grid: true });
    for (const line of lines.slice(0, -1)) {
      expect(rightEdge(line)).toBeCloseTo(13 * EM, 6);
      const stretched = line.glyphs.some((g) => !onGrid(g.pen));
      if (!stretched) for (const g of line.glyphs) expect(onGrid(g.x), textOf(line)).toBe(true);
    }
    // Most lines hold exactly 13 cells; only a line that had to give way to a rule is spread.
    const full = lines.slice(0, -1).filter((l) => l.glyphs.every((g) => onGrid(g.x)));
    expect(full.length).toBeGreaterThanOrEqual(lines.length - 2);
  });

  test('a Latin word or number is centred in the whole cells it needs', () => {
    const [line] = setText('全长27.6公里', 20, { grid: true });
    const after = line!.glyphs.find((g) => g.glyph.chars === '公')!;
    expect(onGrid(after.x)).toBe(true);
    const digits = line!.glyphs.filter((g) => /[\d.]/.test(g.glyph.chars));
    const inkStart = digits[0]!.x;
    const cellStart = 2 * EM;
    const inkEnd = digits.at(-1)!.x + digits.at(-1)!.glyph.advance;
    expect(inkStart - cellStart).toBeCloseTo(after.x - inkEnd, 6);
  });

  test('a stop that would start a line hangs at the end of the line before', () => {
    const lines = setText(`${han(13)}。${han(20)}`, 13, { grid: true, indent: 0 });
    expect(textOf(lines[0]!)).toBe(`${han(13)}。`);
    expect(lines[0]!.glyphs.slice(0, 13).every((g) => onGrid(g.x))).toBe(true);
  });
});

describe('paragraph style options', () => {
  test('hanging punctuation: a stop may hang past the measure instead of being pushed', () => {
    // 13 ideographs then 。 at a 13 em measure: without hanging the line must shrink or push.
    const text = `${han(13)}。${han(20)}`;
    const hanging = setText(text, 13, { hanging: true });
    expect(textOf(hanging[0]!)).toBe(`${han(13)}。`);
    const stop = hanging[0]!.glyphs.at(-1)!;
    expect(stop.x).toBeCloseTo(13 * EM, 6);
    const plain = setText(text, 13);
    expect(rightEdge(plain[0]!)).toBeCloseTo(13 * EM, 6);
    expect(plain[0]!.glyphs.every((g) => g.x + g.glyph.advance / 2 <= 13 * EM + 1e-6)).toBe(true);
  });

  test('the CJK–Latin space is adjustable, and none is added at a line start', () => {
    const [tight] = setText('采用AI技术', 20, { latinSpace: 0 });
    const a = tight!.glyphs.find((g) => g.glyph.chars === 'A')!;
    const before = tight!.glyphs[tight!.glyphs.indexOf(a) - 1]!;
    expect(a.pen).toBeCloseTo(before.pen + before.glyph.advance, 6);
    const lines = setText(`${han(12)}AI${han(20)}`, 12);
    const second = lines[1]!;
    expect(second.glyphs[0]!.glyph.chars).toBe('A');
    expect(second.glyphs[0]!.pen).toBe(0);
  });
});
