/**
 * A byline breaks between people, never inside a name: 本报讯（记者 郑可 实习|生 卢佳怡） and
 * 通|讯员 are the breaks a copy editor circles on a proof. The byline's spaces take the slack
 * of its line instead.
 */
import { describe, expect, test } from 'vitest';
import { nameBreaks, WORD_BREAK } from '../../src-main/typeset/words.js';
import { BODY_STYLE, composeParagraph } from '../../src-main/typeset/paragraph.js';
import type { Span } from '../../src-main/typeset/types.js';
import { EM, testFonts, textOf } from '../helpers/typeset.js';

const BODY = '记者近日从市卫生健康委获悉，位于东渡区桂花社区的全市首个“夜间托育点”已投入使用。';
const STYLE = { ...BODY_STYLE, em: EM, indent: 2 * EM };

/** The lines, read without their spaces (a line end takes the space it falls on). */
function lines(byline: string, names: boolean, ems = 13): string[] {
  const spans: Span[] = [{ text: byline, role: 'byline-hei', size: EM, ...(names ? { names } : {}) }, { text: BODY, role: 'body-song', size: EM }];
  return composeParagraph(spans, STYLE, () => ems * EM, testFonts()).lines.map((l) => textOf(l).replace(/\s+/gu, ''));
}

/** Whether a line ends inside one of the names (or role words) of `byline`. */
function cutsAName(text: string[], byline: string): boolean {
  const words = byline.split(/[\s\u3000（）]+/u).filter(Boolean);
  return text.slice(0, -1).some((line, i) => words.some((w) => [...w].some((_, k) => k > 0 && line.endsWith(w.slice(0, k)) && (text[i + 1] ?? '').startsWith(w.slice(k)))));
}

describe('a run-in byline', () => {
  for (const byline of ['本报讯（记者 郑可 实习生 卢佳怡）', '本报讯（记者 胡晓峰 通讯员 李春燕）', '本报讯（记者 殷若水 通讯员 黎明）']) {
    test(`${byline}, in columns of 11 to 14 字 with an indent, breaks between names`, () => {
      for (const ems of [11, 12, 13, 14]) {
        const text = lines(byline, true, ems);
        expect(cutsAName(text, byline), `${ems} 字: ${text.join(' | ')}`).toBe(false);
        expect(text.join('')).toBe(`${byline}${BODY}`.replace(/\s+/gu, ''));
      }
    });
  }

  test('without the names marked, the same text breaks inside one (the case the mark is for)', () => {
    const text = lines('本报讯（记者 胡晓峰 通讯员 李春燕）', false);
    expect(cutsAName(text, '本报讯（记者 胡晓峰 通讯员 李春燕）'), text.join(' | ')).toBe(true);
  });
});

describe('where a byline may break', () => {
  test('at spaces and brackets; after a role word only where nothing better fits; never inside a name', () => {
    const text = '本报讯（记者 郑可 实习生 卢佳怡）';
    const at = (s: string): number => nameBreaks(text)[text.indexOf(s)] as number;
    expect(at('（')).toBe(WORD_BREAK.betweenWords);
    expect(at('实习生')).toBe(WORD_BREAK.betweenWords);
    expect(at('郑可')).toBe(WORD_BREAK.besideShortWord);
    expect(at('卢佳怡')).toBe(WORD_BREAK.besideShortWord);
    expect(at('可')).toBe(WORD_BREAK.inWord);
    expect(at('习')).toBe(WORD_BREAK.inWord);
  });
});
