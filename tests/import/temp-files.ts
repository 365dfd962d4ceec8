/** A temporary folder per test file, removed afterwards. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function tempFolder(): (name: string, data: string | Uint8Array) => string {
  const dir = mkdtempSync(join(tmpdir(), 'banmian-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, data) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
}

export const FIXTURES = new URL('../fixtures/import/', import.meta.url).pathname;
