/**
 * One writer per issue across processes: the session that writes an issue holds its lock file
 * (`sample.banmian.lock` beside `sample.banmian.json`), and a second process opening the same
 * issue finds it and opens read-only (two desktop windows, a `banmian serve` beside the app).
 *
 * The holder touches the file every few seconds. A lock is someone else's while it was touched
 * lately and, on this machine, its process is alive: a killed process's lock (kill -9, a crash)
 * is taken at once, one on another machine's share after it goes stale.
 *
 * Taking over asks first: the taker writes its request into the lock; the holder, which reads the
 * lock twice a second, writes down what it has not saved (its autosave) and hands the lock over,
 * so the taker starts from the holder's last keystroke, not from the last save. A holder that
 * does not answer in `HANDOVER_WAIT_MS` (hung) loses the lock all the same.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';
import { writeFileAtomic } from '../model/json-file.js';
import { lockPath } from './sidecar-files.js';

const LOCK_FORMAT = 'banmian-lock';
const LOCK_VERSION = 1;
/** How often the holder reads its lock (a takeover request) and, every `BEAT_MS`, touches it. */
const TICK_MS = 500;
const BEAT_MS = 5000;
/** A lock not touched for this long is stale, whoever holds it. */
export const STALE_MS = 30_000;
export const HANDOVER_WAIT_MS = 4000;

const Party = z.object({ writer: z.string(), pid: z.number().int(), host: z.string(), app: z.string() });
const LockSchema = Party.extend({
  format: z.literal(LOCK_FORMAT),
  version: z.literal(LOCK_VERSION),
  since: z.iso.datetime(),
  /** A takeover asked for, waiting for the holder to hand over. */
  handover: Party.optional(),
});
export type LockHolder = z.infer<typeof LockSchema>;

export interface LockEvents {
  /** The lock is about to be handed to a taker: write down what is not saved. */
  beforeHandover(): void;
  /** The lock is someone else's now (handed over, or taken from a holder that did not answer). */
  lost(): void;
}

export class WriterLock {
  readonly writer = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private lastBeat = 0;

  constructor(
    private readonly issueFile: string,
    private readonly app: string,
    private readonly events: LockEvents,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Whether this session writes the issue. */
  get held(): boolean {
    return this.timer !== undefined;
  }

  /** Takes the lock unless a live writer holds it; that writer, when one does. */
  acquire(): LockHolder | undefined {
    const holder = this.liveHolder();
    if (holder) return holder;
    this.write(undefined);
    this.start();
    return undefined;
  }

  /** The live writer holding the lock, other than this session. */
  liveHolder(): LockHolder | undefined {
    const found = readLock(this.issueFile);
    if (!found || found.holder?.writer === this.writer) return undefined;
    if (this.now().getTime() - found.touched > STALE_MS) return undefined;
    const h = found.holder;
    if (h && h.host === hostname() && !processAlive(h.pid)) return undefined;
    return h ?? unknownHolder(this.now());
  }

  /** Asks the holder to hand the lock over and waits for it; takes it anyway after `waitMs`. */
  async takeOver(waitMs = HANDOVER_WAIT_MS): Promise<void> {
    if (this.held) return;
    const holder = this.liveHolder();
    if (holder) {
      writeLock(this.issueFile, { ...holder, handover: this.party() });
      const until = Date.now() + waitMs;
      while (Date.now() < until && readLock(this.issueFile)?.holder?.writer !== this.writer && this.liveHolder()) {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    if (readLock(this.issueFile)?.holder?.writer !== this.writer) this.write(undefined);
    this.start();
  }

  /** Gives the lock up (the session closes): the file goes, if it is still this session's. */
  release(): void {
    if (!this.held) return;
    this.stop();
    if (readLock(this.issueFile)?.holder?.writer === this.writer) rmSync(lockPath(this.issueFile), { force: true });
  }

  private party(): z.infer<typeof Party> {
    return { writer: this.writer, pid: process.pid, host: hostname(), app: this.app };
  }

  private write(as: z.infer<typeof Party> | undefined): void {
    writeLock(this.issueFile, { format: LOCK_FORMAT, version: LOCK_VERSION, ...(as ?? this.party()), since: this.now().toISOString() });
    this.lastBeat = Date.now();
  }

  private start(): void {
    this.stop();
    this.lastBeat = Date.now();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    const lock = readLock(this.issueFile)?.holder;
    if (lock && lock.writer !== this.writer) return this.lose();
    if (lock?.handover) {
      this.events.beforeHandover();
      this.write(lock.handover);
      return this.lose();
    }
    if (!lock) this.write(undefined);
    else if (Date.now() - this.lastBeat >= BEAT_MS) {
      const t = this.now();
      utimesSync(lockPath(this.issueFile), t, t);
      this.lastBeat = Date.now();
    }
  }

  private lose(): void {
    this.stop();
    this.events.lost();
  }
}

/** The lock file: its holder (undefined when unreadable, e.g. half a write by another build) and when it was last touched. */
function readLock(issueFile: string): { holder: LockHolder | undefined; touched: number } | undefined {
  const file = lockPath(issueFile);
  let touched: number;
  let text: string;
  try {
    touched = statSync(file).mtimeMs;
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let holder: LockHolder | undefined;
  try {
    const parsed = LockSchema.safeParse(JSON.parse(text));
    holder = parsed.success ? parsed.data : undefined;
  } catch {
    holder = undefined;
  }
  return { holder, touched };
}

function writeLock(issueFile: string, lock: LockHolder): void {
  writeFileAtomic(lockPath(issueFile), `${JSON.stringify(lock)}\n`);
}

/** A fresh lock this build cannot read (a newer Banmian's): someone writes, we cannot say who. */
function unknownHolder(now: Date): LockHolder {
  return { format: LOCK_FORMAT, version: LOCK_VERSION, writer: '', pid: 0, host: '', app: '', since: now.toISOString() };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
