/** The sample issue's PDF, read back with poppler: fonts embedded as subsets, text extractable. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PRESETS } from '../../src-main/pdf/presets.js';
import { writePdf } from '../../src-main/pdf/write-pdf.js';
import { pdfFonts, poppler } from '../helpers/poppler.js';
import { articleText, sample } from '../helpers/sample.js';

const MM = 72 / 25.4;
let file = '';
let proofFile = '';

beforeAll(async () => {
  const { comp } = sample();
  const dir = mkdtempSync(join(tmpdir(), 'banmian-pdf-'));
  const date = new Date('2026-11-26T00:00:00Z');
  file = join(dir, 'sample.pdf');
  writeFileSync(file, await writePdf(comp, { title: 'sample', date }));
  proofFile = join(dir, 'sample-proof.pdf');
  writeFileSync(proofFile, await writePdf(comp, { title: 'sample', date, preset: PRESETS.proof }));
});

const pageSize = (pdf: string): [number, number] => {
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(poppler('pdfinfo', [pdf]));
  return [Number(m?.[1]), Number(m?.[2])];
};

describe('sample issue PDF', () => {
  test('has the pages of the issue; the proof at the 390 × 545 mm trim, the plant PDF with room for marks', () => {
    expect(poppler('pdfinfo', [file])).toMatch(/Pages:\s+2/);
    const [w, h] = pageSize(proofFile);
    expect(w).toBeCloseTo(390 * MM, 1);
    expect(h).toBeCloseTo(545 * MM, 1);
    // Bleed 3 mm, a 3 mm gap, 6 mm crop marks, 3 mm to spare: 12 mm on every side.
    const [pw, ph] = pageSize(file);
    expect(pw).toBeCloseTo((390 + 24) * MM, 1);
    expect(ph).toBeCloseTo((545 + 24) * MM, 1);
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
