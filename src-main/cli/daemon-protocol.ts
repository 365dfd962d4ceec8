/**
 * What `banmian daemon` and the `compose` that uses it agree on: where the daemon says it is
 * (a file only its user may read, holding the port and a token), and the shapes of a request
 * and its answer. Parsed with zod on both sides.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../model/project-root.js';
import type { ComposeOptions } from './compose.js';

export const DAEMON_FORMAT = 'banmian-daemon';
export const DAEMON_VERSION = 1;

export const DaemonFile = z.object({
  format: z.literal(DAEMON_FORMAT),
  version: z.literal(DAEMON_VERSION),
  port: z.number().int().min(1).max(65535),
  pid: z.number().int(),
  /** Sent with every request: another user on the machine cannot read the file, so cannot ask. */
  token: z.string().min(16),
  /** The build the daemon runs: a client of another build composes in its own process. */
  build: z.string(),
});
export type DaemonFile = z.infer<typeof DaemonFile>;

/** `BANMIAN_DAEMON_FILE`, or one file per user in the system's temporary folder. */
export function daemonFilePath(): string {
  return process.env.BANMIAN_DAEMON_FILE ?? join(tmpdir(), `banmian-daemon-${userInfo().username}.json`);
}

/** The daemon named by the file, if its process is still alive. */
export function runningDaemon(file: string): DaemonFile | undefined {
  if (!existsSync(file)) return undefined;
  let found: DaemonFile;
  try {
    found = DaemonFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
  try {
    process.kill(found.pid, 0);
    return found;
  } catch (err) {
    // EPERM: alive, another user's. ESRCH: gone.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? found : undefined;
  }
}

/** Changes whenever the CLI is built again. */
export function buildId(): string {
  try {
    return String(statSync(join(projectRoot(), 'dist', 'banmian.cjs')).mtimeMs);
  } catch {
    return 'unbundled';
  }
}

const ComposeOptionsSchema = z.object({
  template: z.string(),
  out: z.string().optional(),
  report: z.string().optional(),
  preset: z.string(),
  split: z.union([z.string(), z.boolean()]).optional(),
  revision: z.string(),
  timings: z.boolean().optional(),
  paper: z.string().optional(),
  section: z.string().optional(),
  editor: z.string().optional(),
  date: z.string().optional(),
  strict: z.boolean().optional(),
  preflight: z.boolean().optional(),
}) satisfies z.ZodType<ComposeOptions>;

/** A compose as the client was asked for it: paths are relative to `cwd`, the client's folder. */
export const ComposeRequest = z.object({
  cwd: z.string(),
  inputs: z.array(z.string()).min(1),
  opts: ComposeOptionsSchema,
});
export type ComposeRequest = z.infer<typeof ComposeRequest>;

/** The exit code and the stderr lines the compose would have given in the client's process. */
export const ComposeAnswer = z.object({
  code: z.number().int(),
  lines: z.array(z.string()),
});
export type ComposeAnswer = z.infer<typeof ComposeAnswer>;
