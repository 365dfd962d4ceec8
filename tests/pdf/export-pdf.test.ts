/** Export: one PDF per page, photos converted to CMYK and downsampled, preflight of bad colour. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import type { Composition, DisplayItem, TextRun } from '../../src-main/model/display-list.js';
import { exportPdfs } from '../../src-main/pdf/export-pdf.js';
import { preflight } from '../../src-main/pdf/preflight/preflight.js';
import { readPdf } from '../../src-main/pdf/preflight/read-pdf.js';
import { PRESETS } from '../../src-main/pdf/presets.js';
import { renderDocument } from '../../src-main/pdf/write-pdf.js';
import { sample } from '../helpers/sample.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'banmian-export-'));
const date = new Date('2026-11-26T00:00:00Z');

/** Page 1 of the sample with its items replaced. */
function withItems(items: DisplayItem[]): Composition {
  const { comp } = sample();
  const page = comp.pages[0];
  if (!page) throw new Error('no page');
  return { ...comp, pages: [{ ...page, items }], diagnostics: [] };
}

const firstRun = (): TextRun => {
  const run = sample().comp.pages[0]?.items.find((i): i is TextRun => i.kind === 'text' && i.role === 'body');
  if (!run) throw new Error('no body run');
  return run;
};

describe('export', () => {
  test('--split writes one preflighted PDF per page under the name pattern, and nothing else', async () => {
    const { issue, comp } = sample();
    const dir = tmp();
    const files = await exportPdfs(comp, {
      preset: PRESETS.plant,
      out: dir,
      split: '{date}_{page:02}.pdf',
      title: 'sample',
      slug: { paper: issue.paper.name, issueDate: issue.date },
      date,
    });
    expect(readdirSync(dir).sort()).toEqual(['2026-11-26_01.pdf', '2026-11-26_02.pdf']);
    const tags = new Set<string>();
    for (const f of files) {
      expect(f.findings.filter((x) => x.severity === 'error')).toEqual([]);
      const facts = await readPdf(readFileSync(f.file));
      expect(facts.pages).toHaveLength(1);
      for (const font of facts.fonts) tags.add(font.name.slice(0, 6));
    }
    // Subset tags differ between the page PDFs, so the plant can merge them.
    expect(tags.size).toBe(files.reduce((n, f) => n + (f.preflight?.fonts.length ?? 0), 0));
    expect(tags.size).toBeGreaterThan(0);
  });

  test('a photo is converted to CMYK JPEG and downsampled to 300 ppi at placed size', async () => {
    const src = join(tmp(), 'photo.png');
    await sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 200, g: 40, b: 30 } } }).png().toFile(src);
    // 144 × 96 pt is 2 × 1.33 in: 1200 ppi as supplied.
    const comp = withItems([{ kind: 'image', src, x: 100, y: 100, w: 144, h: 96 }, firstRun()]);
    const { pdf, notes } = await renderDocument(comp, { title: 'photo', date });
    expect(notes).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringMatching(/downsampled from 1200 to 300 ppi/) })]);
    const facts = await readPdf(pdf);
    expect(facts.images).toHaveLength(1);
    expect(facts.images[0]).toMatchObject({ width: 600, height: 400, filter: 'DCTDecode', space: { family: 'DeviceCMYK' } });
    expect(facts.images[0]?.ppi).toBeCloseTo(300, 0);
    expect(preflight('photo.pdf', facts).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('preflight finds rich black text and colour over the ink limit', async () => {
    const rich: TextRun = { ...firstRun(), fill: [60, 40, 40, 100] };
    const comp = withItems([{ kind: 'box', x: 50, y: 50, w: 40, h: 40, lineWidth: 0, fill: [100, 100, 100, 100] }, rich]);
    const facts = await readPdf(await renderDocument(comp, { title: 'bad colour', date }).then((r) => r.pdf));
    const errors = preflight('bad.pdf', facts).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.check).sort()).toEqual(['ink', 'rich-black']);
    expect(errors.find((f) => f.check === 'rich-black')?.message).toMatch(/100% K/);
    expect(errors.find((f) => f.check === 'ink')?.message).toMatch(/400% ink, over the 240% limit/);
    // The app shows the same findings in Chinese.
    expect(errors.find((f) => f.check === 'rich-black')?.zh).toMatch(/四色黑.*单黑 100% K/);
    expect(errors.find((f) => f.check === 'ink')?.zh).toBe('填色（DeviceCMYK 1 1 1 1）总墨量 400%，超过 240% 的上限');
  });
});
