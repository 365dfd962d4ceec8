/** Proof anchors follow the text: the changed stretch is found, offsets after it move by its change in length. */
import { describe, expect, test } from 'vitest';
import type { Article } from '../../src-main/model/issue.js';
import { followEdits, moveOffset, textEdit } from '../../src-main/proof/follow-edits.js';
import type { ProofMark } from '../../src-main/proof/proof-marks.js';

const article = (paragraphs: string[], headline = '标题'): Article => ({ id: 'a', headline, paragraphs, images: [] });
const mark = (part: ProofMark['anchor']['part'], paragraph: number, offset: number): ProofMark => ({
  id: 'm', anchor: { article: 'a', part, paragraph, offset }, quote: '', comment: 'x', status: 'open', created: '2026-11-26T08:00:00.000Z', updated: '2026-11-26T08:00:00.000Z',
});

describe('follow edits', () => {
  test('textEdit finds the changed stretch; moveOffset moves what follows it', () => {
    expect(textEdit('江城日报', '江城晚报')).toEqual({ start: 2, oldEnd: 3, newEnd: 3 });
    expect(textEdit('ab', 'aXb')).toEqual({ start: 1, oldEnd: 1, newEnd: 2 });
    const e = textEdit('一二三四五', '一二新的三四五');
    expect([0, 1, 2, 4].map((o) => moveOffset(o, e))).toEqual([0, 1, 4, 6]);
    expect(moveOffset(2, textEdit('一二三四五', '一二四五'))).toBe(2);
  });

  test.each([
    ['an insertion before the mark in its paragraph', ['甲乙丙', '丁戊己'], ['甲乙丙', '新丁戊己'], { paragraph: 1, offset: 2 }, { paragraph: 1, offset: 3 }],
    ['an edit in an earlier paragraph', ['甲乙丙', '丁戊己'], ['甲乙丙丙丙', '丁戊己'], { paragraph: 1, offset: 2 }, { paragraph: 1, offset: 2 }],
    ['a paragraph split before the mark', ['甲乙丙丁戊'], ['甲乙', '丙丁戊'], { paragraph: 0, offset: 3 }, { paragraph: 1, offset: 1 }],
    ['two paragraphs joined', ['甲乙', '丙丁戊'], ['甲乙丙丁戊'], { paragraph: 1, offset: 1 }, { paragraph: 0, offset: 3 }],
    ['the marked character deleted', ['甲乙丙丁'], ['甲丁'], { paragraph: 0, offset: 2 }, { paragraph: 0, offset: 1 }],
  ])('%s', (_, before, after, from, to) => {
    const [moved] = followEdits([mark('body', from.paragraph, from.offset)], article(before), article(after));
    expect(moved?.anchor).toMatchObject(to);
  });

  test('a headline mark follows a headline edit; marks of other parts and articles stay', () => {
    const before = article(['正文'], '秋粮丰收');
    const after = { ...before, headline: '今年秋粮丰收' };
    const [h, b, other] = followEdits([mark('headline', 0, 2), mark('body', 0, 1), { ...mark('headline', 0, 2), anchor: { ...mark('headline', 0, 2).anchor, article: 'b' } }], before, after);
    expect(h?.anchor.offset).toBe(4);
    expect(b?.anchor.offset).toBe(1);
    expect(other?.anchor.offset).toBe(2);
  });
});
