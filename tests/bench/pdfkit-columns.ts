/**
 * The pdfkit peer of `npm run bench`: the same body text through pdfkit's own `text()` with
 * columns and justification, on the template's page and grid. In the bench's process for the
 * 8-page issue (`pdfkitColumns`), and as a process of its own for article files, timed spawn to
 * exit like the CLI: `node dist/tests/bench/pdfkit-columns.js OUT.pdf FONT GEOMETRY.json FILE…`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import PDFDocument from 'pdfkit';
import type { GridGeometry } from '../../src-main/model/grid-geometry.js';

/** What the peer needs of a template, in pt: the page, its grid, the body size and indent. */
export interface ColumnsGeometry extends Omit<GridGeometry, 'baselineInCell'> {
  width: number;
  height: number;
  size: number;
  indent: number;
}

/**
 * Each text on pages of its own (`height` given: the text stops at the page foot), or, with
 * `flow`, one text continued on as many pages as it needs. Returns the PDF's bytes.
 */
export async function pdfkitColumns(texts: readonly string[], fontPath: string, g: ColumnsGeometry, flow = false): Promise<Buffer> {
  const areaWidth = g.columns * g.columnWidth + (g.columns - 1) * g.gutter;
  const areaHeight = g.lines * g.pitch;
  const margins = { top: g.top, left: g.left, right: g.width - g.left - areaWidth, bottom: g.height - g.top - areaHeight };
  const doc = new PDFDocument({ autoFirstPage: false, size: [g.width, g.height], margins });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('body', fontPath);
  for (const text of texts) {
    doc.addPage({ size: [g.width, g.height], margins });
    doc.font('body').fontSize(g.size).text(text, g.left, g.top, {
      columns: g.columns,
      columnGap: g.gutter,
      width: areaWidth,
      ...(flow ? {} : { height: areaHeight }),
      align: 'justify',
      lineGap: g.pitch - g.size * 1.3,
      indent: g.indent,
    });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** An article file's paragraphs, one a line: what pdfkit is given of it (blank lines dropped). */
const paragraphsOf = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [out, font, geometry, ...files] = process.argv.slice(2);
  if (!out || !font || !geometry || files.length === 0) throw new Error('usage: pdfkit-columns.js OUT.pdf FONT GEOMETRY.json FILE…');
  const text = files.flatMap(paragraphsOf).join('\n');
  writeFileSync(out, await pdfkitColumns([text], font, JSON.parse(readFileSync(geometry, 'utf8')) as ColumnsGeometry, true));
}
