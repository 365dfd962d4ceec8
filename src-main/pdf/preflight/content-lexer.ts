/**
 * A content-stream lexer (PDF 1.7 §7.8.2): operands and operators, nothing more. Small on
 * purpose: preflight needs the colour, text and image operators, not a renderer.
 */

export type Operand =
  | number
  | boolean
  | null
  | { name: string }
  | { bytes: Uint8Array }
  | Operand[]
  | { dict: Map<string, Operand> };

export interface Instruction {
  op: string;
  args: Operand[];
}

/** Byte classes, looked up per byte (a content stream of a newspaper page is a few hundred KB). */
const REGULAR = 0;
const WHITE = 1;
const DELIM = 2;
const CLASS = new Uint8Array(256);
for (const b of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[b] = WHITE;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = DELIM;
const isWhite = (b: number): boolean => CLASS[b] === WHITE;
/** A hex digit's value, or 16 for any other byte. */
const NIBBLE = new Uint8Array(256).fill(16);
for (let i = 0; i < 16; i++) {
  NIBBLE[i.toString(16).charCodeAt(0)] = i;
  NIBBLE[i.toString(16).toUpperCase().charCodeAt(0)] = i;
}
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
/** Whether a word can be a number at all: only those are matched against NUMBER. */
const startsNumber = (b: number): boolean => (b >= 0x30 && b <= 0x39) || b === 0x2b || b === 0x2d || b === 0x2e;

const ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, b: 0x08, f: 0x0c };

export interface LexOptions {
  /**
   * Whether string operands carry their bytes. Preflight asks for none: it judges how text is
   * shown (font, size, colour), not which glyphs, and a page holds tens of thousands of them.
   * Strings still take their place among the operands, with no bytes.
   */
  strings?: boolean;
}

const NO_BYTES = new Uint8Array(0);

/** Yields the instructions of a (decoded) content stream; inline image data is skipped. */
export function* instructions(data: Uint8Array, options: LexOptions = {}): Generator<Instruction> {
  const lexer = new Lexer(data, options.strings !== false);
  let args: Operand[] = [];
  for (;;) {
    const token = lexer.next();
    if (token === undefined) return;
    if (typeof token === 'object' && token !== null && 'op' in token) {
      if (token.op === 'BI') {
        yield { op: 'BI', args: [{ dict: lexer.inlineImage() }] };
      } else {
        yield { op: token.op, args };
      }
      args = [];
    } else if (!isMarker(token)) {
      args.push(token);
    }
  }
}

type Token = Operand | { op: string } | { end: ']' | '>>' };

class Lexer {
  private pos = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly strings: boolean,
  ) {}

  next(): Token | undefined {
    this.skipSpace();
    if (this.pos >= this.data.length) return undefined;
    const b = this.data[this.pos] ?? 0;
    if (CLASS[b] === DELIM) {
      const c = String.fromCharCode(b);
      if (c === '/') return this.name();
      if (c === '(') return this.literal();
      if (c === '[') {
        this.pos++;
        return this.array();
      }
      if (c === ']') {
        this.pos++;
        return { end: ']' };
      }
      if (c === '<' && this.data[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return this.dict();
      }
      if (c === '>' && this.data[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { end: '>>' };
      }
      if (c === '<') return this.hex();
      if (c === '{' || c === '}' || c === ')' || c === '>') {
        this.pos++;
        return this.next();
      }
    }
    const word = this.word();
    if (startsNumber(b) && NUMBER.test(word)) return Number(word);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return { op: word };
  }

  /** After BI: the image dictionary, then past ID, the binary data and EI. */
  inlineImage(): Map<string, Operand> {
    const dict = new Map<string, Operand>();
    for (;;) {
      const key = this.next();
      if (key === undefined || (typeof key === 'object' && key !== null && 'op' in key)) break;
      const value = this.next();
      if (isName(key) && value !== undefined && !isMarker(value)) dict.set(key.name, value);
    }
    this.pos++; // the single white-space byte after ID
    // The data ends at white space, "EI", then white space or the end.
    for (; this.pos < this.data.length; this.pos++) {
      if (
        isWhite(this.data[this.pos] ?? 0) &&
        this.data[this.pos + 1] === 0x45 &&
        this.data[this.pos + 2] === 0x49 &&
        (this.pos + 3 >= this.data.length || isWhite(this.data[this.pos + 3] ?? 0))
      ) {
        this.pos += 3;
        break;
      }
    }
    return dict;
  }

  private skipSpace(): void {
    while (this.pos < this.data.length) {
      const b = this.data[this.pos] ?? 0;
      if (CLASS[b] === WHITE) this.pos++;
      else if (b === 0x25) while (this.pos < this.data.length && this.data[this.pos] !== 0x0a && this.data[this.pos] !== 0x0d) this.pos++;
      else return;
    }
  }

  private word(): string {
    const start = this.pos;
    while (this.pos < this.data.length && CLASS[this.data[this.pos] ?? 0] === REGULAR) this.pos++;
    if (this.pos === start) this.pos++;
    return String.fromCharCode(...this.data.subarray(start, this.pos));
  }

  private name(): { name: string } {
    this.pos++;
    const raw = this.word();
    return { name: raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) };
  }

  private literal(): { bytes: Uint8Array } {
    this.pos++;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < this.data.length) {
      const b = this.data[this.pos++] ?? 0;
      if (b === 0x5c) {
        const e = this.data[this.pos++] ?? 0;
        const ch = String.fromCharCode(e);
        if (ch in ESCAPES) out.push(ESCAPES[ch] ?? 0);
        else if (e >= 0x30 && e <= 0x37) {
          let oct = ch;
          while (oct.length < 3 && (this.data[this.pos] ?? 0) >= 0x30 && (this.data[this.pos] ?? 0) <= 0x37) oct += String.fromCharCode(this.data[this.pos++] ?? 0);
          out.push(parseInt(oct, 8) & 0xff);
        } else if (e === 0x0d) {
          if (this.data[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
      } else if (b === 0x28) {
        depth++;
        out.push(b);
      } else if (b === 0x29) {
        if (--depth === 0) break;
        out.push(b);
      } else out.push(b);
    }
    return { bytes: Uint8Array.from(out) };
  }

  /** A hex string: other bytes between the digits are skipped, an odd last digit is followed by 0. */
  private hex(): { bytes: Uint8Array } {
    this.pos++;
    const end = this.data.indexOf(0x3e, this.pos);
    const stop = end < 0 ? this.data.length : end;
    if (!this.strings) {
      this.pos = stop + 1;
      return { bytes: NO_BYTES };
    }
    const out = new Uint8Array((stop - this.pos + 1) >> 1);
    let n = 0;
    let high = -1;
    for (; this.pos < stop; this.pos++) {
      const v = NIBBLE[this.data[this.pos] ?? 0] ?? 16;
      if (v === 16) continue;
      if (high < 0) high = v;
      else {
        out[n++] = (high << 4) | v;
        high = -1;
      }
    }
    if (high >= 0) out[n++] = high << 4;
    this.pos++;
    return { bytes: out.subarray(0, n) };
  }

  private array(): Operand[] {
    const items: Operand[] = [];
    for (;;) {
      const token = this.next();
      if (token === undefined || isMarker(token)) return items;
      items.push(token);
    }
  }

  private dict(): { dict: Map<string, Operand> } {
    const dict = new Map<string, Operand>();
    for (;;) {
      const key = this.next();
      if (key === undefined || isMarker(key)) return { dict };
      const value = this.next();
      if (value === undefined || isMarker(value)) return { dict };
      if (isName(key)) dict.set(key.name, value);
    }
  }
}

const isMarker = (t: Token): t is { op: string } | { end: ']' | '>>' } =>
  typeof t === 'object' && t !== null && !Array.isArray(t) && ('op' in t || 'end' in t);

export const isName = (t: Token | undefined): t is { name: string } =>
  typeof t === 'object' && t !== null && !Array.isArray(t) && 'name' in t;
