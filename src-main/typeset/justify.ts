/**
 * Justification of one line to its measure, in the order clreq gives:
 * too long  → the line-end mark's blank, then the line-start mark's, then every other
 *             compressible blank and glue, in proportion (then a hanging stop, if allowed);
 * too short → restore the blanks adjacent punctuation gave up, then spread the rest evenly over
 *             the junctions between characters.
 * A paragraph's last line is set solid.
 */
import type { LineBreak } from './break-lines.js';
import type { Atom, ComposedLine, Junction, PlacedGlyph, Segmented, SetGlyph } from './types.js';

export interface JustifyOptions {
  /** How a line that is not justified sits in its measure. */
  align: 'left' | 'center' | 'right';
  /** Whether this line is stretched to the measure. */
  justify: boolean;
  /** Whether an opening mark at the line start may lose its leading blank. */
  compressLineStart: boolean;
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

  // Per-glyph compression actually applied on each side (pt), starting from the defaults.
  let natural = 0;
  for (let i = from; i < to; i++) {
    const g = glyphs[i] as SetGlyph;
    cutL[i - from] = g.restL;
    cutR[i - from] = g.restR;
    natural += g.advance - g.restL - g.restR;
  }
  let glue = 0;
  for (let k = 0; k < nj; k++) glue += glueOf[k] = (junctions[j0 + k] as Junction).glue;
  natural += glue;
  for (let a = brk.start; a < brk.end; a++) natural += (atoms[a] as Atom).pad;
  let slack = measure - natural;

  // A line-end mark gives up its whole blank or none, so its advance box ends on the measure.
  if (slack < -1e-9) slack = shrinkLine(glyphs, from, to, junctions, j0, nj, -slack, opts.compressLineStart);
  if (slack > 1e-9 && opts.justify) slack = stretchLine(from, to, junctions, j0, nj, slack);

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
  const offset = opts.justify ? 0 : opts.align === 'center' ? slack / 2 : opts.align === 'right' ? slack : 0;
  if (offset) for (const p of placed) { p.x += offset; p.pen += offset; }
  return { glyphs: placed, measure, indent, width: pen, last, ratio: brk.ratio, overfull: brk.overfull };
}

function shrinkLine(glyphs: readonly SetGlyph[], from: number, to: number, junctions: readonly Junction[], j0: number, nj: number, need: number, compressStart: boolean): number {
  const lastI = to - 1 - from;
  const lastG = glyphs[to - 1] as SetGlyph;
  const firstG = glyphs[from] as SetGlyph;
  // 1. The line-end mark's trailing blank (whole: the surplus is spread back by stretching),
  // 2. the line-start mark's leading blank.
  cutR[lastI] = (cutR[lastI] as number) + lastG.blankR;
  need -= lastG.blankR;
  if (need <= 1e-9) return -need;
  const startCut = compressStart ? Math.min(need, firstG.blankL) : 0;
  cutL[0] = (cutL[0] as number) + startCut;
  need -= startCut;
  if (need <= 1e-9) return -need;
  // 3. Everything else that can give, in proportion.
  let pool = 0;
  for (let i = from; i < to; i++) {
    const g = glyphs[i] as SetGlyph;
    pool += (i === from ? 0 : g.blankL) + (i === to - 1 ? 0 : g.blankR);
  }
  for (let k = 0; k < nj; k++) pool += (junctions[j0 + k] as Junction).shrink;
  const f = pool > 0 ? Math.min(1, need / pool) : 0;
  for (let i = from; i < to; i++) {
    const g = glyphs[i] as SetGlyph;
    if (i !== from) cutL[i - from] = (cutL[i - from] as number) + g.blankL * f;
    if (i !== to - 1) cutR[i - from] = (cutR[i - from] as number) + g.blankR * f;
  }
  for (let k = 0; k < nj; k++) glueOf[k] = (glueOf[k] as number) - (junctions[j0 + k] as Junction).shrink * f;
  need -= pool * f;
  // 4. A hanging stop takes the rest past the measure (only when the style allowed it).
  if (need > 1e-9 && '。，、．'.includes(lastG.chars)) {
    const hang = Math.min(need, lastG.advance - (cutL[lastI] as number) - (cutR[lastI] as number));
    cutR[lastI] = (cutR[lastI] as number) + hang;
    need -= hang;
  }
  return -need;
}

function stretchLine(from: number, to: number, junctions: readonly Junction[], j0: number, nj: number, slack: number): number {
  // 1. Give back the blanks adjacent punctuation gave up; not the line end's, which stays cut
  // whole (a partly restored blank would leave the mark's box hanging past the measure).
  const lastI = to - from - 1;
  const endCut = cutR[lastI] as number;
  cutR[lastI] = 0;
  let restorable = 0;
  for (let i = from; i < to; i++) restorable += (cutL[i - from] as number) + (cutR[i - from] as number);
  if (restorable > 0) {
    const f = Math.min(1, slack / restorable);
    for (let i = 0; i < to - from; i++) {
      cutL[i] = (cutL[i] as number) * (1 - f);
      cutR[i] = (cutR[i] as number) * (1 - f);
    }
    slack -= restorable * f;
  }
  cutR[lastI] = (cutR[lastI] as number) + endCut;
  // 2. Spread the rest evenly over the junctions by their stretch weights.
  let weight = 0;
  for (let k = 0; k < nj; k++) weight += (junctions[j0 + k] as Junction).stretch;
  if (slack <= 1e-9 || weight <= 0) return slack;
  for (let k = 0; k < nj; k++) glueOf[k] = (glueOf[k] as number) + (slack * (junctions[j0 + k] as Junction).stretch) / weight;
  return 0;
}
