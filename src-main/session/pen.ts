/**
 * Which window of a session writes (two browser tabs on one `banmian serve`): the first window
 * heard from takes the pen and keeps it until it leaves (closes or reloads), goes silent for
 * `SILENT_MS` (a crashed tab; an open window asks for the state every few seconds, a background
 * tab at least once a minute), or another window takes over after asking its user. Every other
 * window reads.
 */
export const SILENT_MS = 120_000;

export class Pen {
  private holder: { window: string; since: string } | undefined;
  private readonly heard = new Map<string, number>();

  constructor(private readonly now: () => Date) {}

  /** A window was heard from; it takes the pen if nobody holds it. */
  hear(window: string): void {
    const t = this.now().getTime();
    this.heard.set(window, t);
    for (const [w, at] of this.heard) if (t - at > SILENT_MS) this.heard.delete(w);
    if (!this.holder || !this.heard.has(this.holder.window)) this.give(window);
  }

  holds(window: string): boolean {
    return this.holder?.window === window;
  }

  /** No window holds the pen (none heard from lately). */
  get free(): boolean {
    const at = this.holder && this.heard.get(this.holder.window);
    return at === undefined || this.now().getTime() - at > SILENT_MS;
  }

  /** No window writes (a script took over). */
  clear(): void {
    this.holder = undefined;
  }

  /** Since when the writing window has held the pen. */
  get since(): string | undefined {
    return this.holder?.since;
  }

  give(window: string): void {
    if (this.holder?.window !== window) this.holder = { window, since: this.now().toISOString() };
  }

  /** The window closed: the pen is free for the next window heard from. */
  leave(window: string): void {
    this.heard.delete(window);
    if (this.holder?.window === window) this.holder = undefined;
  }
}
