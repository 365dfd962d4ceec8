/** Reading and atomically writing JSON and other files, with errors that name the file. */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './errors.js';

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, 'no such file', '没有这个文件');
    if (code === 'EISDIR') throw new InputError(file, 'is a folder, not a file', '是文件夹，不是文件');
    throw new InputError(file, `cannot be read (${code ?? String(err)})`, `读不出来（${code ?? String(err)}）`);
  }
}

export function readJson(file: string): unknown {
  const source = readText(file);
  try {
    return JSON.parse(source);
  } catch (err) {
    throw new InputError(file, `is not valid JSON (${(err as Error).message})`, `不是有效的 JSON 文件（${(err as Error).message}）`);
  }
}

/**
 * Writes a file so that readers never see half of it: into a temporary file beside the target,
 * then renamed over it. On failure the temporary file is removed and the target is untouched.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, mode?: number): void {
  mkdirSync(dirname(file), { recursive: true });
  removeStaleTemps(file);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data, mode === undefined ? {} : { mode });
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new InputError(file, `cannot be written (${(err as NodeJS.ErrnoException).code ?? String(err)})`, `写不进去（${(err as NodeJS.ErrnoException).code ?? String(err)}）`);
  }
}

/**
 * Temporary files of `file` left by a run that was killed before it could rename them
 * (`out.pdf.<pid>.tmp`): removed when their process is gone. One of a run still going is left.
 */
function removeStaleTemps(file: string): void {
  const name = basename(file);
  let entries: string[];
  try {
    entries = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(`${name}.`) || !entry.endsWith('.tmp')) continue;
    const pid = Number(entry.slice(name.length + 1, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || alive(pid)) continue;
    rmSync(join(dirname(file), entry), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
