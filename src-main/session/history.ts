/**
 * Undo and redo over whole document snapshots. Snapshots are immutable and share everything a
 * change did not touch, so keeping a few hundred costs little. Typing into the same field in
 * quick succession is one step, as in a word processor.
 */

interface Step<T> {
  /** The document as it was before (undo stack) or after (redo stack) the step. */
  snapshot: T;
  label: string;
  /** Steps with the same key close together in time merge into one. */
  key?: string;
  at: number;
}

const LIMIT = 300;
/** Edits of one field less than this far apart are one undo step. */
export const MERGE_MS = 1500;

export class History<T> {
  private undos: Step<T>[] = [];
  private redos: Step<T>[] = [];

  /** Records that the document was `before` until a change called `label`. */
  record(before: T, label: string, now: number, key?: string): void {
    this.redos = [];
    const top = this.undos[this.undos.length - 1];
    if (key !== undefined && top?.key === key && now - top.at < MERGE_MS) {
      top.at = now;
      return;
    }
    this.undos.push({ snapshot: before, label, at: now, ...(key !== undefined ? { key } : {}) });
    if (this.undos.length > LIMIT) this.undos.shift();
  }

  undo(current: T): { snapshot: T; label: string } | undefined {
    const step = this.undos.pop();
    if (!step) return undefined;
    this.redos.push({ snapshot: current, label: step.label, at: 0 });
    return step;
  }

  redo(current: T): { snapshot: T; label: string } | undefined {
    const step = this.redos.pop();
    if (!step) return undefined;
    this.undos.push({ snapshot: current, label: step.label, at: 0 });
    return step;
  }

  get undoLabel(): string | undefined {
    return this.undos[this.undos.length - 1]?.label;
  }

  get redoLabel(): string | undefined {
    return this.redos[this.redos.length - 1]?.label;
  }
}
