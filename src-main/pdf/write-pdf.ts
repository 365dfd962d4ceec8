/**
 * The display list → a PDF/X-1a-style PDF, drawn exactly where composition put everything.
 * The display list's origin is the trim's top-left; the page is drawn inside a MediaBox grown
 * by the mark margin, and the one translation to the trim happens in `drawPage`.
 */
import PDFDocument from 'pdfkit';
import type { FontFace } from '../fonts/font-face.js';
import { openFace } from '../fonts/font-library.js';
import type { Composition, ImageItem, PageLayout, Severity, TextRun } from '../model/display-list.js';
import { boxStroke, isBlack, paintOrder, type ShapeItem } from '../model/paint.js';
import { addHighlight, type PdfAnnotation } from './annotations.js';
import { prepareImage, type PreparedImage } from './images.js';
import { drawMarks, fontCovering, markMargin, slugPlace, slugRun } from './printer-marks.js';
import { addRegistrationColour, IFRA26, markPdfX1a, Overprint, setPageBoxes } from './pdfkit-pdfx.js';
import { drawRuns, GlyphFonts, unwrittenObjects } from './pdfkit-glyphs.js';
import { PRESETS, type ExportPreset } from './presets.js';

/** What the slug line says about the issue. */
export interface SlugInfo {
  paper: string;
  issueDate: string;
  /** 版名 by page number. */
  sections?: Readonly<Record<number, string>>;
  revision?: number;
}

export interface PdfInfo {
  title: string;
  /** Time of export (info dates, slug). Fixed for reproducible output (tests); now otherwise. */
  date?: Date;
  /** Default: the plant preset. */
  preset?: ExportPreset;
  slug?: SlugInfo;
  /** Only these pages (by number), e.g. one PDF per page; all pages otherwise. */
  pages?: readonly number[];
  /**
   * Comments over parts of pages (the marked proof). A PDF with annotations on its pages is no
   * PDF/X file, so it does not claim to be one.
   */
  annotations?: ReadonlyMap<PageLayout, readonly PdfAnnotation[]>;
}

export interface RenderNote {
  severity: Severity;
  page: number;
  message: string;
  /** The same in Chinese, for the app. */
  zh: string;
}

/** How long the document may take to end once everything is drawn: it is all in memory by then. */
const END_BOUND_MS = 30_000;

/** `done`, or a clear error if it has not settled within `ms`: a PDF that never finishes must not be a silent hang. */
function withinBound(done: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the PDF did not finish within ${ms / 1000} s of its last page`)), ms);
  });
  return Promise.race([done, late]).finally(() => clearTimeout(timer));
}

export async function writePdf(comp: Composition, info: PdfInfo): Promise<Buffer> {
  return (await renderDocument(comp, info)).pdf;
}

/** The PDF, and what happened on the way (images converted, downsampled or unreadable). */
export async function renderDocument(comp: Composition, info: PdfInfo): Promise<{ pdf: Buffer; notes: RenderNote[] }> {
  const date = info.date ?? new Date();
  const preset = info.preset ?? PRESETS.plant;
  const pages = comp.pages.filter((p) => !info.pages || info.pages.includes(p.number));
  const notes: RenderNote[] = [];
  const images = await prepareImages(pages, preset, notes);
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    pdfVersion: '1.3',
    info: { Title: info.title, Creator: 'Banmian', Producer: 'Banmian (pdfkit)', CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  if (!info.annotations) markPdfX1a(doc, IFRA26);
  if (preset.marks) addRegistrationColour(doc);
  const fonts = new GlyphFonts(doc, `${info.title}\0${date.toISOString()}`);
  const faces: FontFace[] = [];
  for (const [key, ref] of Object.entries(comp.fonts)) {
    const face = openFace(ref.path);
    fonts.add(key, face);
    faces.push(face);
  }
  const overprint = new Overprint(doc);
  for (const page of pages) {
    const slug = preset.marks && info.slug ? slugFor(page, info.slug, preset, date, faces) : undefined;
    drawPage(doc, { fonts, overprint, preset, images, slug, annotations: info.annotations?.get(page) ?? [] }, page);
  }
  // Outlines are read from the font files only now, for just the glyphs the subsets carry.
  for (const [key, ref] of Object.entries(comp.fonts)) openFace(ref.path).loadGlyphs(fonts.usedGlyphs(key));
  doc.end();
  // Every object is written synchronously; one still open would keep the document from ever ending.
  const open = unwrittenObjects(doc);
  if (open > 0) throw new Error(`the PDF writer left ${open} PDF object${open > 1 ? 's' : ''} unwritten, so the document cannot end`);
  await withinBound(done, END_BOUND_MS);
  return { pdf: Buffer.concat(chunks), notes };
}

interface PageContext {
  fonts: GlyphFonts;
  overprint: Overprint;
  preset: ExportPreset;
  images: ReadonlyMap<ImageItem, PreparedImage>;
  slug: TextRun | undefined;
  annotations: readonly PdfAnnotation[];
}

function drawPage(doc: PDFKit.PDFDocument, ctx: PageContext, page: PageLayout): void {
  const { width: w, height: h } = page;
  const bleed = ctx.preset.marks ? page.bleed : 0;
  const m = ctx.preset.marks ? markMargin(page.bleed) : 0;
  doc.addPage({ size: [w + 2 * m, h + 2 * m], margin: 0 });
  setPageBoxes(doc, { trim: [m, m, m + w, m + h], bleed: [m - bleed, m - bleed, m + w + bleed, m + h + bleed] });
  doc.save().translate(m, m);
  doc.save().rect(-bleed, -bleed, w + 2 * bleed, h + 2 * bleed).clip();
  const order = paintOrder(page.items);
  for (const item of order.shapes) drawShape(doc, ctx, item);
  drawRuns(doc, ctx.fonts, order.colouredText);
  overprinted(doc, ctx, () => drawRuns(doc, ctx.fonts, order.blackText));
  for (const a of ctx.annotations) addHighlight(doc, a, m);
  doc.restore();
  if (ctx.preset.marks) {
    drawMarks(doc, { width: w, height: h, bleed: page.bleed });
    const slug = ctx.slug;
    if (slug) overprinted(doc, ctx, () => drawRuns(doc, ctx.fonts, [slug]));
  }
  doc.restore();
}

/** Black rules and unfilled black frames overprint, as black text does. */
function drawShape(doc: PDFKit.PDFDocument, ctx: PageContext, item: ShapeItem): void {
  if (item.kind === 'rule') {
    doc.save();
    if (isBlack(item.stroke)) ctx.overprint.select();
    if (item.dash) doc.dash(item.dash[0], { space: item.dash[1] });
    doc.lineWidth(item.width).strokeColor([...item.stroke]).moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).stroke();
    doc.restore();
  } else if (item.kind === 'box') {
    doc.save().lineWidth(item.lineWidth).rect(item.x, item.y, item.w, item.h);
    const stroke = boxStroke(item);
    if (item.fill && stroke) doc.fillAndStroke([...item.fill], [...stroke]);
    else if (item.fill) doc.fill([...item.fill]);
    else if (stroke) {
      if (isBlack(stroke)) ctx.overprint.select();
      doc.strokeColor([...stroke]).stroke();
    }
    doc.restore();
  } else if (item.kind === 'image') {
    const image = ctx.images.get(item);
    if (!image) return;
    // A cropped photo lies beyond its frame; the frame clips it.
    const at = item.placed ?? item;
    doc.save().rect(item.x, item.y, item.w, item.h).clip();
    doc.image(image.data, at.x, at.y, { width: at.w, height: at.h });
    doc.restore();
  }
}

/** Draws with overprint on: black on black plate only, never knocking out what lies below. */
function overprinted(doc: PDFKit.PDFDocument, ctx: PageContext, draw: () => void): void {
  doc.save();
  ctx.overprint.select();
  draw();
  doc.restore();
}

async function prepareImages(pages: readonly PageLayout[], preset: ExportPreset, notes: RenderNote[]): Promise<Map<ImageItem, PreparedImage>> {
  const prepared = new Map<ImageItem, PreparedImage>();
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'image') continue;
      try {
        const image = await prepareImage(item.src, item.placed ?? item, preset);
        prepared.set(item, image);
        for (const n of image.notes) notes.push({ ...n, page: page.number });
      } catch (err) {
        notes.push({ severity: 'error', page: page.number, message: `${item.src}: cannot be read as an image (${(err as Error).message}); left out`, zh: `${item.src}：读不出图片（${(err as Error).message}），没有排进去` });
      }
    }
  }
  return prepared;
}

function slugFor(page: PageLayout, slug: SlugInfo, preset: ExportPreset, date: Date, faces: readonly FontFace[]): TextRun | undefined {
  const section = slug.sections?.[page.number];
  const time = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const text = [slug.paper, slug.issueDate, `第${page.number}版${section ? ` ${section}` : ''}`, page.template, `v${slug.revision ?? 1}`, `导出 ${time}`, `Banmian ${preset.name}`].join('  ');
  const face = fontCovering(faces, text);
  return face && slugRun(face, text, slugPlace({ width: page.width, height: page.height, bleed: page.bleed }));
}

const pad = (n: number): string => String(n).padStart(2, '0');
