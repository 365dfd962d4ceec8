/**
 * The rules a page's blocks keep, as data: inside the template's grid, clear of the masthead and
 * of each other, with notches and photos inside their block. The engine refuses an issue file
 * that breaks one (in English, naming the field); the layout app refuses a drag (in Chinese,
 * naming the other article). Each caller words the problem itself.
 */
import type { Block } from '../model/issue.js';
import { blockColumns } from './block-area.js';
import { PageCells, RESERVED } from './page-cells.js';

/** `block`, `photo`: indices in the page's blocks and in the block's photos. */
export type BlockProblem =
  | { kind: 'past-columns'; block: number; columns: number }
  | { kind: 'past-lines'; block: number; lines: number }
  | { kind: 'notch-too-big'; block: number }
  | { kind: 'notch-on-box'; block: number }
  | { kind: 'notch-under-vertical-headline'; block: number }
  | { kind: 'no-such-image'; block: number; photo: number; images: number }
  | { kind: 'photo-past-columns'; block: number; photo: number }
  | { kind: 'photo-past-lines'; block: number; photo: number }
  | { kind: 'in-masthead'; block: number; column: number; line: number; reserved: number }
  | { kind: 'overlap'; block: number; other: number; column: number; line: number };

/** The page's grid as the checks need it: its size, and the lines the masthead takes at the top. */
export interface GridFrame {
  columns: number;
  lines: number;
  reserved: number;
}

/**
 * Every rule the blocks break, block by block in order; an overlap is reported on the later of
 * the two blocks. `images` gives how many images an article has (photos point at them by index).
 */
export function blockProblems(blocks: readonly Block[], frame: GridFrame, images: (article: string) => number): BlockProblem[] {
  const problems: BlockProblem[] = [];
  const taken = new PageCells(frame.columns, frame.lines);
  for (let c = 1; c <= frame.columns; c++) taken.claim(RESERVED, c, 0, frame.reserved);
  blocks.forEach((b, block) => {
    const pastColumns = b.column + b.span - 1 > frame.columns;
    const pastLines = b.top + b.height > frame.lines;
    if (pastColumns) problems.push({ kind: 'past-columns', block, columns: frame.columns });
    if (pastLines) problems.push({ kind: 'past-lines', block, lines: frame.lines });
    if (b.notch && (b.notch.columns >= b.span || b.notch.lines >= b.height)) problems.push({ kind: 'notch-too-big', block });
    if (b.notch && b.box) problems.push({ kind: 'notch-on-box', block });
    if (b.notch?.corner === 'top-right' && b.headline === 'vertical') problems.push({ kind: 'notch-under-vertical-headline', block });
    const has = images(b.article);
    b.photos?.forEach((p, photo) => {
      if (p.image >= has) problems.push({ kind: 'no-such-image', block, photo, images: has });
      if (p.column + p.span - 1 > b.span) problems.push({ kind: 'photo-past-columns', block, photo });
      if (p.top + p.height > b.height) problems.push({ kind: 'photo-past-lines', block, photo });
    });
    if (pastColumns || pastLines) return;
    // Every free cell is claimed, so later blocks are checked against all of this one; the first clash is reported.
    let clash: { column: number; line: number; by: number } | undefined;
    for (const r of blockColumns(b)) {
      for (let k = r.from; k < r.to; k++) {
        const taker = taken.claim(block, r.column, k, k + 1);
        clash ??= taker;
      }
    }
    if (clash) {
      problems.push(clash.by === RESERVED
        ? { kind: 'in-masthead', block, column: clash.column, line: clash.line, reserved: frame.reserved }
        : { kind: 'overlap', block, other: clash.by, column: clash.column, line: clash.line });
    }
  });
  return problems;
}
