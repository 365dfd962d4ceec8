/** Bold and italic runs (from Word or Markdown) set in the template's emphasis roles, the source map exact. */
import { expect, test } from 'vitest';
import { InputError } from '../../src-main/model/errors.js';
import { bodyRuns, compose, makeIssue, newsText } from '../helpers/issue.js';
import { testFonts } from '../helpers/typeset.js';

const text = `${newsText(40, 1)}重点排口将全部完成整治${newsText(60, 4)}口袋公园${newsText(80, 2)}`;
const bold = { start: text.indexOf('重点排口'), end: text.indexOf('重点排口') + 11 };
const italic = { start: text.indexOf('口袋公园'), end: text.indexOf('口袋公园') + 4 };

test('styled runs are drawn in the emphasis fonts, everything else in the body font, and map back to their characters', () => {
  const issue = makeIssue(
    [{ id: 'a', byline: '本报讯（记者 何清）', paragraphs: [text, newsText(50, 3)], styles: [{ paragraph: 0, ...bold, style: 'bold' }, { paragraph: 0, ...italic, style: 'italic' }] }],
    [[{ article: 'a', column: 1, span: 2, top: 0, height: 20 }]],
  );
  const runs = bodyRuns(compose(issue));
  const fonts = testFonts();
  const fontAt = (offset: number): string | undefined =>
    runs.find((r) => r.source?.part === 'body' && r.source.paragraph === 0 && r.source.offset <= offset && offset < r.source.offset + r.text.length)?.font;
  expect(fontAt(bold.start)).toBe(fonts.role('emphasis-hei').key);
  expect(fontAt(bold.end - 1)).toBe(fonts.role('emphasis-hei').key);
  expect(fontAt(italic.start)).toBe(fonts.role('emphasis-kai').key);
  expect(fontAt(bold.start - 1)).toBe(fonts.role('body-song').key);
  expect(fontAt(italic.end)).toBe(fonts.role('body-song').key);
  for (const r of runs) {
    if (r.source?.part !== 'body') continue;
    const source = issue.articles[0]!.paragraphs[r.source.paragraph]!;
    expect(source.slice(r.source.offset, r.source.offset + r.text.length)).toBe(r.text);
  }
  expect(runs.map((r) => r.text).join('')).toBe(`本报讯（记者 何清）${text}${newsText(50, 3)}`);
});

test('a style range outside its paragraph, or overlapping another, is refused with the field named', () => {
  const bad = (styles: Array<{ paragraph: number; start: number; end: number; style: 'bold' | 'italic' }>) => () =>
    makeIssue([{ id: 'a', paragraphs: ['十个字的一段新闻正文。'], styles }], [[{ article: 'a', column: 1, span: 1, top: 0, height: 5 }]]);
  expect(bad([{ paragraph: 1, start: 0, end: 2, style: 'bold' }])).toThrow(/articles\[0\]\.styles\[0\]\.paragraph: the article has no paragraph 1/);
  expect(bad([{ paragraph: 0, start: 3, end: 40, style: 'bold' }])).toThrow(/articles\[0\]\.styles\[0\]: characters 3–40 are not inside paragraph 0/);
  expect(bad([{ paragraph: 0, start: 0, end: 4, style: 'bold' }, { paragraph: 0, start: 2, end: 6, style: 'italic' }])).toThrow(InputError);
});
