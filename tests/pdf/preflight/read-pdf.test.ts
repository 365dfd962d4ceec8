/**
 * The PDF reader preflight judges by, on small PDFs built here with pdf-lib (content streams
 * written by hand, so each fact is known) and one with a real font embedded by pdfkit: boxes,
 * fonts, colour spaces, text, images, transparency, and what it does with broken files.
 */
import PDFKitDocument from 'pdfkit';
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFContext, type PDFPage, type PDFRef } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { FontLibrary } from '../../../src-main/fonts/font-library.js';
import { readPdf, type ColourSpace, type PdfFacts } from '../../../src-main/pdf/preflight/read-pdf.js';

type Dict = NonNullable<Parameters<PDFContext['stream']>[1]>;

/** A page of 200 × 100 pt with these content streams (Flate-compressed) and resources. */
function addPage(doc: PDFDocument, content: string | string[], resources: Dict = {}): PDFPage {
  const page = doc.addPage([200, 100]);
  page.node.set(PDFName.of('Resources'), doc.context.obj(resources));
  const streams = [content].flat().map((c) => doc.context.register(doc.context.flateStream(c)));
  page.node.set(PDFName.of('Contents'), streams.length === 1 ? (streams[0] as PDFRef) : doc.context.obj(streams));
  return page;
}

async function read(build: (doc: PDFDocument) => void | Promise<void>): Promise<PdfFacts> {
  const doc = await PDFDocument.create();
  await build(doc);
  return readPdf(await doc.save());
}

/** One page with this content and resources. */
const readPage = (content: string | string[], resources: (doc: PDFDocument) => Dict | Promise<Dict> = () => ({})): Promise<PdfFacts> =>
  read(async (doc) => void addPage(doc, content, await resources(doc)));

const labels = (spaces: ReadonlyArray<ColourSpace | undefined>): Array<string | undefined> => spaces.map((s) => s?.label);

const png = (channels: 3 | 4): Promise<Buffer> => sharp({ create: { width: 30, height: 20, channels, background: { r: 200, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();

describe('document and pages', () => {
  test('version from the header, info entries, boxes of every page', async () => {
    const facts = await read((doc) => {
      doc.setTitle('版面');
      doc.setAuthor('test');
      addPage(doc, '').setTrimBox(10, 10, 180, 80);
      const second = addPage(doc, '');
      second.setTrimBox(5, 5, 190, 90);
      second.setBleedBox(2, 2, 196, 96);
    });
    expect(facts.version).toBe('1.7');
    expect(facts.info.Title).toEqual({ kind: 'string', value: '版面' });
    expect(facts.info.Author).toEqual({ kind: 'string', value: 'test' });
    expect(facts.pages).toEqual([
      { number: 1, mediaBox: [0, 0, 200, 100], trimBox: [10, 10, 190, 90], bleedBox: undefined },
      { number: 2, mediaBox: [0, 0, 200, 100], trimBox: [5, 5, 195, 95], bleedBox: [2, 2, 198, 98] },
    ]);
  });

  test('output intents: names and strings as written, objects as (object)', async () => {
    const facts = await read((doc) => {
      addPage(doc, '');
      const profile = doc.context.register(doc.context.stream('icc', { N: 4 }));
      const intent = doc.context.obj({ Type: 'OutputIntent', S: 'GTS_PDFX', OutputConditionIdentifier: PDFString.of('IFRA26'), DestOutputProfile: profile });
      doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([intent]));
    });
    expect(facts.outputIntents).toEqual([{ Type: 'OutputIntent', S: 'GTS_PDFX', OutputConditionIdentifier: 'IFRA26', DestOutputProfile: '(object)' }]);
  });

  test('content split over several streams is read as one', async () => {
    const facts = await readPage(['0 0 0', '1 k 0 0 10 10 re', 'f']);
    expect(facts.paints).toEqual([{ page: 1, what: 'fill', colour: { space: expect.objectContaining({ family: 'DeviceCMYK' }), comps: [0, 0, 0, 1] }, overprint: false }]);
  });
});

describe('fonts', () => {
  /** A font dictionary by hand: only what the reader looks at. */
  function fontDict(doc: PDFDocument, name: string, subtype: string, file?: 'FontFile2' | 'FontFile3'): PDFRef {
    const descriptor: Dict = { Type: 'FontDescriptor', FontName: name };
    if (file) descriptor[file] = doc.context.register(doc.context.stream('font program'));
    if (subtype === 'Type0') {
      const cid = doc.context.obj({ Type: 'Font', Subtype: 'CIDFontType2', BaseFont: name, FontDescriptor: doc.context.register(doc.context.obj(descriptor)) });
      return doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, DescendantFonts: [doc.context.register(cid)] }));
    }
    return doc.context.register(doc.context.obj({ Type: 'Font', Subtype: subtype, BaseFont: name, FontDescriptor: doc.context.register(doc.context.obj(descriptor)) }));
  }

  test('every font shown with: its name, type, whether embedded (in a descendant too) and subset; each font once', async () => {
    const facts = await readPage('BT /F1 9 Tf (a) Tj /F2 9 Tf (b) Tj /F3 9 Tf (c) Tj /F4 9 Tf (d) Tj /F5 9 Tf (e) Tj /F1 12 Tf (f) Tj ET', async (doc) => ({
      Font: {
        F1: (await doc.embedFont(StandardFonts.Helvetica)).ref,
        F2: fontDict(doc, 'ABCDEF+Song', 'TrueType', 'FontFile2'),
        F3: fontDict(doc, 'GHIJKL+Hei', 'Type0', 'FontFile2'),
        // Controls: a descendant without a font file, and a prefix of five letters.
        F4: fontDict(doc, 'MNOPQR+Kai', 'Type0'),
        F5: fontDict(doc, 'ABCDE+Fang', 'Type1', 'FontFile3'),
      },
    }));
    expect(facts.fonts).toEqual([
      { name: 'Helvetica', subtype: 'Type1', embedded: false, subset: false },
      { name: 'ABCDEF+Song', subtype: 'TrueType', embedded: true, subset: true },
      { name: 'GHIJKL+Hei', subtype: 'Type0', embedded: true, subset: true },
      { name: 'MNOPQR+Kai', subtype: 'Type0', embedded: false, subset: true },
      { name: 'ABCDE+Fang', subtype: 'Type1', embedded: true, subset: false },
    ]);
    expect(facts.texts.map((t) => [t.font, t.size])).toEqual([['Helvetica', 9], ['ABCDEF+Song', 9], ['GHIJKL+Hei', 9], ['MNOPQR+Kai', 9], ['ABCDE+Fang', 9], ['Helvetica', 12]]);
  });

  test('a real font embedded by pdfkit is found embedded and subset, in the colour it was set in', async () => {
    const path = FontLibrary.load().role('body-song').path;
    const doc = new PDFKitDocument({ size: [200, 100], margin: 0 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => doc.on('end', resolve));
    doc.font(path).fontSize(12).fillColor([0, 0, 0, 100]).text('版面', 10, 10);
    doc.end();
    await done;
    const facts = await readPdf(Buffer.concat(chunks));
    expect(facts.fonts).toHaveLength(1);
    expect(facts.fonts[0]).toMatchObject({ subtype: 'Type0', embedded: true, subset: true });
    expect(facts.fonts[0]?.name).toMatch(/^[A-Z]{6}\+NotoSerifSC/);
    expect(facts.texts.length).toBeGreaterThan(0);
    for (const t of facts.texts) expect(t).toMatchObject({ font: facts.fonts[0]?.name, size: 12, fill: { space: { family: 'DeviceCMYK' }, comps: [0, 0, 0, 1] } });
  });

  test('a font missing from the resources is "?"', async () => {
    const facts = await readPage('BT /F9 9 Tf (a) Tj ET');
    expect(facts.texts.map((t) => t.font)).toEqual(['?']);
    expect(facts.fonts).toEqual([]);
  });
});

describe('colour spaces', () => {
  const spaces = (doc: PDFDocument): Dict => {
    const tint = doc.context.register(doc.context.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [1, 1, 1, 1], N: 1 }));
    const icc = (n: number): PDFRef => doc.context.register(doc.context.stream('icc', { N: n }));
    return {
      ColorSpace: {
        Reg: ['Separation', 'All', 'DeviceCMYK', tint],
        Spot: ['Separation', 'PANTONE#20185', 'DeviceRGB', tint],
        Rgb: ['ICCBased', icc(3)],
        Cmyk: ['ICCBased', icc(4)],
        Pal: ['Indexed', 'DeviceRGB', 1, PDFString.of('\x00\x00\x00\xff\xff\xff')],
        PalCmyk: ['Indexed', 'DeviceCMYK', 0, PDFString.of('\x00\x00\x00\xff')],
        Two: ['DeviceN', ['Cyan', 'Magenta'], 'DeviceCMYK', tint],
        Lab: ['Lab', { WhitePoint: [0.95, 1, 1.09] }],
        Cal: ['CalRGB', { WhitePoint: [0.95, 1, 1.09] }],
      },
    };
  };

  test('device operators, named spaces and their families, colorants and whether they are RGB', async () => {
    const names = ['Reg', 'Spot', 'Rgb', 'Cmyk', 'Pal', 'PalCmyk', 'Two', 'Lab', 'Cal', 'DeviceGray', 'Nope'];
    const facts = await readPage(`0.5 g 1 0 0 RG 0 0 0 1 k ${names.map((n) => `/${n} cs`).join(' ')}`, spaces);
    const ops = facts.colourOperators;
    expect(ops.map((o) => o.op)).toEqual(['g', 'RG', 'k', ...names.map(() => 'cs')]);
    expect(labels(ops.map((o) => o.space))).toEqual([
      'DeviceGray', 'DeviceRGB', 'DeviceCMYK',
      'Separation All', 'Separation PANTONE 185', 'ICCBased (3)', 'ICCBased (4)', 'Indexed DeviceRGB', 'Indexed DeviceCMYK', 'DeviceN Cyan Magenta', 'Lab', 'CalRGB', 'DeviceGray', 'Nope',
    ]);
    expect(ops.map((o) => o.space.rgb)).toEqual([false, true, false, false, true, true, false, true, false, false, false, true, false, false]);
    expect(ops.find((o) => o.space.label === 'Separation All')?.space).toEqual({ family: 'Separation', components: 1, colorant: 'All', rgb: false, label: 'Separation All' });
    expect(ops.find((o) => o.space.family === 'DeviceN')?.space).toMatchObject({ components: 2, colorant: 'Cyan Magenta' });
  });

  test('a space set with cs starts at its initial colour; scn and SCN set the current fill and stroke', async () => {
    const facts = await readPage('/DeviceCMYK cs 0 0 10 10 re f /Reg cs 0 0 10 10 re f 0.4 scn 0 0 10 10 re f /DeviceRGB CS 0 0 m 5 5 l S 1 0 0 SC 0 0 m 5 5 l S', spaces);
    expect(facts.paints.map((p) => [p.what, p.colour.space.label, p.colour.comps])).toEqual([
      ['fill', 'DeviceCMYK', [0, 0, 0, 1]],
      ['fill', 'Separation All', [1]],
      ['fill', 'Separation All', [0.4]],
      ['stroke', 'DeviceRGB', [0, 0, 0]],
      ['stroke', 'DeviceRGB', [1, 0, 0]],
    ]);
  });

  test('painting operators: fill, stroke, both; a path never painted is no paint; q/Q restore the colour', async () => {
    const facts = await readPage('1 g 0 G 0 0 10 10 re f 0 0 m 1 1 l S 0 0 5 5 re B q 0.5 g 0 0 5 5 re n Q 0 0 5 5 re f*');
    expect(facts.paints.map((p) => [p.what, p.colour.comps[0]])).toEqual([
      ['fill', 1],
      ['stroke', 0],
      ['fill', 1],
      ['stroke', 0],
      ['fill', 1],
    ]);
  });
});

describe('text', () => {
  const font = async (doc: PDFDocument): Promise<Dict> => ({
    Font: { F1: (await doc.embedFont(StandardFonts.Helvetica)).ref },
    ExtGState: { Both: { OP: true, OPM: 1 }, FillOff: { OP: true, op: false }, Alpha: { ca: 0.5 } },
  });

  test('size on the page is the font size times the text matrix and the CTM', async () => {
    const facts = await readPage('BT /F1 10 Tf (a) Tj 2 0 0 2 0 0 Tm (b) Tj ET q 1.5 0 0 1.5 0 0 cm BT /F1 10 Tf 2 0 0 2 0 0 Tm (c) Tj ET Q BT /F1 10 Tf (d) Tj ET', font);
    expect(facts.texts.map((t) => t.size)).toEqual([10, 20, 30, 10]);
  });

  test('invisible text is not shown; stroked text shows in the stroke colour; fill-and-stroke shows both', async () => {
    const facts = await readPage('1 0 0 rg 0 0 1 RG BT /F1 9 Tf 3 Tr (hidden) Tj 7 Tr (clip) Tj 1 Tr (a) Tj 2 Tr (b) Tj 0 Tr (c) Tj ET', font);
    expect(facts.texts.map((t) => t.fill.comps)).toEqual([[0, 0, 1], [1, 0, 0], [0, 0, 1], [1, 0, 0]]);
  });

  test('overprint and its mode come from the graphics state: OP alone sets both, op sets the fill; Q restores', async () => {
    const facts = await readPage('BT /F1 9 Tf (a) Tj ET q /Both gs BT /F1 9 Tf (b) Tj ET /FillOff gs BT /F1 9 Tf (c) Tj 1 Tr (d) Tj ET Q BT /F1 9 Tf (e) Tj ET', font);
    expect(facts.texts.map((t) => [t.overprint, t.overprintMode])).toEqual([[false, 0], [true, 1], [false, 1], [true, 1], [false, 0]]);
  });

  test('all four text-showing operators count; an operator with too few operands does not throw', async () => {
    const facts = await readPage('BT /F1 9 Tf (a) Tj [(b)] TJ (c) \' 1 2 (d) " 1 2 Tm (e) Tj ET 5 cm', font);
    expect(facts.texts.map((t) => t.op)).toEqual(['Tj', 'TJ', "'", '"', 'Tj']);
    // Tm with two numbers is filled with zeros: a text matrix of no size.
    expect(facts.texts[4]?.size).toBe(0);
  });
});

describe('images', () => {
  test('size in pixels, colour space, filter and effective resolution at the placed size', async () => {
    const facts = await readPage('q 36 0 0 24 0 0 cm /Rgb Do Q q 72 0 0 48 0 0 cm /Rgb Do Q q 18 0 0 24 0 0 cm /Cmyk Do Q', async (doc) => {
      const cmyk = await sharp(await png(3)).toColourspace('cmyk').jpeg().toBuffer();
      return { XObject: { Rgb: (await doc.embedPng(await png(3))).ref, Cmyk: (await doc.embedJpg(cmyk)).ref } };
    });
    expect(facts.images).toEqual([
      { page: 1, name: 'Rgb', width: 30, height: 20, space: expect.objectContaining({ label: 'DeviceRGB', rgb: true }), filter: 'FlateDecode', ppi: 60, softMask: false },
      // Control: the same image at twice the size has half the resolution.
      { page: 1, name: 'Rgb', width: 30, height: 20, space: expect.objectContaining({ label: 'DeviceRGB' }), filter: 'FlateDecode', ppi: 30, softMask: false },
      // Squeezed: the lower of the two directions counts (20 px over a third of an inch is 60, 30 px over a quarter 120).
      { page: 1, name: 'Cmyk', width: 30, height: 20, space: expect.objectContaining({ label: 'DeviceCMYK', rgb: false }), filter: 'DCTDecode', ppi: 60, softMask: false },
    ]);
    expect(labels(facts.colourOperators.map((o) => o.space))).toEqual(['DeviceRGB', 'DeviceRGB', 'DeviceCMYK']);
    expect(facts.transparency).toEqual([]);
  });

  test('an image with alpha has a soft mask, which is transparency', async () => {
    const facts = await readPage('q 36 0 0 24 0 0 cm /A Do Q', async (doc) => ({ XObject: { A: (await doc.embedPng(await png(4))).ref } }));
    expect(facts.images[0]).toMatchObject({ name: 'A', softMask: true });
    expect(facts.transparency).toEqual([{ page: 1, what: 'soft mask on image A' }]);
  });

  test('an image mask has no colour space of its own and paints in the fill colour', async () => {
    const facts = await readPage('0 0 0 1 k q 72 0 0 72 0 0 cm /M Do Q', (doc) => ({
      XObject: { M: doc.context.register(doc.context.stream(new Uint8Array([0xf0]), { Type: 'XObject', Subtype: 'Image', Width: 8, Height: 1, ImageMask: true, BitsPerComponent: 1 })) },
    }));
    expect(facts.images).toEqual([{ page: 1, name: 'M', width: 8, height: 1, space: undefined, filter: 'none', ppi: 1, softMask: false }]);
    expect(facts.paints.map((p) => [p.what, p.colour.comps])).toEqual([['fill', [0, 0, 0, 1]]]);
  });

  test('an inline image: its abbreviated colour space and resolution', async () => {
    const facts = await readPage('q 72 0 0 36 0 0 cm BI /W 4 /H 2 /CS /G /BPC 8 ID \x00\x40\x80\xff\x00\x40\x80\xff EI Q 0 0 1 rg 0 0 1 1 re f');
    expect(facts.images).toEqual([{ page: 1, name: '(inline)', width: 4, height: 2, space: expect.objectContaining({ label: 'DeviceGray' }), filter: 'inline', ppi: 4, softMask: false }]);
    expect(facts.paints.map((p) => p.colour.space.label)).toEqual(['DeviceRGB']);
  });

  test('inside a form XObject: its matrix scales what it draws, its resources are its own, its colours are found', async () => {
    const facts = await readPage('q 36 0 0 24 0 0 cm /Fm Do Q', async (doc) => {
      const image = (await doc.embedPng(await png(3))).ref;
      const form = doc.context.stream('1 0 0 rg 0 0 1 1 re f /Im Do', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1], Matrix: [2, 0, 0, 2, 0, 0], Resources: { XObject: { Im: image } }, Group: { S: 'Transparency' } });
      return { XObject: { Fm: doc.context.register(form) } };
    });
    expect(facts.images.map((i) => [i.name, i.ppi])).toEqual([['Im', 30]]);
    expect(facts.paints.map((p) => [p.colour.space.label, p.colour.comps])).toEqual([['DeviceRGB', [1, 0, 0]]]);
    expect(facts.transparency).toEqual([{ page: 1, what: 'transparency group in form Fm' }]);
  });
});

describe('transparency', () => {
  test('constant alpha, blend modes, soft masks in a graphics state, a page group; opaque states are none', async () => {
    const facts = await read((doc) => {
      const page = addPage(doc, '/A gs /B gs /S gs /N gs /O gs', {
        ExtGState: { A: { ca: 0.5, CA: 1 }, B: { BM: 'Multiply' }, S: { SMask: { S: 'Luminosity' } }, N: { SMask: 'None', BM: 'Normal' }, O: { ca: 1, BM: 'Compatible' } },
      });
      page.node.set(PDFName.of('Group'), doc.context.obj({ S: 'Transparency' }));
    });
    expect(facts.transparency).toEqual([
      { page: 1, what: 'page transparency group' },
      { page: 1, what: 'constant alpha ca 0.5' },
      { page: 1, what: 'blend mode Multiply' },
      { page: 1, what: 'soft mask in a graphics state' },
    ]);
  });
});

describe('malformed input', () => {
  test('what is not a PDF is refused', async () => {
    await expect(readPdf(new TextEncoder().encode('hello, not a pdf'))).rejects.toThrow(/No PDF header/);
    await expect(readPdf(new Uint8Array())).rejects.toThrow(/No PDF header/);
    await expect(readPdf(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'))).rejects.toThrow();
  });

  test('a file cut in half is refused, while the whole file reads', async () => {
    const doc = await PDFDocument.create();
    addPage(doc, '0 g 0 0 1 1 re f');
    const bytes = await doc.save({ useObjectStreams: false });
    expect((await readPdf(bytes)).paints).toHaveLength(1);
    await expect(readPdf(bytes.subarray(0, Math.floor(bytes.length / 2)))).rejects.toThrow();
  });

  test('a content stream that cannot be decoded is reported unreadable, and the rest of the file still read', async () => {
    const facts = await read((doc) => {
      const bad = doc.addPage([100, 100]);
      bad.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream('not flate at all', { Filter: 'FlateDecode' })));
      addPage(doc, '0 g 0 0 1 1 re f');
    });
    expect(facts.pages).toHaveLength(2);
    expect(facts.unreadable).toHaveLength(1);
    expect(facts.unreadable[0]).toMatch(/^page 1 content: /);
    expect(facts.paints.map((p) => p.page)).toEqual([2]);
  });

  test('garbage in a content stream and names of missing resources are passed over', async () => {
    const facts = await readPage(') } >> ]] /Nope gs /Nope Do /Nope cs /Nope sh 1 g 0 0 1 1 re f (unterminated');
    expect(facts.paints.map((p) => p.colour.comps)).toEqual([[1]]);
    expect(facts.images).toEqual([]);
    expect(facts.unreadable).toEqual([]);
  });
});
