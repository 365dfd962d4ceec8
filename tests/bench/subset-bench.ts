/**
 * Font subsetting, issue 14's question: HarfBuzz's hb-subset (harfbuzzjs, WebAssembly) against
 * fontkit's subsetter as Banmian's writer drives it (pdf/pdfkit-glyphs.ts, its quick copy of
 * simple glyphs included), on the body face with the same glyph ids, in this process. HarfBuzz
 * is asked for no more than a PDF needs (no hinting, no layout closure, no layout or cmap tables).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { FontFace } from '../../src-main/fonts/font-face.js';
import { GlyphFonts } from '../../src-main/pdf/pdfkit-glyphs.js';

/** The part of harfbuzzjs's hb-subset module used here (raw wasm exports: pointers are numbers). */
interface HbSubset {
  memory: { buffer: ArrayBuffer };
  _initialize(): void;
  malloc(n: number): number;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  hb_set_add(set: number, value: number): void;
}

/** Node's WebAssembly, which this project's type libraries (no DOM) do not declare. */
const wasmApi = (globalThis as unknown as { WebAssembly: { instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }> } }).WebAssembly;

const RUNS = 5;
const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;
const tag = (s: string): number => [...s].reduce((a, c) => ((a << 8) + c.charCodeAt(0)) >>> 0, 0);
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export interface SubsetFigures {
  label: string;
  glyphs: number;
  fontkitMs: number;
  fontkitBytes: number;
  harfbuzzMs: number;
  harfbuzzBytes: number;
}

export async function subsetBench(face: FontFace, cases: ReadonlyArray<{ label: string; text: string }>): Promise<{ loadMs: number; figures: SubsetFigures[]; rows: Array<[string, string]> }> {
  let t = performance.now();
  const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const hb = (await wasmApi.instantiate(wasm)).instance.exports as HbSubset;
  hb._initialize();
  const bytes = readFileSync(face.path);
  const at = hb.malloc(bytes.byteLength);
  new Uint8Array(hb.memory.buffer).set(bytes, at);
  const blob = hb.hb_blob_create(at, bytes.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const hbFace = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const loadMs = performance.now() - t;

  const figures: SubsetFigures[] = [];
  for (const c of cases) {
    const ids = new Set([0]);
    for (const ch of c.text) for (const g of face.char(ch) ?? []) ids.add(g.id);
    const fontkit: number[] = [];
    const harfbuzz: number[] = [];
    let fontkitBytes = 0;
    let harfbuzzBytes = 0;
    for (let r = 0; r < RUNS; r++) {
      const fonts = new GlyphFonts(new PDFDocument({ autoFirstPage: false }), `bench${r}`);
      fonts.add('body', face);
      const embedded = fonts.get('body');
      t = performance.now();
      for (const id of ids) embedded.subset.includeGlyph(id);
      fontkitBytes = (embedded.subset as unknown as { encode(): Uint8Array }).encode().length;
      fontkit.push(performance.now() - t);

      t = performance.now();
      const input = hb.hb_subset_input_create_or_fail();
      const glyphs = hb.hb_subset_input_glyph_set(input);
      for (const id of ids) hb.hb_set_add(glyphs, id);
      hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
      const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
      for (const name of ['GSUB', 'GPOS', 'GDEF', 'cmap', 'name', 'post']) hb.hb_set_add(drop, tag(name));
      const subset = hb.hb_subset_or_fail(hbFace, input);
      hb.hb_subset_input_destroy(input);
      if (!subset) throw new Error('hb_subset_or_fail failed on the body face');
      const out = hb.hb_face_reference_blob(subset);
      harfbuzzBytes = hb.hb_blob_get_length(out);
      new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(out, 0), harfbuzzBytes).slice();
      hb.hb_blob_destroy(out);
      hb.hb_face_destroy(subset);
      harfbuzz.push(performance.now() - t);
    }
    figures.push({ label: c.label, glyphs: ids.size, fontkitMs: median(fontkit), fontkitBytes, harfbuzzMs: median(harfbuzz), harfbuzzBytes });
  }
  hb.hb_face_destroy(hbFace);
  const kib = (n: number): string => `${Math.round(n / 1024)} KiB`;
  const rows: Array<[string, string]> = [
    ['subset: HarfBuzz wasm load + face (once a process)', `${loadMs.toFixed(1)} ms`],
    ...figures.map((f): [string, string] => [
      `subset ${f.label}: ${f.glyphs} glyphs, fontkit / hb-subset`,
      `${f.fontkitMs.toFixed(1)} ms, ${kib(f.fontkitBytes)} / ${f.harfbuzzMs.toFixed(1)} ms, ${kib(f.harfbuzzBytes)} (median of ${RUNS})`,
    ]),
  ];
  return { loadMs, figures, rows };
}
