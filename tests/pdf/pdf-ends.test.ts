/**
 * A PDF always finishes. `？！` opening an article's only paragraph once left pdfkit waiting for a
 * font object that was never written (its half-width instance was registered first, and the full
 * one then dropped from the fonts pdfkit finalizes): no PDF, exit 13, nothing said. Every two marks
 * that can start a paragraph are tried there, alone in the article, and the document must end
 * with both glyphs in it.
 */
import { describe, expect, test } from 'vitest';
import { writePdf } from '../../src-main/pdf/write-pdf.js';
import { compose, makeIssue } from '../helpers/issue.js';

/** Marks that may stand at a paragraph's start in copy (closing ones too: copy is not always right). */
const MARKS = [...'？！。，、；：…—（）“”‘’《》【】'];

/** The PDF of an article whose paragraph is `text`, or a rejection when it does not end within the bound. */
function pdfOf(text: string): Promise<Buffer> {
  const issue = makeIssue([{ id: 'a', paragraphs: [text] }], [[{ article: 'a', column: 1, span: 2, top: 0, height: 20 }]]);
  const pdf = writePdf(compose(issue), { title: text });
  return Promise.race([pdf, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${text}: the PDF did not end`)), 5_000))]);
}

describe('a paragraph that starts with two marks', () => {
  test('？！ alone (the case that hung) ends in a PDF', async () => {
    const pdf = await pdfOf('？！');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
  });

  test(`every pair of ${MARKS.length} marks, alone and before text, ends in a PDF`, async () => {
    const failed: string[] = [];
    for (const a of MARKS) {
      for (const b of MARKS) {
        for (const text of [`${a}${b}`, `${a}${b}正文。`]) {
          const pdf = await pdfOf(text).catch(() => undefined);
          if (!pdf?.subarray(-6).toString().includes('%%EOF')) failed.push(text);
        }
      }
    }
    expect(failed).toEqual([]);
  }, 120_000);
});
