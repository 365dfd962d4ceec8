/** The command line as a user (or CI script) drives it: the compiled CLI in a child process. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../src-main/model/project-root.js';
import { SAMPLE_FILE } from '../helpers/sample.js';

const BIN = join(projectRoot(), 'bin', 'banmian.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const tmp = (): string => mkdtempSync(join(tmpdir(), 'banmian-cli-'));

describe('banmian CLI', () => {
  test('templates lists the bundled templates', () => {
    const r = run('templates');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^broadsheet\s+对开/m);
    expect(r.stdout).toMatch(/^tabloid\s+四开/m);
  });

  test('compose writes the PDF and the report of the sample issue', () => {
    const dir = tmp();
    const r = run('compose', SAMPLE_FILE, '-o', join(dir, 'sample.pdf'), '--report', join(dir, 'report.json'));
    expect(r.stderr).toMatch(/2 pages/);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'sample.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { pages: unknown[]; diagnostics: unknown[] };
    expect(report.pages).toHaveLength(2);
    expect(Array.isArray(report.diagnostics)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'sample.pdf']);
  });

  test.each([
    ['a missing file', (dir: string) => join(dir, 'nope.banmian.json'), /^banmian: .*nope\.banmian\.json: no such file\n$/],
    ['invalid JSON', (dir: string) => write(dir, 'bad.banmian.json', '{"format": '), /^banmian: .*bad\.banmian\.json: is not valid JSON/],
    ['a bad field', (dir: string) => write(dir, 'field.banmian.json', JSON.stringify({ format: 'banmian-issue', version: 1, paper: { name: 'x' }, date: '2026-11-26', pages: [], articles: [] })), /^banmian: .*field\.banmian\.json: pages: /],
  ])('%s ends in one clear line, exit 2, and no PDF', (_, make, message) => {
    const dir = tmp();
    const input = make(dir);
    const out = join(dir, 'out.pdf');
    const r = run('compose', input, '-o', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  test('an unknown command is refused with usage help and a non-zero exit', () => {
    const r = run('frobnicate');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/unknown command/);
  });
});

function write(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}
