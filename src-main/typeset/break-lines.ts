/**
 * Total-fit line breaking (Knuth–Plass) over atoms and junctions. Every break of the paragraph
 * is chosen together: a tight line early on can save a lone character on the last line.
 *
 * Badness follows TeX (100·r³). A line too long first gives up its last mark's trailing blank
 * (line-end compression, free: the line is then judged by what it must stretch) and, where the
 * style allows, hangs a stop past the measure (free too), then gives up its first
 * mark's leading one, then squeezes single marks mid-line within the style's limit (挤进), costed
 * like stretching, so the breaker weighs 挤进 against 推出 line by line. When no set of breaks fits
 * within the tolerance, a second pass accepts any stretch and lets a single over-wide atom stand
 * overfull (reported).
 *
 * As in TeX, breaks are told apart by line number only while the line widths still change (an
 * indent, a line shortened beside a photo): past that, every later line has the same width, so
 * of two breaks at the same place the one with fewer demerits wins whatever its line count.
 * Chinese text can break at every character; without this the active list grows several-fold.
 */
import type { Atom, Junction, Segmented } from './types.js';

export interface BreakOptions {
  /** Stretch of one junction at ratio 1, pt (e.g. 0.1 em). */
  stretchUnit: number;
  /** Largest stretch ratio accepted in the first pass. */
  tolerance: number;
  /** Extra demerits for a last line with fewer than two characters (孤字). */
  lonePenalty: number;
  /** Whether the last line is justified too (headline balancing uses false for all lines). */
  justifyLast: boolean;
}

export const DEFAULT_BREAK: BreakOptions = { stretchUnit: 0, tolerance: 3, lonePenalty: 50_000, justifyLast: false };

export interface LineBreak {
  /** Atoms [start, end) on the line. */
  start: number;
  end: number;
  ratio: number;
  overfull: boolean;
  /** The line ends at a line break typed into the text (set like a last line). */
  forced: boolean;
}

interface Node {
  pos: number;
  line: number;
  demerits: number;
  ratio: number;
  overfull: boolean;
  prev: Node | null;
  /** Whether a line starting after this node has been accepted yet (emergency pass). */
  fed: boolean;
}

const LINE_PENALTY = 10;

class Sums {
  readonly width: Float64Array;
  readonly shrink: Float64Array;
  readonly letters: Float64Array;
  readonly glue: Float64Array;
  readonly jShrink: Float64Array;
  readonly jStretch: Float64Array;

  constructor(atoms: readonly Atom[], junctions: readonly Junction[]) {
    const n = atoms.length;
    this.width = new Float64Array(n + 1);
    this.shrink = new Float64Array(n + 1);
    this.letters = new Float64Array(n + 1);
    atoms.forEach((a, i) => {
      this.width[i + 1] = (this.width[i] as number) + a.width;
      this.shrink[i + 1] = (this.shrink[i] as number) + a.shrink;
      this.letters[i + 1] = (this.letters[i] as number) + a.letters;
    });
    this.glue = new Float64Array(n + 1);
    this.jShrink = new Float64Array(n + 1);
    this.jStretch = new Float64Array(n + 1);
    junctions.forEach((j, i) => {
      this.glue[i + 1] = (this.glue[i] as number) + j.glue;
      this.jShrink[i + 1] = (this.jShrink[i] as number) + j.shrink;
      this.jStretch[i + 1] = (this.jStretch[i] as number) + j.stretch;
    });
  }
}


/**
 * Room for the best break of each line class at one breakpoint. There are at most as many
 * classes as lines whose widths differ (sameFrom + 1), a handful; grown if ever needed.
 */
let scratch = roomFor(64);

function roomFor(classes: number): { line: Float64Array; total: Float64Array; ratio: Float64Array; overfull: Uint8Array; prev: Array<Node | null> } {
  return { line: new Float64Array(classes), total: new Float64Array(classes), ratio: new Float64Array(classes), overfull: new Uint8Array(classes), prev: new Array<Node | null>(classes).fill(null) };
}

/** Line widths as a function of the line number (0 = first line, indent already taken off). */
export type Measure = (line: number) => number;

export function breakLines(seg: Segmented, measure: Measure, opts: BreakOptions): LineBreak[] {
  const n = seg.atoms.length;
  if (n === 0) return [];
  // Prefix sums and line widths are made once for all passes. A paragraph has at most n lines:
  // their widths, and the first line from which all are equal.
  const sums = new Sums(seg.atoms, seg.junctions);
  const widths = new Float64Array(n + 1);
  for (let l = 0; l <= n; l++) widths[l] = measure(l);
  let sameFrom = n;
  while (sameFrom > 0 && widths[sameFrom - 1] === widths[n]) sameFrom--;
  const pass = (o: BreakOptions, emergency: boolean): Node[] | null => run(seg, sums, widths, sameFrom, o, emergency);
  // A looser second pass before the emergency one, so one hard line does not loosen the rest.
  const nodes = pass(opts, false) ?? pass({ ...opts, tolerance: opts.tolerance * 4 }, false) ?? pass(opts, true) ?? [];
  return nodes.map((node) => ({ start: (node.prev?.pos ?? -1) + 1, end: node.pos + 1, ratio: node.ratio, overfull: node.overfull, forced: seg.junctions[node.pos]?.forced === true }));
}

function run(seg: Segmented, s: Sums, widths: Float64Array, sameFrom: number, opts: BreakOptions, emergency: boolean): Node[] | null {
  const { atoms, junctions } = seg;
  const n = atoms.length;
  const { width: sWidth, glue: sGlue, shrink: sShrink, jShrink: sJShrink, jStretch: sJStretch, letters: sLetters } = s;
  const { tolerance, stretchUnit, justifyLast, lonePenalty } = opts;
  const active: Node[] = [{ pos: -1, line: 0, demerits: 0, ratio: 0, overfull: false, prev: null, fed: false }];
  if (scratch.line.length <= sameFrom) scratch = roomFor(2 * (sameFrom + 1));
  // The best new break per line class at the current breakpoint, as numbers until it is kept:
  // a node is made once per class and breakpoint, not for every better candidate.
  const bestLine = scratch.line;
  const bestTotal = scratch.total;
  const bestRatio = scratch.ratio;
  const bestOverfull = scratch.overfull;
  const bestPrev = scratch.prev;
  // Logical lengths: setting an array's length is a runtime call, twice for every breakpoint.
  let na = 1;
  let nb = 0;

  for (let j = 0; j < n; j++) {
    const isEnd = j === n - 1;
    const junction = junctions[j];
    if (!isEnd && !junction?.breakable) continue;
    // A typed line break ends every line that reaches it, and is set like a paragraph's last line.
    const forced = junction?.forced === true;
    const penalty = isEnd ? 0 : (junction as Junction).penalty;
    const endAtom = atoms[j] as Atom;
    const { hang, trail } = endAtom;
    const widthJ = sWidth[j + 1] as number;
    // A line ending inside a hyphenated word carries the hyphen.
    const glueJ = (sGlue[j] as number) + (isEnd ? 0 : (junction?.hyphen?.advance ?? 0));
    nb = 0;
    let kept = 0;
    for (let i = 0; i < na; i++) {
      const a = active[i] as Node;
      const start = a.pos + 1;
      // Summed in this order: a line that fills its measure exactly must come out the same.
      const width = widthJ - (sWidth[start] as number) + glueJ - (sGlue[start] as number);
      const m = widths[a.line < n ? a.line : n] as number;
      let ratio: number;
      // An opening mark starting the line sets flush where the style says so (its lead). A line
      // too long gives up its line-end mark's trailing blank whole, then hangs that mark past the
      // measure where the style allows; both are free, as setting the mark flush would be.
      const startAtom = atoms[start] as Atom;
      let set = startAtom.lead ? width - startAtom.lead : width;
      if (set > m + 1e-6) set -= trail;
      if (set > m + 1e-6) set -= Math.min(hang, set - m);
      if (set > m + 1e-6) {
        const shrink = (sShrink[j + 1] as number) - (sShrink[start] as number) - endAtom.trailSqueeze - startAtom.leadSqueeze + (sJShrink[j] as number) - (sJShrink[start] as number);
        ratio = shrink > 0 ? (m - set) / shrink : -Infinity;
      } else if (((isEnd || forced) && !justifyLast) || set >= m - 1e-6) ratio = 0;
      else {
        const stretch = ((sJStretch[j] as number) - (sJStretch[start] as number)) * stretchUnit;
        ratio = stretch > 0 ? (m - set) / stretch : Infinity;
      }

      let overfull = false;
      if (ratio < -1) {
        // Too long now, and longer for every later j: drop the node. In the emergency pass the
        // shortest line that can follow it is kept, overfull, so that no text is ever dropped.
        if (!emergency || a.fed) continue;
        overfull = true;
      } else {
        active[kept++] = a;
      }
      if (ratio > tolerance && !emergency) continue;
      const r = ratio < 0 ? (ratio < -1 ? 1 : -ratio) : ratio;
      const cube = r * r * r;
      const badness = Math.min(10_000, 100 * cube);
      const cost = LINE_PENALTY + badness;
      let demerits = cost * cost + penalty * penalty + (overfull ? 1e8 : 0);
      if (isEnd && a.line > 0 && (sLetters[j + 1] as number) - (sLetters[start] as number) < 2) demerits += lonePenalty;
      const total = a.demerits + demerits;
      const line = a.line + 1;
      const lineClass = line < sameFrom ? line : sameFrom;
      a.fed = true;
      let k = 0;
      while (k < nb && Math.min(bestLine[k] as number, sameFrom) !== lineClass) k++;
      if (k === nb) nb++;
      else if (!(total < (bestTotal[k] as number))) continue;
      bestLine[k] = line;
      bestTotal[k] = total;
      bestRatio[k] = ratio;
      bestOverfull[k] = overfull ? 1 : 0;
      bestPrev[k] = a;
    }
    na = forced ? 0 : kept;
    for (let b = 0; b < nb; b++) {
      active[na++] = { pos: j, line: bestLine[b] as number, demerits: bestTotal[b] as number, ratio: bestRatio[b] as number, overfull: bestOverfull[b] === 1, prev: bestPrev[b] as Node, fed: false };
    }
    if (na === 0) return null;
  }
  active.length = na;

  let end: Node | undefined;
  for (const a of active) if (a.pos === n - 1 && (!end || a.demerits < end.demerits)) end = a;
  if (!end) return null;
  const nodes: Node[] = [];
  for (let x: Node | null = end; x && x.prev; x = x.prev) nodes.push(x);
  nodes.reverse();
  return nodes;
}
