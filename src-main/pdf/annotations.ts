/**
 * PDF annotations (the comments a PDF viewer lists beside the page): a /Highlight over a marked
 * character, with the comment as /Contents, the author as /T and its dates. pdfkit's `annotate`
 * writes the dictionary and converts the rectangle through the current transform; its own
 * `highlight()` empties /Contents, so the quad points are given here.
 */
import type { Rect } from '../model/geometry.js';

/** A highlight over a rectangle of the page, in trim coordinates (origin top-left, y down, points). */
export interface PdfAnnotation extends Rect {
  /** The comment (/Contents). */
  contents: string;
  /** Who wrote it (/T). */
  author: string;
  /** A short title (/Subj), e.g. 校对标记 3（未改）. */
  subject: string;
  /** A name unique in the document (/NM). */
  name: string;
  created: Date;
  modified: Date;
  /** RGB, 0–1. */
  colour: readonly [number, number, number];
}

/**
 * Adds the annotation to the current page. `origin` is where the trim's top-left lies in the
 * page's coordinates (the mark margin of a plant PDF; 0 for a proof).
 */
export function addHighlight(doc: PDFKit.PDFDocument, a: PdfAnnotation, origin: number): void {
  const x1 = a.x + origin;
  const x2 = x1 + a.w;
  const top = doc.page.height - (a.y + origin);
  const bottom = top - a.h;
  const options = {
    Subtype: 'Highlight',
    QuadPoints: [x1, top, x2, top, x1, bottom, x2, bottom],
    Contents: new String(a.contents),
    T: new String(a.author),
    Subj: new String(a.subject),
    NM: new String(a.name),
    CreationDate: a.created,
    M: a.modified,
    C: [...a.colour],
    // Printed with the page, as a proof is.
    F: 4,
  };
  // The page is drawn translated by `origin`: the rectangle is given in trim coordinates as well.
  doc.annotate(a.x, a.y, a.w, a.h, options as unknown as PDFKit.Mixins.AnnotationOption);
}
