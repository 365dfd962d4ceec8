/**
 * Text copied from a printed page is cut where a column ended: the first piece stops mid-sentence,
 * a blank line follows, then the rest of the sentence. This puts such pieces back together.
 */
import type { Notes } from './notes.js';
import { quote } from './notes.js';
import type { PictureRef, Unit } from './split-lines.js';
import { charLength, endsSentence, isBylineLine, joinPieces, splitLead } from './text-rules.js';

export interface Piece {
  text: string;
  line: number;
  /** The piece's first line was indented. */
  indented?: boolean;
  image?: PictureRef;
}

/** Cut pieces longer than this are sentence fragments even without a comma; shorter ones may be 小标题. */
const INTERTITLE_MAX = 24;

/**
 * Whether the file marks paragraph starts with indentation (　　). If so, an unindented line after an
 * unfinished one is its continuation and an indented one is a new paragraph, whatever their lengths.
 */
export function usesIndent(units: readonly Unit[]): boolean {
  const indented = units.filter((u) => u.indented).length;
  return indented >= 3 && indented >= units.length * 0.3;
}

export function joinFragments(units: readonly Unit[], indentMarksParagraphs: boolean, notes: Notes, article: string): Piece[] {
  const out: Piece[] = [];
  let current: (Piece & { last: Unit }) | undefined;
  for (const unit of units) {
    if (unit.image) {
      if (current) out.push(piece(current));
      out.push({ text: '', line: unit.line, image: unit.image });
      current = undefined;
      continue;
    }
    if (current && continues(current.text, unit, indentMarksParagraphs)) {
      const cut = current.last;
      notes.add(
        'joined-fragments',
        () => `Joined line ${cut.line} ${quote(tail(cut.text))} and line ${unit.line} ${quote(unit.text)} into one paragraph: line ${cut.line} stops mid-sentence.`,
        { article, line: cut.line },
      );
      current.text = joinPieces(current.text, unit.text);
      current.last = unit;
      continue;
    }
    if (current) out.push(piece(current));
    current = { text: unit.text, line: unit.line, indented: unit.indented, last: unit };
  }
  if (current) out.push(piece(current));
  return out;
}

const piece = ({ text, line, indented }: Piece): Piece => (indented ? { text, line, indented } : { text, line });

function continues(previous: string, next: Unit, indentMarksParagraphs: boolean): boolean {
  if (endsSentence(previous) || next.blanksBefore > 2) return false;
  if (isCreditLike(previous) || startsItem(next.text)) return false;
  if (/^[，,。、；;：:）)”’」』]/u.test(next.text)) return true; // the cut fell just before punctuation
  if (indentMarksParagraphs) return !next.indented;
  // Without indentation, a short unfinished line with no comma is more likely a 小标题 than a cut.
  return /[，,、]/u.test(previous) || charLength(previous, INTERTITLE_MAX * 2) > INTERTITLE_MAX;
}

function isCreditLike(text: string): boolean {
  return /摄(?:影报道)?[）)]?$/u.test(text);
}

/** Lines that always begin something new: a lead, a reporter line, a photo caption. */
function startsItem(text: string): boolean {
  return splitLead(text) !== undefined || isBylineLine(text) || /^(?:图为|图片说明|[上下左右]图[：:])/u.test(text);
}

function tail(text: string): string {
  const chars = Array.from(text);
  return chars.length > 12 ? `…${chars.slice(-12).join('')}` : text;
}
