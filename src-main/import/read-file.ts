/** Reads an article file's bytes, with the one-line errors the CLI prints. */
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../model/errors.js';

/**
 * Larger files are refused. A text file of copy holds a day's articles in a few megabytes; one of
 * 50 MB is not copy, and would take minutes and gigabytes to compose. A Word file carries its
 * pictures too. BANMIAN_MAX_TEXT_MB raises the limit for text files.
 */
const MAX_TEXT_MB = 10;
const MAX_DOCX_MB = 100;

/** The most bytes an article file may have to be imported. */
function maxBytes(file: string): number {
  if (/\.docx$/i.test(file)) return MAX_DOCX_MB * 1024 * 1024;
  const own = Number(process.env.BANMIAN_MAX_TEXT_MB);
  return (Number.isFinite(own) && own > 0 ? own : MAX_TEXT_MB) * 1024 * 1024;
}

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError(file, 'is a folder, not a file', '是文件夹，不是文件');
    const limit = maxBytes(file);
    if (info.size > limit) throw new InputError(file, `is too large to import (${megabytes(info.size)}; the limit is ${megabytes(limit)}, BANMIAN_MAX_TEXT_MB raises it for text files)`, `太大，不能导入（${megabytes(info.size)}，上限 ${megabytes(limit)}）`);
    return new Uint8Array(await readFile(file));
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? new InputError(file, 'no such file', '没有这个文件') : new InputError(file, `cannot be read (${code ?? String(err)})`, `读不出来（${code ?? String(err)}）`);
  }
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
