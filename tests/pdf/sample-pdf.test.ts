/** The sample issue's PDF, read back with poppler: fonts embedded as subsets, text extractable. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderPdf } from '../../src-main/pdf/write-pdf.js';
import { pdfFonts, poppler } from '../helpers/poppler.js';
import { articleText, sample } from '../helpers/sample.js';

let file = '';

beforeAll(async () => {
  const { comp } = sample();
  file = join(mkdtempSync(join(tmpdir(), 'banmian-pdf-')), 'sample.pdf');
  writeFileSync(file, await renderPdf(comp, { title: 'sample', date: new Date('2026-11-26T00:00:00Z') }));
});

describe('sample issue PDF', () => {
  test('has the pages of the issue at the template size', () => {
    const info = poppler('pdfinfo', [file]);
    expect(info).toMatch(/Pages:\s+2/);
    expect(info).toMatch(/Page size:\s+1105\.5\d* x 1544\.8\d* pts/);
  });

  test('embeds every font as a subset with a Unicode map, under tags that differ', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) {
      expect(f, f.name).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(f.name).toMatch(/^[A-Z]{6}\+/);
    }
    const tags = new Set(fonts.map((f) => f.name.slice(0, 6)));
    expect(tags.size).toBe(fonts.length);
  });

  test('gives back every article’s text, in reading order, when the text is extracted', () => {
    const { issue, comp } = sample();
    const raw = poppler('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']).replace(/\s/g, '');
    for (const article of issue.articles) {
      const overset = comp.diagnostics.some((d) => 'article' in d && d.article === article.id && d.kind === 'overset');
      expect(overset).toBe(false);
      expect(raw.includes(articleText(issue, article.id)), article.id).toBe(true);
    }
  });
});
