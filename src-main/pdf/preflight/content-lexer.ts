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

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const isRegular = (b: number): boolean => !WHITE.has(b) && !DELIM.has(b);

const ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, b: 0x08, f: 0x0c };

/** Yields the instructions of a (decoded) content stream; inline image data is skipped. */
export function* instructions(data: Uint8Array): Generator<Instruction> {
  const lexer = new Lexer(data);
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

  constructor(private readonly data: Uint8Array) {}

  next(): Token | undefined {
    this.skipSpace();
    if (this.pos >= this.data.length) return undefined;
    const c = String.fromCharCode(this.data[this.pos] ?? 0);
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
    const word = this.word();
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
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
        WHITE.has(this.data[this.pos] ?? 0) &&
        this.data[this.pos + 1] === 0x45 &&
        this.data[this.pos + 2] === 0x49 &&
        (this.pos + 3 >= this.data.length || WHITE.has(this.data[this.pos + 3] ?? 0))
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
      if (WHITE.has(b)) this.pos++;
      else if (b === 0x25) while (this.pos < this.data.length && this.data[this.pos] !== 0x0a && this.data[this.pos] !== 0x0d) this.pos++;
      else return;
    }
  }

  private word(): string {
    const start = this.pos;
    while (this.pos < this.data.length && isRegular(this.data[this.pos] ?? 0)) this.pos++;
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

  private hex(): { bytes: Uint8Array } {
    this.pos++;
    let digits = '';
    while (this.pos < this.data.length && this.data[this.pos] !== 0x3e) {
      const ch = String.fromCharCode(this.data[this.pos++] ?? 0);
      if (/[0-9a-fA-F]/.test(ch)) digits += ch;
    }
    this.pos++;
    if (digits.length % 2) digits += '0';
    return { bytes: Uint8Array.from(digits.match(/../g) ?? [], (h) => parseInt(h, 16)) };
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
