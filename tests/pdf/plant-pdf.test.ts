/**
 * The sample issue's plant-preset PDF, judged from the file itself: boxes, fonts, colour
 * operators, overprint, PDF/X keys (read with pdf-lib and our content lexer, and independently
 * by inflating the raw streams), and Ghostscript's separations.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { markMargin } from '../../src-main/pdf/printer-marks.js';
import { preflight } from '../../src-main/pdf/preflight/preflight.js';
import { readPdf, type PdfFacts } from '../../src-main/pdf/preflight/read-pdf.js';
import { writePdf } from '../../src-main/pdf/write-pdf.js';
import { pdfFonts, poppler } from '../helpers/poppler.js';
import { sample } from '../helpers/sample.js';

let dir = '';
let file = '';
let bytes: Buffer;
let facts: PdfFacts;

beforeAll(async () => {
  const { issue, comp } = sample();
  dir = mkdtempSync(join(tmpdir(), 'banmian-plant-'));
  file = join(dir, 'sample.pdf');
  bytes = await writePdf(comp, {
    title: 'sample',
    date: new Date('2026-11-26T00:00:00Z'),
    slug: { paper: issue.paper.name, issueDate: issue.date, sections: { 1: '要闻', 2: '城市' } },
  });
  writeFileSync(file, bytes);
  facts = await readPdf(bytes);
});

/** Every stream of the file, inflated where it is Flate-compressed, with its dictionary. */
function rawStreams(pdf: Buffer): Array<{ dict: string; data: Buffer }> {
  const text = pdf.toString('latin1');
  const out: Array<{ dict: string; data: Buffer }> = [];
  const re = /\d+ \d+ obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    const data = pdf.subarray(start, end);
    const dict = m[1] ?? '';
    out.push({ dict, data: dict.includes('/FlateDecode') ? inflateSync(data) : data });
    re.lastIndex = end;
  }
  return out;
}

describe('plant PDF', () => {
  test('TrimBox is the page, BleedBox the trim plus the template’s 3 mm bleed, MediaBox holds the marks', () => {
    const { comp } = sample();
    expect(facts.pages).toHaveLength(comp.pages.length);
    for (const [i, page] of comp.pages.entries()) {
      const m = markMargin(page.bleed);
      const b = page.bleed;
      expect(b).toBeCloseTo((3 * 72) / 25.4, 3);
      const got = facts.pages[i];
      const close = (actual: readonly number[] | undefined, expected: number[]): void => {
        expect(actual).toBeDefined();
        expected.forEach((v, k) => expect(actual?.[k]).toBeCloseTo(v, 2));
      };
      close(got?.trimBox, [m, m, m + page.width, m + page.height]);
      close(got?.bleedBox, [m - b, m - b, m + page.width + b, m + page.height + b]);
      close(got?.mediaBox, [0, 0, page.width + 2 * m, page.height + 2 * m]);
    }
  });

  test('embeds every font (pdffonts and the font dictionaries agree)', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) expect(f, f.name).toMatchObject({ embedded: true, subset: true });
    expect(facts.fonts.length).toBe(fonts.length);
    for (const f of facts.fonts) expect(f, f.name).toMatchObject({ embedded: true, subset: true });
  });

  test('has no RGB anywhere: no rg/RG operator, no DeviceRGB, no 3-component colour space', () => {
    expect(bytes.toString('latin1')).not.toMatch(/DeviceRGB|CalRGB/);
    const contents = rawStreams(bytes).filter((s) => !/\/(Subtype|Length1|Type)\b/.test(s.dict));
    expect(contents.length).toBeGreaterThanOrEqual(2);
    for (const s of contents) {
      const text = s.data.toString('latin1');
      expect(text).not.toMatch(/(^|\s)(rg|RG|DeviceRGB)(?=\s|$)/);
      // sc/scn/SC/SCN set 4 components (CMYK) or 1 (the registration Separation), never 3.
      for (const m of text.matchAll(/((?:-?[\d.]+\s+)+)(sc|scn|SC|SCN)(?=\s|$)/g)) {
        expect([1, 4]).toContain(m[1]?.trim().split(/\s+/).length);
      }
    }
    expect(facts.colourOperators.filter((c) => c.space.rgb)).toEqual([]);
    expect(new Set(facts.colourOperators.map((c) => c.space.label))).toEqual(new Set(['DeviceCMYK', 'Separation All']));
  });

  test('fills every text-showing operator in 0 0 0 1 k with overprint on (OPM 1)', () => {
    expect(facts.texts.length).toBeGreaterThan(500);
    for (const t of facts.texts) {
      expect(t.fill.space.family).toBe('DeviceCMYK');
      expect(t.fill.comps).toEqual([0, 0, 0, 1]);
      expect(t.overprint).toBe(true);
      expect(t.overprintMode).toBe(1);
    }
    expect(bytes.toString('latin1')).toMatch(/\/Type \/ExtGState\s+\/OP true\s+\/op true\s+\/OPM 1/);
  });

  test('black rules overprint too; nothing drawn is over the 240 % ink limit', () => {
    const blackStrokes = facts.paints.filter((p) => p.what === 'stroke' && p.colour.space.family === 'DeviceCMYK' && p.colour.comps.join() === '0,0,0,1');
    expect(blackStrokes.length).toBeGreaterThan(0);
    for (const p of blackStrokes) expect(p.overprint).toBe(true);
    for (const p of facts.paints) {
      if (p.colour.space.family === 'DeviceCMYK') expect(p.colour.comps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2.4);
    }
  });

  test('is PDF 1.3 with the PDF/X-1a:2001 keys and a newsprint OutputIntent', () => {
    expect(facts.version).toBe('1.3');
    expect(facts.info.GTS_PDFXVersion).toEqual({ kind: 'string', value: 'PDF/X-1:2001' });
    expect(facts.info.GTS_PDFXConformance).toEqual({ kind: 'string', value: 'PDF/X-1a:2001' });
    expect(facts.info.Trapped).toEqual({ kind: 'name', value: 'False' });
    expect(facts.info.Title?.kind).toBe('string');
    expect(facts.outputIntents).toEqual([
      expect.objectContaining({ Type: 'OutputIntent', S: 'GTS_PDFX', OutputConditionIdentifier: 'IFRA26', RegistryName: 'http://www.color.org' }),
    ]);
    expect(facts.transparency).toEqual([]);
    expect(bytes.toString('latin1')).not.toMatch(/\/UserUnit/);
  });

  test('carries a slug line below the trim: paper, date, page, section, revision', () => {
    const text = poppler('pdftotext', ['-f', '1', '-l', '1', '-y', '0', '-H', '2000', '-x', '0', '-W', '2000', '-enc', 'UTF-8', file, '-']);
    expect(text).toMatch(/江城日报 +2026-11-26 +第1版 要闻 +broadsheet +v1 +导出 \d{4}-\d\d-\d\d \d\d:\d\d +Banmian plant/);
  });

  test('passes preflight without errors or warnings', () => {
    expect(preflight(file, facts).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('Ghostscript separations: the C, M and Y plates are blank inside the trim, the K plate carries the text', async () => {
    const dpi = 20;
    const out = join(dir, 'sep');
    try {
      execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=tiffsep', `-r${dpi}`, '-dFirstPage=1', '-dLastPage=1', `-sOutputFile=${out}.tif`, file]);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('gs is needed by this test: install ghostscript (apt-get install ghostscript)');
      throw err;
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('sep(')).sort()).toEqual(['sep(Black).tif', 'sep(Cyan).tif', 'sep(Magenta).tif', 'sep(Yellow).tif']);
    const { comp } = sample();
    const page = comp.pages[0];
    if (!page) throw new Error('no page');
    const px = (pt: number): number => (pt * dpi) / 72;
    const m = markMargin(page.bleed);
    // The trim in pixels, one pixel in from each edge for anti-aliasing at the border.
    const trim = { left: Math.ceil(px(m)) + 1, top: Math.ceil(px(m)) + 1, right: Math.floor(px(m + page.width)) - 1, bottom: Math.floor(px(m + page.height)) - 1 };
    // Photos carry colour; everywhere else inside the trim (all the text) the colour plates are blank.
    const photos = page.items.flatMap((i) => (i.kind === 'image' ? [{ l: px(m + i.x) - 1, t: px(m + i.y) - 1, r: px(m + i.x + i.w) + 1, b: px(m + i.y + i.h) + 1 }] : []));
    const inkInTrim = async (plate: string): Promise<{ inside: number; outside: number }> => {
      const { data, info } = await sharp(`${out}(${plate}).tif`).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
      let inside = 0;
      let outside = 0;
      for (let y = 0; y < info.height; y++) {
        for (let x = 0; x < info.width; x++) {
          // tiffsep writes each plate as 255 = no ink.
          if ((data[y * info.width + x] ?? 255) === 255) continue;
          if (photos.some((p) => x >= p.l && x <= p.r && y >= p.t && y <= p.b)) continue;
          if (x >= trim.left && x <= trim.right && y >= trim.top && y <= trim.bottom) inside++;
          else outside++;
        }
      }
      return { inside, outside };
    };
    for (const plate of ['Cyan', 'Magenta', 'Yellow']) {
      const ink = await inkInTrim(plate);
      expect(ink.inside, plate).toBe(0);
      // The colour bar and registration marks outside the trim are on every plate.
      expect(ink.outside, plate).toBeGreaterThan(0);
    }
    expect((await inkInTrim('Black')).inside).toBeGreaterThan(1000);
  });
});
