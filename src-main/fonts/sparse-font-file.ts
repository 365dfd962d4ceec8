/**
 * A TrueType file read in part. A Chinese font is 10–15 MB, nearly all of it glyph outlines
 * (glyf); composing needs none of them and a PDF subset needs only the few hundred glyphs a page
 * uses. So the file is read without glyf at first, into a buffer of the file's full size that
 * fontkit parses as usual, and outlines are read in when a subset is about to be written.
 * CFF fonts and collections are read whole.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

const COMPOSITE = { ARGS_ARE_WORDS: 0x0001, HAVE_SCALE: 0x0008, MORE: 0x0020, XY_SCALE: 0x0040, TWO_BY_TWO: 0x0080 };

interface Table {
  offset: number;
  length: number;
}

export class SparseFontFile {
  private readonly loaded = new Set<number>();
  private readonly glyf: Table | undefined;
  private readonly loca: { offsets: (id: number) => number; count: number; long: boolean } | undefined;

  private constructor(
    readonly path: string,
    /** The whole file's bytes, with glyph outlines present only once loaded. */
    readonly buffer: Buffer,
    tables: ReadonlyMap<string, Table>,
  ) {
    this.glyf = tables.get('glyf');
    const loca = tables.get('loca');
    const head = tables.get('head');
    if (this.glyf && loca && head) {
      const long = buffer.readInt16BE(head.offset + 50) === 1;
      this.loca = long
        ? { offsets: (id) => buffer.readUInt32BE(loca.offset + 4 * id), count: loca.length / 4 - 1, long }
        : { offsets: (id) => 2 * buffer.readUInt16BE(loca.offset + 2 * id), count: loca.length / 2 - 1, long };
    }
  }

  static open(path: string): SparseFontFile {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const head = Buffer.alloc(12);
      readSync(fd, head, 0, 12, 0);
      const tag = head.toString('latin1', 0, 4);
      if (tag !== '\u0000\u0001\u0000\u0000' && tag !== 'true') return new SparseFontFile(path, readFileSync(path), new Map());
      const buffer = Buffer.alloc(size);
      const numTables = head.readUInt16BE(4);
      readSync(fd, buffer, 0, 12 + 16 * numTables, 0);
      const tables = new Map<string, Table>();
      for (let i = 0; i < numTables; i++) {
        const at = 12 + 16 * i;
        tables.set(buffer.toString('latin1', at, at + 4), { offset: buffer.readUInt32BE(at + 8), length: buffer.readUInt32BE(at + 12) });
      }
      // A table past the end is a file cut short (a broken download or copy): it would fail later,
      // deep inside shaping, so it is refused here with the file's name.
      const cut = [...tables].find(([, t]) => t.offset + t.length > size);
      if (cut) throw new Error(`it is cut short: its ${cut[0].trim()} table ends at byte ${cut[1].offset + cut[1].length}, the file has ${size}`);
      for (const [name, t] of tables) {
        if (name !== 'glyf') readSync(fd, buffer, t.offset, t.length, t.offset);
      }
      return new SparseFontFile(path, buffer, tables);
    } finally {
      closeSync(fd);
    }
  }

  /**
   * The loca table as fontkit's decoder gives it (byte offsets, short ones doubled), read into a
   * typed array at once: fontkit decodes it entry by entry, ~5 ms for a CJK font's 30,000 glyphs.
   */
  locaTable(): { version: 0 | 1; offsets: Uint32Array } | undefined {
    const { loca } = this;
    if (!loca) return undefined;
    const offsets = new Uint32Array(loca.count + 1);
    for (let id = 0; id <= loca.count; id++) offsets[id] = loca.offsets(id);
    return { version: loca.long ? 1 : 0, offsets };
  }

  /** Reads the outlines of these glyphs, and of the glyphs their composites are built from. */
  loadGlyphs(ids: Iterable<number>): void {
    const { glyf, loca } = this;
    if (!glyf || !loca) return;
    const pending = [...ids];
    const fd = openSync(this.path, 'r');
    try {
      while (pending.length) {
        const id = pending.pop() as number;
        if (this.loaded.has(id) || id < 0 || id >= loca.count) continue;
        this.loaded.add(id);
        const start = loca.offsets(id);
        const length = loca.offsets(id + 1) - start;
        if (length <= 0) continue;
        readSync(fd, this.buffer, glyf.offset + start, length, glyf.offset + start);
        if (this.buffer.readInt16BE(glyf.offset + start) < 0) pending.push(...this.components(glyf.offset + start + 10, glyf.offset + start + length));
      }
    } finally {
      closeSync(fd);
    }
  }

  /** The glyph ids a composite glyph refers to (OpenType glyf, composite glyph description). */
  private components(from: number, to: number): number[] {
    const ids: number[] = [];
    let at = from;
    for (;;) {
      if (at + 4 > to) break;
      const flags = this.buffer.readUInt16BE(at);
      ids.push(this.buffer.readUInt16BE(at + 2));
      at += 4 + (flags & COMPOSITE.ARGS_ARE_WORDS ? 4 : 2);
      if (flags & COMPOSITE.HAVE_SCALE) at += 2;
      else if (flags & COMPOSITE.XY_SCALE) at += 4;
      else if (flags & COMPOSITE.TWO_BY_TWO) at += 8;
      if (!(flags & COMPOSITE.MORE)) break;
    }
    return ids;
  }
}
