/** Collects import notes, capping each kind so that a huge file cannot produce millions of them. */
import type { ImportNote, NoteKind } from './types.js';

const PER_KIND = 200;

export interface NoteWhere {
  article?: string;
  line?: number;
  /** Source text that is in no article (a separator line): the report keeps it. */
  text?: string;
}

export class Notes {
  private readonly list: ImportNote[] = [];
  private readonly counts = new Map<NoteKind, number>();

  /** `message` may be a function, so that notes past the cap cost nothing to word. */
  add(kind: NoteKind, message: string | (() => string), where: NoteWhere = {}): void {
    const count = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, count);
    if (count > PER_KIND) return;
    const note: ImportNote = { kind, message: typeof message === 'function' ? message() : message };
    if (where.article !== undefined) note.article = where.article;
    if (where.line !== undefined) note.line = where.line;
    if (where.text !== undefined) note.text = where.text;
    this.list.push(note);
  }

  /** Articles numbered anew (titles handed on to the story below): the notes follow them. */
  renameArticles(ids: ReadonlyMap<string, string>): void {
    for (const note of this.list) if (note.article !== undefined) note.article = ids.get(note.article) ?? note.article;
  }

  /**
   * The notes in reading order (file-wide ones first, then article by article, line by line), then
   * one line per kind that went over the cap.
   */
  all(): ImportNote[] {
    const key = (n: ImportNote) => [n.article === undefined ? -1 : Number(/\d+$/u.exec(n.article)?.[0] ?? 0), n.line ?? 0] as const;
    const out = this.list
      .map((note, i) => ({ note, i, k: key(note) }))
      .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
      .map((x) => x.note);
    for (const [kind, count] of this.counts) {
      if (count > PER_KIND) {
        out.push({ kind: 'warning', message: `${count - PER_KIND} more "${kind}" notes were left out (${count} in all).` });
      }
    }
    return out;
  }
}

/** A short quotation of `text` for a note: the first `max` characters, with … when cut. */
export function quote(text: string, max = 16): string {
  const chars = Array.from(text);
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}…` : text}”`;
}
