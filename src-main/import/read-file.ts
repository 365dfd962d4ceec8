/** Reads an article file's bytes, with the one-line errors the CLI prints. */
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../model/errors.js';

/** Larger files are refused: a day's copy is a few megabytes, and a string this size strains memory. */
export const MAX_BYTES = 256 * 1024 * 1024;

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError(file, 'is a folder, not a file');
    if (info.size > MAX_BYTES) throw new InputError(file, `is too large to import (${megabytes(info.size)}; the limit is ${megabytes(MAX_BYTES)})`);
    return new Uint8Array(await readFile(file));
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(err)})`);
  }
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
