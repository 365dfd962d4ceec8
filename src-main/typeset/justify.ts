/**
 * Justification of one line to its measure, in the order clreq and jlreq give:
 * always    → an opening mark starting the line loses its leading blank when the style sets line
 *             starts flush;
 * too long  → the line-end mark's trailing blank, whole; a stop hung past the measure (when the
 *             style allows it); then single marks mid-line and word spaces evenly, each within
 *             its limit;
 * too short → the rest spread evenly over the junctions between characters.
 * Marks keep the widths their punctuation style gave them otherwise: a pair is never widened.
 * Letters of a word cut into parts are never spaced. A paragraph's last line is set solid.
 */
import type { LineBreak } from './break-lines.js';
import type { Atom, ComposedLine, Junction, PlacedGlyph, Segmented, SetGlyph } from './types.js';

export interface JustifyOptions {
  /** How a line that is not justified sits in its measure. */
  align: 'left' | 'center' | 'right';
  /** Whether this line is stretched to the measure. */
  justify: boolean;
}

/**
 * Scratch space for one line: the compression applied to each glyph on each side (pt), and the
 * width of each junction. Reused from line to line (justification runs for every line set).
 */
let cutL = new Float64Array(256);
let cutR = new Float64Array(256);
let glueOf = new Float64Array(256);

function scratch(glyphs: number, junctions: number): void {
  if (cutL.length < glyphs) {
    cutL = new Float64Array(glyphs * 2);
    cutR = new Float64Array(glyphs * 2);
  }
  if (glueOf.length < junctions) glueOf = new Float64Array(junctions * 2);
}

export function justifyLine(seg: Segmented, brk: LineBreak, measure: number, indent: number, last: boolean, opts: JustifyOptions): ComposedLine {
  const { glyphs, atoms, junctions } = seg;
  const firstAtom = atoms[brk.start];
  const lastAtom = atoms[brk.end - 1];
  if (!firstAtom || !lastAtom) return { glyphs: [], measure, indent, width: 0, last, ratio: 0, overfull: false };
  const from = firstAtom.first;
  const to = lastAtom.end;
  // The junctions inside the line: junctions[j0 + k], k < nj.
  const j0 = brk.start;
  const nj = brk.end - 1 - brk.start;
  scratch(to - from, nj);

  // Per-glyph compression actually applied on each side (pt), starting from the style's trims.
  let natural = 0;
  for (let i = from; i < to; i++) {
    const g = glyphs[i] as SetGlyph;
    cutL[i - from] = g.trimL;
    cutR[i - from] = g.trimR;
    natural += g.advance - g.trimL - g.trimR;
  }
  let glue = 0;
  for (let k = 0; k < nj; k++) glue += glueOf[k] = (junctions[j0 + k] as Junction).glue;
  natural += glue;
  for (let a = brk.start; a < brk.end; a++) natural += (atoms[a] as Atom).pad;
  // A line that ends inside a hyphenated word ends with the hyphen.
  const hyphen = junctions[brk.end - 1]?.hyphen;
  if (hyphen) natural += hyphen.advance;
  // An opening mark starting the line sets flush where the style says so.
  cutL[0] = (cutL[0] as number) + firstAtom.lead;
  natural -= firstAtom.lead;
  let slack = measure - natural;

  // A line-end mark gives up its whole blank or none, so its advance box ends on the measure.
  if (slack < -1e-9) slack = shrinkLine(seg, brk, j0, nj, -slack);
  if (slack > 1e-9 && opts.justify) slack = stretchLine(junctions, j0, nj, slack);

  // Place: pen positions advance by the compressed widths; junction space after each atom.
  const placed: PlacedGlyph[] = [];
  let pen = 0;
  let j = 0;
  for (let a = brk.start; a < brk.end; a++) {
    const atom = atoms[a];
    if (!atom) break;
    const half = atom.pad / 2;
    if (half) {
      const prev = placed[placed.length - 1];
      if (prev) prev.advance += half;
      pen += half;
    }
    for (let i = atom.first; i < atom.end; i++) {
      const g = glyphs[i] as SetGlyph;
      const cl = cutL[i - from] as number;
      const cr = cutR[i - from] as number;
      const w = g.advance - cl - cr;
      const isHalf = cl < 1e-6 && cr > 0 && Math.abs(cr - g.advance / 2) < 1e-6;
      placed.push({ glyph: g, x: pen - cl, pen, advance: w, half: isHalf });
      pen += w;
    }
    if (half) {
      (placed[placed.length - 1] as PlacedGlyph).advance += half;
      pen += half;
    }
    if (a < brk.end - 1) {
      const junction = junctions[j0 + j] as Junction;
      const glue = glueOf[j] as number;
      if (junction.space) placed.push({ glyph: junction.space, x: pen, pen, advance: glue, half: false });
      else (placed[placed.length - 1] as PlacedGlyph).advance += glue;
      pen += glue;
      j++;
    }
  }
  if (hyphen) {
    placed.push({ glyph: hyphen, x: pen, pen, advance: hyphen.advance, half: false, hyphen: true });
    pen += hyphen.advance;
  }
  const offset = opts.justify ? 0 : opts.align === 'center' ? slack / 2 : opts.align === 'right' ? slack : 0;
  if (offset) for (const p of placed) { p.x += offset; p.pen += offset; }
  return { glyphs: placed, measure, indent, width: pen, last, ratio: brk.ratio, overfull: brk.overfull };
}

function shrinkLine(seg: Segmented, brk: LineBreak, j0: number, nj: number, need: number): number {
  const { glyphs, atoms, junctions } = seg;
  const startAtom = atoms[brk.start] as Atom;
  const endAtom = atoms[brk.end - 1] as Atom;
  const from = startAtom.first;
  const to = endAtom.end;
  const lastI = to - 1 - from;
  const lastG = glyphs[to - 1] as SetGlyph;
  // 1. The line-end mark's trailing blank, whole (the surplus is spread back by stretching),
  cutR[lastI] = (cutR[lastI] as number) + endAtom.trail;
  need -= endAtom.trail;
  if (need <= 1e-9) return -need;
  // 2. a hanging stop past the measure, where the style allows it,
  if (endAtom.hang > 0) {
    const hang = Math.min(need, lastG.advance - (cutL[lastI] as number) - (cutR[lastI] as number));
    cutR[lastI] = (cutR[lastI] as number) + hang;
    need -= hang;
    if (need <= 1e-9) return -need;
  }
  // 3. single marks mid-line and word spaces, all in the same proportion of what each may give.
  let pool = 0;
  for (let i = from; i < to; i++) pool += squeezeAt(glyphs[i] as SetGlyph, i, from, to);
  for (let k = 0; k < nj; k++) pool += (junctions[j0 + k] as Junction).shrink;
  const f = pool > 0 ? Math.min(1, need / pool) : 0;
  for (let i = from; i < to; i++) {
    const g = glyphs[i] as SetGlyph;
    const take = squeezeAt(g, i, from, to) * f;
    if (g.blankL > 0) cutL[i - from] = (cutL[i - from] as number) + take;
    else cutR[i - from] = (cutR[i - from] as number) + take;
  }
  for (let k = 0; k < nj; k++) glueOf[k] = (glueOf[k] as number) - (junctions[j0 + k] as Junction).shrink * f;
  need -= pool * f;
  return -need;
}

/** What a glyph may be squeezed mid-line: not the line start's leading blank, nor the line end's trailing one (steps 1 and 2 own them). */
function squeezeAt(g: SetGlyph, i: number, from: number, to: number): number {
  if ((i === from && g.blankL > 0) || (i === to - 1 && g.blankR > 0)) return 0;
  return g.squeeze;
}

/** Spreads the slack evenly over the junctions, by their stretch weights. */
function stretchLine(junctions: readonly Junction[], j0: number, nj: number, slack: number): number {
  let weight = 0;
  for (let k = 0; k < nj; k++) weight += (junctions[j0 + k] as Junction).stretch;
  if (slack <= 1e-9 || weight <= 0) return slack;
  for (let k = 0; k < nj; k++) glueOf[k] = (glueOf[k] as number) + (slack * (junctions[j0 + k] as Junction).stretch) / weight;
  return 0;
}
