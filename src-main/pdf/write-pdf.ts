/** The display list → a PDF, drawn exactly where composition put everything. */
import PDFDocument from 'pdfkit';
import { openFace } from '../fonts/font-library.js';
import type { Composition, PageLayout, TextRun } from '../model/display-list.js';
import { writeFileAtomic } from '../model/json-file.js';
import { drawRuns, GlyphFonts } from './pdfkit-glyphs.js';

export interface PdfInfo {
  title: string;
  /** Fixed for reproducible output (tests); now otherwise. */
  date?: Date;
}

export async function renderPdf(comp: Composition, info: PdfInfo): Promise<Buffer> {
  const date = info.date ?? new Date();
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    pdfVersion: '1.4',
    info: { Title: info.title, Creator: 'Banmian', Producer: 'Banmian (pdfkit)', CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const fonts = new GlyphFonts(doc, `${info.title}\0${date.toISOString()}`);
  for (const [key, ref] of Object.entries(comp.fonts)) fonts.add(key, openFace(ref.path).font);
  for (const page of comp.pages) drawPage(doc, fonts, page);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export async function writePdf(comp: Composition, file: string, info: PdfInfo): Promise<void> {
  writeFileAtomic(file, await renderPdf(comp, info));
}

function drawPage(doc: PDFKit.PDFDocument, fonts: GlyphFonts, page: PageLayout): void {
  doc.addPage({ size: [page.width, page.height], margin: 0 });
  for (const item of page.items) {
    if (item.kind === 'rule') {
      doc.save().lineWidth(item.width).strokeColor([...item.stroke]).moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).stroke().restore();
    } else if (item.kind === 'box') {
      doc.save().lineWidth(item.lineWidth).rect(item.x, item.y, item.w, item.h);
      if (item.fill && item.stroke) doc.fillAndStroke([...item.fill], [...item.stroke]);
      else if (item.fill) doc.fill([...item.fill]);
      else doc.strokeColor([...(item.stroke ?? [0, 0, 0, 100])]).stroke();
      doc.restore();
    } else if (item.kind === 'image') {
      doc.image(item.src, item.x, item.y, { width: item.w, height: item.h });
    }
  }
  drawRuns(doc, fonts, page.items.filter((i): i is TextRun => i.kind === 'text'));
}
