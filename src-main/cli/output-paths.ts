/**
 * An output must never be one of the inputs: `compose a.txt -o a.txt` would replace the copy with
 * a PDF. Paths are compared as the file system resolves them (symbolic links, `..`, and on
 * case-insensitive disks the letter case, by the file's identity where it exists already).
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../model/errors.js';

/** An output the command is about to write, by the flag that named it. */
export interface Output {
  flag: string;
  path: string;
}

/** Throws one InputError naming both when an output is an input, or when two outputs are one file. */
export function refuseOverwrite(inputs: readonly string[], outputs: readonly Output[]): void {
  const ins = inputs.map((path) => ({ path, id: identity(path) }));
  const outs = outputs.map((o) => ({ ...o, id: identity(o.path) }));
  for (const out of outs) {
    const input = ins.find((i) => same(i.id, out.id));
    if (input) throw new InputError(out.flag, `${out.path} is the input ${input.path}: writing there would replace it; name another file`);
  }
  outs.forEach((a, k) => {
    const b = outs.slice(k + 1).find((o) => same(o.id, a.id));
    if (b) throw new InputError(b.flag, `${b.path} is also ${a.flag} ${a.path}: the report and the PDF need a file each`);
  });
}

interface Identity {
  /** The resolved path (its folder's real path and its own name, for a file not yet there). */
  path: string;
  /** Device and inode of a file that exists. */
  node?: string;
}

function identity(path: string): Identity {
  const absolute = resolve(path);
  try {
    const stat = statSync(absolute);
    return { path: realpathSync(absolute), node: `${stat.dev}:${stat.ino}` };
  } catch {
    try {
      return { path: join(realpathSync(dirname(absolute)), basename(absolute)) };
    } catch {
      return { path: absolute };
    }
  }
}

function same(a: Identity, b: Identity): boolean {
  if (a.node && b.node) return a.node === b.node;
  return a.path === b.path;
}
