/**
 * Keeps proof marks on their characters when an article's text is edited: each changed text is
 * compared with its old self (common start and end), and offsets after the changed stretch move
 * by its change in length. A mark whose character was replaced stays where the replacement starts.
 */
import type { Article } from '../model/issue.js';
import type { ProofAnchor, ProofMark } from './proof-marks.js';

interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function textEdit(before: string, after: string): Edit {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

export function moveOffset(offset: number, edit: Edit): number {
  if (offset < edit.start) return offset;
  if (offset >= edit.oldEnd) return offset + edit.newEnd - edit.oldEnd;
  return edit.start;
}

/** Body paragraphs as one text (joined by newlines), so that splitting or joining paragraphs is one edit too. */
const bodyText = (a: Article): string => a.paragraphs.join('\n');

function bodyOffset(a: Article, anchor: ProofAnchor): number {
  let at = 0;
  for (let p = 0; p < anchor.paragraph && p < a.paragraphs.length; p++) at += (a.paragraphs[p] as string).length + 1;
  return at + anchor.offset;
}

function bodyAnchor(a: Article, global: number): { paragraph: number; offset: number } {
  let rest = global;
  for (const [p, text] of a.paragraphs.entries()) {
    if (rest <= text.length || p === a.paragraphs.length - 1) return { paragraph: p, offset: Math.max(0, Math.min(rest, Math.max(0, text.length - 1))) };
    rest -= text.length + 1;
  }
  return { paragraph: 0, offset: 0 };
}

/** The marks on `before` moved to where their characters are in `after` (the same article, edited). */
export function followEdits(marks: readonly ProofMark[], before: Article, after: Article): ProofMark[] {
  return marks.map((mark) => {
    const a = mark.anchor;
    if (a.article !== before.id) return mark;
    let anchor: ProofAnchor = a;
    if (a.part === 'body') {
      const old = bodyText(before);
      const now = bodyText(after);
      if (old !== now) anchor = { ...a, ...bodyAnchor(after, moveOffset(bodyOffset(before, a), textEdit(old, now))) };
    } else {
      const old = a.part === 'caption' ? before.images[a.paragraph]?.caption : before[a.part];
      const now = a.part === 'caption' ? after.images[a.paragraph]?.caption : after[a.part];
      if (old !== undefined && now !== undefined && old !== now) {
        anchor = { ...a, offset: Math.max(0, Math.min(moveOffset(a.offset, textEdit(old, now)), now.length - 1)) };
      }
    }
    return anchor === a ? mark : { ...mark, anchor };
  });
}
