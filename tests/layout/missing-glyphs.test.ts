/** A character no font of the chain has is drawn as .notdef, kept in the text, and reported. */
import { expect, test } from 'vitest';
import { bodyRuns, compose, makeIssue } from '../helpers/issue.js';

test('a character missing from every font is reported with its code point, role and page, and not lost', () => {
  const text = '考古队在遗址中发现了刻有𓀀符号的陶片，专家正在释读。';
  const comp = compose(makeIssue([{ id: 'a', paragraphs: [text] }], [[{ article: 'a', column: 1, span: 2, top: 0, height: 10 }]]));
  const missing = comp.diagnostics.filter((d) => d.kind === 'missing-glyph');
  expect(missing).toHaveLength(1);
  expect(missing[0]).toMatchObject({ severity: 'error', char: '𓀀', codePoint: 'U+13000', role: 'body-song', page: 1, article: 'a' });
  const runs = bodyRuns(comp);
  expect(runs.map((r) => r.text).join('')).toBe(text);
  const glyph = runs.flatMap((r) => r.glyphs).find((g) => g.chars === '𓀀');
  expect(glyph?.id).toBe(0);
  expect(glyph?.advance).toBeGreaterThan(0);
});

test('a character missing from every font in a headline is reported too', () => {
  const comp = compose(
    makeIssue([{ id: 'a', headline: '遗址出土𓀀符号陶片', paragraphs: ['考古队在遗址中发现了刻有符号的陶片，专家正在释读。'] }], [[{ article: 'a', column: 1, span: 2, top: 0, height: 12 }]]),
  );
  const missing = comp.diagnostics.filter((d) => d.kind === 'missing-glyph');
  expect(missing).toHaveLength(1);
  expect(missing[0]).toMatchObject({ char: '𓀀', article: 'a', severity: 'error' });
});
