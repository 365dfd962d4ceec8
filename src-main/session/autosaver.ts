/**
 * The autosave of an open issue: at most `delayMs` after the first change not yet autosaved, what
 * is not saved goes to the sidecar (sidecar-files.ts), however the typing goes on, so a crash
 * loses at most that much work. On opening, a sidecar left by a session that did not save is
 * offered for recovery.
 */
import { renameSync } from 'node:fs';
import { basename } from 'node:path';
import type { Snapshot } from '../edits/edit.js';
import { InputError } from '../model/errors.js';
import { autosavePath, readAutosave, removeAutosave, writeAutosave } from './sidecar-files.js';

export type Recovery = Snapshot & { savedAt: string };

export class Autosaver {
  private timer: NodeJS.Timeout | undefined;
  /** When the sidecar was last written (ISO time). */
  savedAt: string | undefined;
  /** Why the last write failed, for the editor to read. */
  failure: string | undefined;

  constructor(
    private readonly file: string,
    /** Time after a change by which the sidecar is written; 0 writes it at once. */
    private readonly delayMs: number,
    private readonly now: () => Date,
    /** What there is to save when the timer fires: the document, or undefined when it equals the file. */
    private readonly unsaved: () => Snapshot | undefined,
  ) {}

  /**
   * A change happened: written `delayMs` after the first change since the last write. Later changes
   * do not put it off (waiting for a pause lost all of a 15 s stretch of typing to a kill -9).
   */
  schedule(): void {
    this.stopped = false;
    if (this.timer) return;
    this.timer = setTimeout(() => this.write(), this.delayMs);
    this.timer.unref();
  }

  /** Writes a pending autosave now (before the process ends). */
  flush(): void {
    if (this.timer) this.write();
  }

  /** The document was saved: nothing to recover any more. */
  discard(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    removeAutosave(this.file);
    this.savedAt = undefined;
  }

  close(): void {
    this.flush();
    clearTimeout(this.timer);
  }

  /** Another session writes the issue now: nothing more is written, not even what is pending. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stopped = true;
  }

  private stopped = false;

  private write(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    try {
      const doc = this.unsaved();
      if (!doc) {
        removeAutosave(this.file);
        this.savedAt = undefined;
      } else {
        const at = this.now();
        writeAutosave(this.file, doc, at);
        this.savedAt = at.toISOString();
      }
    } catch (err) {
      this.failure = `自动保存失败：${err instanceof InputError ? err.problem : String(err)}`;
    }
  }
}

/**
 * An autosave left by a session that did not save, if it differs from `current` (one that does
 * not is removed). A damaged sidecar is kept under another name, never deleted: it may hold text
 * the editor wants back; `notice` says so.
 */
export function findRecovery(file: string, current: Snapshot): { recovery?: Recovery; notice?: string } {
  try {
    const found = readAutosave(file);
    if (!found) return {};
    if (JSON.stringify({ issue: found.issue, marks: found.marks }) !== JSON.stringify({ issue: current.issue, marks: current.marks })) return { recovery: found };
    removeAutosave(file);
    return {};
  } catch (err) {
    const aside = `${autosavePath(file)}.damaged`;
    renameSync(autosavePath(file), aside);
    return { notice: `自动保存文件无法读取，已改名为 ${basename(aside)}：${err instanceof InputError ? err.problem : String(err)}` };
  }
}
