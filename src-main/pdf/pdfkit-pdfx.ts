/**
 * PDF/X-1a:2001 structure that pdfkit 0.20.2 (pinned) has no API for: page boxes, an overprint
 * graphics state, the OutputIntent, name-valued info keys, and the registration colour. Like
 * pdfkit-glyphs.ts, this reaches into pdfkit's objects; nothing else in the project does.
 * tests/pdf reads every one of these back from the written PDF.
 */

/** A rectangle in PDF user space (points, origin bottom-left): [x1, y1, x2, y2]. */
export type PdfRect = readonly [number, number, number, number];

interface Ref {
  data: Record<string, unknown>;
  end(): void;
}

interface DocInternals {
  _root: Ref;
  info: Record<string, unknown>;
  page: { dictionary: Ref; ext_gstates: Record<string, unknown> };
  ref(data: unknown): Ref;
  addContent(data: string): void;
  addSpotColor(name: string, c: number, m: number, y: number, k: number): unknown;
}

const internals = (doc: PDFKit.PDFDocument): DocInternals => doc as unknown as DocInternals;

/**
 * A PDF name object. pdfkit writes JS strings in the info dictionary as PDF strings, but
 * `/Trapped` must be the name `/False`; pdfkit's serialiser falls back to `${value}` for any
 * object that is not a plain one, which this class turns into `/Name`.
 */
class PdfName {
  constructor(private readonly name: string) {}
  get [Symbol.toStringTag](): string {
    return 'PdfName';
  }
  toString(): string {
    return `/${this.name}`;
  }
}

/** The printing condition the OutputIntent names (registered with the ICC, no profile embedded). */
export interface OutputCondition {
  identifier: string;
  registry: string;
  info: string;
}

export const IFRA26: OutputCondition = {
  identifier: 'IFRA26',
  registry: 'http://www.color.org',
  info: 'ISO 12647-3 coldset newsprint',
};

/** Document-level PDF/X-1a:2001 keys: the version and conformance, /Trapped, the OutputIntent. */
export function markPdfX1a(doc: PDFKit.PDFDocument, condition: OutputCondition): void {
  const d = internals(doc);
  d.info.GTS_PDFXVersion = 'PDF/X-1:2001';
  d.info.GTS_PDFXConformance = 'PDF/X-1a:2001';
  d.info.Trapped = new PdfName('False');
  const intent = d.ref({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputCondition: new String(condition.info),
    OutputConditionIdentifier: new String(condition.identifier),
    RegistryName: new String(condition.registry),
    Info: new String(condition.info),
  });
  intent.end();
  d._root.data.OutputIntents = [intent];
}

/**
 * Sets the current page's boxes. pdfkit writes `/UserUnit 1`, a PDF 1.6 key that a PDF/X-1a
 * (PDF 1.3/1.4) checker rejects; 1 is the default, so it is dropped.
 */
export function setPageBoxes(doc: PDFKit.PDFDocument, boxes: { trim: PdfRect; bleed: PdfRect }): void {
  const page = internals(doc).page.dictionary.data;
  page.TrimBox = [...boxes.trim];
  page.BleedBox = [...boxes.bleed];
  delete page.UserUnit;
}

/**
 * The overprint graphics state (OP/op on, OPM 1: a 0 component leaves the plate below alone),
 * created once per document and selected with `gs` on any page.
 */
export class Overprint {
  private ref: Ref | undefined;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** Selects overprint for what follows, up to the enclosing restore. */
  select(): void {
    const d = internals(this.doc);
    if (!this.ref) {
      this.ref = d.ref({ Type: 'ExtGState', OP: true, op: true, OPM: 1 });
      this.ref.end();
    }
    d.page.ext_gstates.GSop = this.ref;
    d.addContent('/GSop gs');
  }
}

/** The registration colour: a Separation named All, which a RIP puts on every plate. */
export const REGISTRATION = 'All';

export function addRegistrationColour(doc: PDFKit.PDFDocument): void {
  internals(doc).addSpotColor(REGISTRATION, 100, 100, 100, 100);
}
