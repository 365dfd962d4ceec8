/**
 * What a PDF actually contains, read from the file (pdf-lib parses the objects; our lexer reads
 * the decoded content streams): boxes, fonts, every colour set and painted, every text-showing
 * operator with its fill and overprint state, every image with its effective resolution.
 * Preflight judges these facts; tests assert on them. Nothing here trusts the writer.
 */
import { inflateSync } from 'node:zlib';
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { instructions, isName, type Operand } from './content-lexer.js';

export type Rect = [number, number, number, number];

export interface ColourSpace {
  /** DeviceCMYK, DeviceGray, DeviceRGB, Separation, DeviceN, ICCBased, Indexed, Pattern, Lab … */
  family: string;
  components: number;
  /** A Separation's colorant (All for registration), a DeviceN's colorants. */
  colorant?: string;
  /** The space stands for RGB colour (DeviceRGB, CalRGB, 3-component ICC, RGB-based Indexed). */
  rgb: boolean;
  /** Readable label, e.g. "Separation All", "ICCBased (3)". */
  label: string;
}

export interface Colour {
  space: ColourSpace;
  /** Components as written, 0–1. */
  comps: number[];
}

export interface TextShow {
  page: number;
  op: string;
  /** BaseFont of the font resource. */
  font: string;
  /** Size on the page in points (font size × text and graphics scale). */
  size: number;
  fill: Colour;
  /** Overprint applies to the fill (op, or OP when op is absent). */
  overprint: boolean;
  /** OPM: 1 means a zero CMYK component leaves that plate alone. */
  overprintMode: number;
}

export interface Paint {
  page: number;
  what: 'fill' | 'stroke' | 'shading';
  colour: Colour;
  overprint: boolean;
}

export interface ColourOperator {
  page: number;
  op: string;
  space: ColourSpace;
}

export interface ImageUse {
  page: number;
  name: string;
  width: number;
  height: number;
  space: ColourSpace | undefined;
  filter: string;
  /** Effective resolution at placed size, pixels per inch. */
  ppi: number;
  softMask: boolean;
}

export interface FontFacts {
  name: string;
  subtype: string;
  embedded: boolean;
  subset: boolean;
}

export interface PageFacts {
  number: number;
  mediaBox: Rect;
  trimBox?: Rect;
  bleedBox?: Rect;
}

export interface InfoValue {
  kind: 'name' | 'string' | 'other';
  value: string;
}

export interface PdfFacts {
  /** From the header, e.g. "1.4". */
  version: string;
  info: Record<string, InfoValue>;
  outputIntents: Array<Record<string, string>>;
  pages: PageFacts[];
  fonts: FontFacts[];
  texts: TextShow[];
  paints: Paint[];
  colourOperators: ColourOperator[];
  images: ImageUse[];
  /** Transparency constructs found (soft masks, constant alpha, blend modes, groups). */
  transparency: Array<{ page: number; what: string }>;
  /** Content the reader could not interpret (undecodable streams and such). */
  unreadable: string[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const { doc, noise } = await quietly(() => PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true }));
  // A header and little else: no catalog to read pages from (a file cut short, or not a PDF).
  if (!doc.context.trailerInfo.Root) throw new Error('it has no document catalog: the file is cut short or is not a PDF');
  const header = /^%PDF-(\d\.\d)/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 16)));
  const facts: PdfFacts = {
    version: header?.[1] ?? '?',
    info: readInfo(doc),
    outputIntents: readOutputIntents(doc),
    pages: [],
    fonts: [],
    texts: [],
    paints: [],
    colourOperators: [],
    images: [],
    transparency: [],
    // What pdf-lib said while parsing (objects it could not read) is a finding, not console noise.
    unreadable: noise.slice(0, MAX_NOISE).map((n) => `the file's structure: ${n}`),
  };
  const fonts = new Map<PDFObject, FontFacts>();
  doc.getPages().forEach((page, i) => {
    const number = i + 1;
    const node = page.node;
    facts.pages.push({ number, mediaBox: rect(node.MediaBox()), trimBox: rectOrUndefined(node.TrimBox()), bleedBox: rectOrUndefined(node.BleedBox()) });
    const group = node.lookupMaybe(PDFName.of('Group'), PDFDict);
    if (nameOf(group?.get(PDFName.of('S'))) === 'Transparency') facts.transparency.push({ page: number, what: 'page transparency group' });
    const contents = node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    const data = concat(streams.map((s) => decode(s, facts, `page ${number} content`)));
    new Interpreter(doc, facts, fonts, number).run(data, node.Resources(), initialState(), 0);
  });
  facts.fonts = [...fonts.values()];
  return facts;
}

/** pdf-lib's complaints kept as findings, at most. */
const MAX_NOISE = 5;

/** Runs pdf-lib's parser with its console warnings taken, rather than printed before our own line. */
async function quietly<T>(parse: () => Promise<T>): Promise<{ doc: T; noise: string[] }> {
  const noise: string[] = [];
  const { warn, log } = console;
  console.warn = console.log = (...args: unknown[]) => void noise.push(args.map(String).join(' ').split('\n')[0] ?? '');
  try {
    return { doc: await parse(), noise };
  } finally {
    console.warn = warn;
    console.log = log;
  }
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const DEVICE: Record<string, ColourSpace> = {
  DeviceGray: { family: 'DeviceGray', components: 1, rgb: false, label: 'DeviceGray' },
  DeviceRGB: { family: 'DeviceRGB', components: 3, rgb: true, label: 'DeviceRGB' },
  DeviceCMYK: { family: 'DeviceCMYK', components: 4, rgb: false, label: 'DeviceCMYK' },
  Pattern: { family: 'Pattern', components: 0, rgb: false, label: 'Pattern' },
};
const ABBREVIATED: Record<string, string> = { G: 'DeviceGray', RGB: 'DeviceRGB', CMYK: 'DeviceCMYK' };

/** The initial colour of a space set with cs/CS (PDF 1.7 table 74). */
const initialColour = (space: ColourSpace): number[] =>
  space.family === 'DeviceCMYK' ? [0, 0, 0, 1] : space.family === 'Separation' || space.family === 'DeviceN' ? Array(space.components).fill(1) : Array(space.components).fill(0);

interface GState {
  ctm: Matrix;
  fill: Colour;
  stroke: Colour;
  fillOverprint: boolean;
  strokeOverprint: boolean;
  overprintMode: number;
  font: string;
  fontSize: number;
  renderMode: number;
}

const initialState = (): GState => {
  const black: Colour = { space: DEVICE.DeviceGray as ColourSpace, comps: [0] };
  return { ctm: IDENTITY, fill: black, stroke: black, fillOverprint: false, strokeOverprint: false, overprintMode: 0, font: '', fontSize: 0, renderMode: 0 };
};

class Interpreter {
  constructor(
    private readonly doc: PDFDocument,
    private readonly facts: PdfFacts,
    private readonly fonts: Map<PDFObject, FontFacts>,
    private readonly page: number,
  ) {}

  /** Interprets a content stream; a form XObject starts from the state where it is drawn. */
  run(data: Uint8Array, resources: PDFDict | undefined, initial: GState, depth: number): void {
    let gs: GState = { ...initial };
    const stack: GState[] = [];
    let tm: Matrix = IDENTITY;
    for (const { op, args } of instructions(data, { strings: false })) {
      switch (op) {
        case 'q':
          stack.push(gs);
          gs = { ...gs };
          break;
        case 'Q':
          gs = stack.pop() ?? gs;
          break;
        case 'cm':
          gs.ctm = multiply(numbers(args, 6) as Matrix, gs.ctm);
          break;
        case 'gs':
          this.extGState(gs, this.resource(resources, 'ExtGState', args[0]));
          break;
        case 'g': case 'G': case 'rg': case 'RG': case 'k': case 'K': {
          const family = { g: 'DeviceGray', rg: 'DeviceRGB', k: 'DeviceCMYK' }[op.toLowerCase()] ?? 'DeviceGray';
          this.setColour(gs, op, op === op.toUpperCase(), DEVICE[family] as ColourSpace, numbers(args));
          break;
        }
        case 'cs': case 'CS': {
          const space = this.colourSpace(args[0], resources);
          this.setColour(gs, op, op === 'CS', space, initialColour(space));
          break;
        }
        case 'sc': case 'scn': case 'SC': case 'SCN': {
          const stroke = op.startsWith('S');
          const current = stroke ? gs.stroke : gs.fill;
          this.setColour(gs, op, stroke, current.space, numbers(args));
          break;
        }
        case 'f': case 'F': case 'f*':
          this.paint(gs, 'fill');
          break;
        case 'S': case 's':
          this.paint(gs, 'stroke');
          break;
        case 'B': case 'B*': case 'b': case 'b*':
          this.paint(gs, 'fill');
          this.paint(gs, 'stroke');
          break;
        case 'sh':
          this.shading(gs, this.resource(resources, 'Shading', args[0]), resources);
          break;
        case 'BT':
          tm = IDENTITY;
          break;
        case 'Tm':
          tm = numbers(args, 6) as Matrix;
          break;
        case 'Tf':
          gs.font = this.font(this.resource(resources, 'Font', args[0]));
          gs.fontSize = typeof args[1] === 'number' ? args[1] : 0;
          break;
        case 'Tr':
          gs.renderMode = typeof args[0] === 'number' ? args[0] : 0;
          break;
        case 'Tj': case 'TJ': case "'": case '"':
          this.text(gs, op, tm);
          break;
        case 'Do':
          this.xobject(gs, args[0], resources, depth);
          break;
        case 'BI':
          this.inlineImage(gs, args[0], resources);
          break;
      }
    }
  }

  private setColour(gs: GState, op: string, stroke: boolean, space: ColourSpace, comps: number[]): void {
    const colour = { space, comps };
    if (stroke) gs.stroke = colour;
    else gs.fill = colour;
    this.facts.colourOperators.push({ page: this.page, op, space });
  }

  private paint(gs: GState, what: 'fill' | 'stroke'): void {
    const colour = what === 'fill' ? gs.fill : gs.stroke;
    this.facts.paints.push({ page: this.page, what, colour, overprint: what === 'fill' ? gs.fillOverprint : gs.strokeOverprint });
  }

  private text(gs: GState, op: string, tm: Matrix): void {
    const mode = gs.renderMode;
    if (mode === 3 || mode === 7) return; // invisible (e.g. an OCR layer)
    const trm = multiply(multiply([gs.fontSize, 0, 0, gs.fontSize, 0, 0], tm), gs.ctm);
    const size = Math.hypot(trm[2], trm[3]);
    const stroked = mode === 1 || mode === 2 || mode === 5 || mode === 6;
    const filled = mode !== 1 && mode !== 5;
    const { overprintMode } = gs;
    if (filled) this.facts.texts.push({ page: this.page, op, font: gs.font, size, fill: gs.fill, overprint: gs.fillOverprint, overprintMode });
    if (stroked) this.facts.texts.push({ page: this.page, op, font: gs.font, size, fill: gs.stroke, overprint: gs.strokeOverprint, overprintMode });
  }

  private extGState(gs: GState, dict: PDFObject | undefined): void {
    if (!(dict instanceof PDFDict)) return;
    const bool = (key: string): boolean | undefined => {
      const v = dict.lookup(PDFName.of(key));
      return v instanceof PDFBool ? v.asBoolean() : undefined;
    };
    const OP = bool('OP');
    const op = bool('op');
    if (OP !== undefined) gs.strokeOverprint = OP;
    if (op !== undefined) gs.fillOverprint = op;
    else if (OP !== undefined) gs.fillOverprint = OP;
    const opm = dict.lookup(PDFName.of('OPM'));
    if (opm instanceof PDFNumber) gs.overprintMode = opm.asNumber();
    for (const key of ['CA', 'ca']) {
      const alpha = dict.lookup(PDFName.of(key));
      if (alpha instanceof PDFNumber && alpha.asNumber() < 1) this.facts.transparency.push({ page: this.page, what: `constant alpha ${key} ${alpha.asNumber()}` });
    }
    const smask = dict.lookup(PDFName.of('SMask'));
    if (smask && nameOf(smask) !== 'None') this.facts.transparency.push({ page: this.page, what: 'soft mask in a graphics state' });
    const bm = nameOf(dict.lookup(PDFName.of('BM')));
    if (bm && bm !== 'Normal' && bm !== 'Compatible') this.facts.transparency.push({ page: this.page, what: `blend mode ${bm}` });
  }

  private shading(gs: GState, shading: PDFObject | undefined, resources: PDFDict | undefined): void {
    const dict = shading instanceof PDFStream ? shading.dict : shading;
    if (!(dict instanceof PDFDict)) return;
    const space = this.colourSpaceObject(dict.get(PDFName.of('ColorSpace')), resources);
    this.facts.colourOperators.push({ page: this.page, op: 'sh', space });
    this.facts.paints.push({ page: this.page, what: 'shading', colour: { space, comps: [] }, overprint: gs.fillOverprint });
  }

  private font(font: PDFObject | undefined): string {
    if (!(font instanceof PDFDict)) return '?';
    let facts = this.fonts.get(font);
    if (!facts) {
      facts = describeFont(this.doc, font);
      this.fonts.set(font, facts);
    }
    return facts.name;
  }

  private xobject(gs: GState, nameArg: Operand | undefined, resources: PDFDict | undefined, depth: number): void {
    const name = isName(nameArg) ? nameArg.name : '?';
    const xobject = this.resource(resources, 'XObject', nameArg);
    if (!(xobject instanceof PDFStream)) return;
    const subtype = nameOf(xobject.dict.get(PDFName.of('Subtype')));
    if (subtype === 'Image') {
      this.image(gs, name, xobject.dict, resources);
    } else if (subtype === 'Form' && depth < 8) {
      const matrix = this.doc.context.lookupMaybe(xobject.dict.get(PDFName.of('Matrix')), PDFArray);
      const m = matrix ? (matrix.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : 0)) as Matrix) : IDENTITY;
      const group = xobject.dict.lookupMaybe(PDFName.of('Group'), PDFDict);
      if (nameOf(group?.get(PDFName.of('S'))) === 'Transparency') this.facts.transparency.push({ page: this.page, what: `transparency group in form ${name}` });
      const own = xobject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict);
      new Interpreter(this.doc, this.facts, this.fonts, this.page).run(decode(xobject, this.facts, `form ${name}`), own ?? resources, { ...gs, ctm: multiply(m, gs.ctm) }, depth + 1);
    }
  }

  private image(gs: GState, name: string, dict: PDFDict, resources: PDFDict | undefined): void {
    const num = (key: string): number => {
      const v = dict.lookup(PDFName.of(key));
      return v instanceof PDFNumber ? v.asNumber() : 0;
    };
    const mask = dict.lookup(PDFName.of('ImageMask'));
    const isMask = mask instanceof PDFBool && mask.asBoolean();
    const spaceObject = dict.get(PDFName.of('ColorSpace'));
    const space = isMask ? undefined : spaceObject ? this.colourSpaceObject(spaceObject, resources) : undefined;
    const filters = dict.lookup(PDFName.of('Filter'));
    const filter = filters instanceof PDFArray ? filters.asArray().map(nameOf).join(' ') : (nameOf(filters) ?? 'none');
    const width = num('Width');
    const height = num('Height');
    const placedW = Math.hypot(gs.ctm[0], gs.ctm[1]) / 72;
    const placedH = Math.hypot(gs.ctm[2], gs.ctm[3]) / 72;
    const ppi = Math.min(placedW > 0 ? width / placedW : Infinity, placedH > 0 ? height / placedH : Infinity);
    const softMask = dict.get(PDFName.of('SMask')) !== undefined;
    if (softMask) this.facts.transparency.push({ page: this.page, what: `soft mask on image ${name}` });
    this.facts.images.push({ page: this.page, name, width, height, space, filter, ppi, softMask });
    if (space) this.facts.colourOperators.push({ page: this.page, op: 'Do', space });
    if (isMask) this.paint(gs, 'fill');
  }

  private inlineImage(gs: GState, dictArg: Operand | undefined, resources: PDFDict | undefined): void {
    if (!dictArg || typeof dictArg !== 'object' || !('dict' in dictArg)) return;
    const get = (...keys: string[]): Operand | undefined => keys.map((k) => dictArg.dict.get(k)).find((v) => v !== undefined);
    const spaceArg = get('CS', 'ColorSpace');
    const space = isName(spaceArg) ? this.colourSpace(spaceArg, resources) : undefined;
    const w = get('W', 'Width');
    const h = get('H', 'Height');
    const width = typeof w === 'number' ? w : 0;
    const height = typeof h === 'number' ? h : 0;
    const ppi = Math.min(width / (Math.hypot(gs.ctm[0], gs.ctm[1]) / 72), height / (Math.hypot(gs.ctm[2], gs.ctm[3]) / 72));
    this.facts.images.push({ page: this.page, name: '(inline)', width, height, space, filter: 'inline', ppi, softMask: false });
    if (space) this.facts.colourOperators.push({ page: this.page, op: 'BI', space });
  }

  private resource(resources: PDFDict | undefined, category: string, nameArg: Operand | undefined): PDFObject | undefined {
    if (!resources || !isName(nameArg)) return undefined;
    const dict = resources.lookupMaybe(PDFName.of(category), PDFDict);
    const entry = dict?.get(PDFName.of(nameArg.name));
    return entry === undefined ? undefined : this.doc.context.lookup(entry);
  }

  private colourSpace(arg: Operand | undefined, resources: PDFDict | undefined): ColourSpace {
    if (!isName(arg)) return unknownSpace('?');
    const device = DEVICE[ABBREVIATED[arg.name] ?? arg.name];
    if (device) return device;
    const named = this.resource(resources, 'ColorSpace', arg);
    return named ? this.colourSpaceObject(named, resources) : unknownSpace(arg.name);
  }

  private colourSpaceObject(obj: PDFObject | undefined, resources: PDFDict | undefined): ColourSpace {
    const value = obj instanceof PDFRef ? this.doc.context.lookup(obj) : obj;
    if (value instanceof PDFName) return this.colourSpace({ name: value.decodeText() }, resources);
    if (!(value instanceof PDFArray)) return unknownSpace('?');
    const items = value.asArray().map((v) => (v instanceof PDFRef ? this.doc.context.lookup(v) : v));
    const family = nameOf(items[0]) ?? '?';
    switch (family) {
      case 'ICCBased': {
        const stream = items[1];
        const n = stream instanceof PDFStream ? stream.dict.lookup(PDFName.of('N')) : undefined;
        const components = n instanceof PDFNumber ? n.asNumber() : 0;
        return { family, components, rgb: components === 3, label: `ICCBased (${components})` };
      }
      case 'Indexed': {
        const base = this.colourSpaceObject(items[1], resources);
        return { family, components: 1, rgb: base.rgb, label: `Indexed ${base.label}` };
      }
      case 'Separation': {
        const colorant = nameOf(items[1]) ?? '?';
        return { family, components: 1, colorant, rgb: this.colourSpaceObject(items[2], resources).rgb, label: `Separation ${colorant}` };
      }
      case 'DeviceN': {
        const names = items[1] instanceof PDFArray ? items[1].asArray().map((n) => nameOf(n) ?? '?') : [];
        const colorant = names.join(' ');
        return { family, components: names.length, colorant, rgb: this.colourSpaceObject(items[2], resources).rgb, label: `DeviceN ${colorant}` };
      }
      case 'CalRGB':
        return { family, components: 3, rgb: true, label: family };
      case 'CalGray':
        return { family, components: 1, rgb: false, label: family };
      case 'Lab':
        return { family, components: 3, rgb: false, label: family };
      case 'Pattern':
        return DEVICE.Pattern as ColourSpace;
      default:
        return unknownSpace(family);
    }
  }
}

const unknownSpace = (label: string): ColourSpace => ({ family: label, components: 0, rgb: false, label });

function describeFont(doc: PDFDocument, font: PDFDict): FontFacts {
  const name = nameOf(font.get(PDFName.of('BaseFont'))) ?? nameOf(font.get(PDFName.of('Name'))) ?? '(unnamed)';
  const subtype = nameOf(font.get(PDFName.of('Subtype'))) ?? '?';
  let descriptorHolder: PDFDict = font;
  if (subtype === 'Type0') {
    const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
    const first = descendants ? doc.context.lookup(descendants.get(0)) : undefined;
    if (first instanceof PDFDict) descriptorHolder = first;
  }
  const descriptor = descriptorHolder.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  const embedded = subtype === 'Type3' || ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.get(PDFName.of(k)) !== undefined);
  return { name, subtype, embedded, subset: /^[A-Z]{6}\+/.test(name) };
}

function readInfo(doc: PDFDocument): Record<string, InfoValue> {
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  const out: Record<string, InfoValue> = {};
  if (!(info instanceof PDFDict)) return out;
  for (const [key, raw] of info.entries()) {
    const value = raw instanceof PDFRef ? doc.context.lookup(raw) : raw;
    out[key.decodeText()] =
      value instanceof PDFName
        ? { kind: 'name', value: value.decodeText() }
        : value instanceof PDFString || value instanceof PDFHexString
          ? { kind: 'string', value: value.decodeText() }
          : { kind: 'other', value: String(value) };
  }
  return out;
}

function readOutputIntents(doc: PDFDocument): Array<Record<string, string>> {
  const intents = doc.catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
  return (intents?.asArray() ?? []).flatMap((ref) => {
    const dict = doc.context.lookup(ref);
    if (!(dict instanceof PDFDict)) return [];
    const out: Record<string, string> = {};
    for (const [key, value] of dict.entries()) {
      if (value instanceof PDFName) out[key.decodeText()] = value.decodeText();
      else if (value instanceof PDFString || value instanceof PDFHexString) out[key.decodeText()] = value.decodeText();
      else if (value instanceof PDFRef) out[key.decodeText()] = '(object)';
    }
    return [out];
  });
}

function decode(stream: PDFObject | undefined, facts: PdfFacts, what: string): Uint8Array {
  if (stream instanceof PDFRawStream) {
    try {
      // A plain FlateDecode stream (what writers emit) through zlib, bounded: a small file may
      // inflate to gigabytes. Other filters through pdf-lib's decoders.
      const filter = stream.dict.lookup(PDFName.of('Filter'));
      if (nameOf(filter) === 'FlateDecode' && !stream.dict.has(PDFName.of('DecodeParms'))) {
        const used = decodedBytes.get(facts) ?? 0;
        if (used >= MAX_FILE_DECODED_BYTES) throw new Error(`the file's streams inflate past ${MAX_FILE_DECODED_BYTES / 2 ** 30} GiB; not read further`);
        const out = inflateSync(stream.contents, { maxOutputLength: Math.min(MAX_DECODED_BYTES, MAX_FILE_DECODED_BYTES - used) });
        decodedBytes.set(facts, used + out.length);
        return out;
      }
      return decodePDFRawStream(stream).decode();
    } catch (err) {
      facts.unreadable.push(`${what}: ${(err as Error).message}`);
      return new Uint8Array();
    }
  }
  if (stream instanceof PDFStream) return stream.getContents();
  return new Uint8Array();
}

/** More than any page a newspaper prints: a stream inflating past it is a flate bomb, reported unreadable. */
const MAX_DECODED_BYTES = 256 * 1024 * 1024;
/** The most a whole file's streams may inflate to (many small bombs are one big one). */
const MAX_FILE_DECODED_BYTES = 1024 * 1024 * 1024;
/** Bytes inflated so far, per file being read. */
const decodedBytes = new WeakMap<PdfFacts, number>();

/** Content streams of a page are one stream split anywhere between tokens: join with a space. */
function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0)).fill(0x20);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length + 1;
  }
  return out;
}

function numbers(args: readonly Operand[], count?: number): number[] {
  const nums = args.filter((a): a is number => typeof a === 'number');
  return count === undefined ? nums : Array.from({ length: count }, (_, i) => nums[i] ?? 0);
}

function nameOf(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFName ? obj.decodeText() : undefined;
}

function rect(arr: PDFArray): Rect {
  const n = arr.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : 0));
  return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 0];
}

const rectOrUndefined = (arr: PDFArray | undefined): Rect | undefined => (arr ? rect(arr) : undefined);
