/**
 * Every way a command can fail, as the one line the user reads: a mistake in what was given
 * (InputError, exit 2), the file system refusing (a folder in the way, no permission, a full
 * disk, a port in use: exit 2, naming the path or port), or a fault of ours (exit 70, the
 * stack only with --debug).
 */
import { InputError } from '../model/errors.js';

export interface Failure {
  line: string;
  code: number;
}

/** What the system's error codes mean to a user, and what to do. */
const SYSTEM: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied: choose a place you may write to, or change its permissions',
  EPERM: 'not permitted: choose a place you may write to, or change its permissions',
  EEXIST: 'a file is in the way where a folder is needed: choose another output path',
  ENOTDIR: 'a file is in the way where a folder is needed: choose another output path',
  EISDIR: 'is a folder, not a file',
  ENOSPC: 'the disk is full: free some space and run again',
  EROFS: 'the disk is read-only: choose another output path',
  EMFILE: 'too many open files: close some programs and run again',
  EADDRINUSE: 'the port is in use: give another with --port, or stop the program that holds it',
  EADDRNOTAVAIL: 'the address is not available on this machine',
};

/** Exit status of a fault of ours (EX_SOFTWARE). */
export const INTERNAL_FAULT = 70;

export function failureLine(err: unknown, debug: boolean): Failure {
  if (err instanceof InputError) return { line: `banmian: ${err.message}`, code: 2 };
  const sys = err as NodeJS.ErrnoException & { address?: string; port?: number };
  const meaning = typeof sys?.code === 'string' ? SYSTEM[sys.code] : undefined;
  if (meaning) {
    const where = sys.path ?? (sys.port !== undefined ? `port ${sys.port}` : sys.syscall ?? 'banmian');
    return { line: `banmian: ${where}: ${meaning}`, code: 2 };
  }
  const message = err instanceof Error ? err.message : String(err);
  const stack = debug && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  return { line: `banmian: internal error: ${message.split('\n')[0]} (please report it with the input; --debug shows where)${stack}`, code: INTERNAL_FAULT };
}
