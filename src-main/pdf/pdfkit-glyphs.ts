/**
 * The one place that reaches into pdfkit's internals (pdfkit 0.20.2, pinned): drawing glyphs
 * by id at positions the composer computed. pdfkit has no public glyph API; its EmbeddedFont
 * keeps the subset, the widths and the ToUnicode map, which we fill exactly as its own
 * `encode()` does, then emit `TJ` with our own adjustments. tests/pdf reads the PDF back.
 */
import { createHash } from 'node:crypto';
import type * as fontkit from 'fontkit';
import type { FontFace } from '../fonts/font-face.js';
import type { TextRun } from '../model/display-list.js';

/** The parts of pdfkit's EmbeddedFont we use. */
interface EmbeddedFont {
  id: string;
  font: fontkit.Font;
  subset: { includeGlyph(id: number): number; glyphs: number[] };
  widths: Array<number | undefined>;
  unicode: Array<number[] | undefined>;
  scale: number;
  ref(): unknown;
}

interface DocInternals {
  _font: EmbeddedFont;
  /** Objects begun and not yet written: the document ends only when this is 0 after end(). */
  _waiting: number;
  page: { fonts: Record<string, unknown>; height: number };
  addContent(data: string): void;
}

const internals = (doc: PDFKit.PDFDocument): DocInternals => doc as unknown as DocInternals;

/** How many objects of the document are still unwritten (after end(), any is a writer's fault that would leave it unfinished). */
export function unwrittenObjects(doc: PDFKit.PDFDocument): number {
  return internals(doc)._waiting;
}

/**
 * Registers fonts with the document. Each font may get a second instance whose compressible
 * punctuation is half an em wide, so a mark set at half width (。 at a line end) has an advance
 * box that ends where its line ends. `seed` makes the subset tags (the ABCDEF+ of BaseFont)
 * differ between documents, so that the plant can merge pages without font name clashes.
 */
export class GlyphFonts {
  private readonly fonts = new Map<string, EmbeddedFont>();
  private readonly sources = new Map<string, FontFace>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly seed: string,
  ) {}

  add(key: string, face: FontFace): void {
    this.sources.set(key, face);
  }

  /**
   * A glyph's width in the PDF (thousandths of the text size), read from hmtx: fontkit's
   * `advanceWidth` decodes the outline for its vertical metrics, ~50 µs a glyph.
   */
  width(key: string, id: number, half: boolean): number {
    return (this.sources.get(key)?.naturalAdvance(id) ?? 0) * 1000 * (half ? 0.5 : 1);
  }

  /** The glyph ids the subsets of font `key` will carry (both instances). */
  usedGlyphs(key: string): number[] {
    return [this.fonts.get(key), this.fonts.get(`${key}#half`)].flatMap((f) => f?.subset.glyphs ?? []);
  }

  get(key: string, half = false): EmbeddedFont {
    const name = half ? `${key}#half` : key;
    let embedded = this.fonts.get(name);
    if (embedded) return embedded;
    const source = this.sources.get(key)?.font;
    if (!source) throw new Error(`font ${key} was not registered with the PDF`);
    const doc = this.doc as unknown as { registerFont(name: string, src: unknown): void; _fontFamilies: Record<string, unknown> };
    doc.registerFont(name, source);
    // pdfkit hands back an already embedded font of the same name; a second instance is wanted.
    // Each instance keeps an entry of its own in the families, which end() finalizes: a font
    // left out of them is never written, and the document then never ends.
    const families = doc._fontFamilies;
    const previous = families[source.postscriptName];
    delete families[source.postscriptName];
    this.doc.font(name);
    embedded = internals(this.doc)._font;
    families[name] = embedded;
    if (previous && name !== source.postscriptName) families[source.postscriptName] = previous;
    // pdfkit derives the subset tag from characters 1–6 of the id: six digits give letters A–J.
    const digits = createHash('sha256').update(`${this.seed}\0${name}`).digest().subarray(0, 6);
    embedded.id = `F${[...digits].map((b) => b % 10).join('')}`;
    quickSubset(embedded.subset);
    this.fonts.set(name, embedded);
    return embedded;
  }
}

/** The parts of fontkit's TTFSubset (fontkit 2.0.4, pinned) that `quickSubset` replaces and uses. */
interface TtfSubset {
  font: {
    loca?: { offsets: number[] };
    hmtx: { metrics: { length: number; get(i: number): { advance: number; bearing: number } | undefined }; bearings: { get(i: number): number | undefined } };
    _getTableStream(tag: string): { pos: number; readBuffer(n: number): Uint8Array } | null;
    _variationProcessor?: unknown;
  };
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
  offset: number;
  _addGlyph(gid: number): number;
}

/**
 * fontkit copies each glyph into a TrueType subset after decoding its whole outline, only to
 * learn whether it is composite and to take its metrics (through the bounding box): ~40 µs a
 * glyph, thousands of glyphs on a page of Chinese. A simple glyph is copied here as fontkit
 * would copy it, its number of contours read from its first two bytes and its metrics from
 * hmtx, as fontkit's own lookup does; composite glyphs and variable fonts go fontkit's way.
 */
function quickSubset(subset: unknown): void {
  const s = subset as Partial<TtfSubset>;
  const own = s._addGlyph;
  if (typeof own !== 'function' || !s.font?.loca || s.font._variationProcessor) return;
  s._addGlyph = function quickAddGlyph(this: TtfSubset, gid: number): number {
    const { font } = this;
    const offsets = (font.loca as { offsets: number[] }).offsets;
    const start = offsets[gid] ?? 0;
    const stream = font._getTableStream('glyf');
    if (!stream) return own.call(this, gid);
    stream.pos += start;
    const buffer = stream.readBuffer((offsets[gid + 1] ?? start) - start);
    const contours = buffer.length >= 2 ? (((buffer[0] ?? 0) << 8) | (buffer[1] ?? 0)) << 16 >> 16 : 0;
    if (contours < 0) return own.call(this, gid);
    const { metrics, bearings } = font.hmtx;
    const last = metrics.get(metrics.length - 1);
    const m = gid < metrics.length ? metrics.get(gid) : { advance: last?.advance ?? 0, bearing: bearings.get(gid - metrics.length) ?? 0 };
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: m?.advance ?? 0, bearing: m?.bearing ?? 0 });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
}

const num = (n: number): string => {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};

/** Draws text runs (page coordinates, y down, baseline y) in one BT … ET block. */
export function drawRuns(doc: PDFKit.PDFDocument, fonts: GlyphFonts, runs: readonly TextRun[]): void {
  if (runs.length === 0) return;
  const d = internals(doc);
  const height = d.page.height;
  const out: string[] = ['q', `1 0 0 -1 0 ${num(height)} cm`, 'BT'];
  let fontId = '';
  let size = 0;
  let fill = '';
  let scale = 1;
  for (const run of runs) {
    const k = run.fill.map((v) => num(v / 100)).join(' ') + ' k';
    if (k !== fill) {
      out.push(k);
      fill = k;
    }
    out.push(`1 0 0 1 ${num(run.x)} ${num(height - run.y)} Tm`);
    // Condensed letters (长体): Tz scales the outlines and every displacement, ours included.
    const runScale = run.scaleX ?? 1;
    if (runScale !== scale) {
      out.push(`${num(runScale * 100)} Tz`);
      scale = runScale;
    }
    const unit = 1000 / run.size / runScale;
    // Adjustments are in thousandths of the text size; one is pending until the next glyph.
    let pending = 0;
    // A run's glyphs go out in segments of one font instance: half-width marks use the #half one.
    let font: EmbeddedFont | undefined;
    let half = false;
    let parts: string[] = [];
    let hex = '';
    const flush = (): void => {
      if (hex) parts.push(`<${hex}>`);
      if (parts.length > 0) out.push(`[${parts.join(' ')}] TJ`);
      parts = [];
      hex = '';
    };
    for (const g of run.glyphs) {
      if (!font || (g.half === true) !== half) {
        flush();
        half = g.half === true;
        font = fonts.get(run.font, half);
        d.page.fonts[font.id] ??= font.ref();
        if (font.id !== fontId || run.size !== size) {
          out.push(`/${font.id} ${num(run.size)} Tf`);
          fontId = font.id;
          size = run.size;
        }
      }
      pending -= g.dx * unit;
      if (Math.abs(pending) > 0.0005) {
        if (hex) parts.push(`<${hex}>`);
        hex = '';
        parts.push(num(pending));
      }
      const gid = font.subset.includeGlyph(g.id);
      font.widths[gid] ??= fonts.width(run.font, g.id, half);
      font.unicode[gid] ??= [...g.chars].map((c) => c.codePointAt(0) ?? 0);
      hex += hex4(gid);
      pending = -((g.advance - g.dx) * unit - (font.widths[gid] as number));
    }
    flush();
  }
  out.push('ET', 'Q');
  d.addContent(out.join('\n'));
}

/** Glyph ids as four hex digits, made once each. */
const HEX4: string[] = [];
const hex4 = (gid: number): string => (HEX4[gid] ??= gid.toString(16).padStart(4, '0'));
