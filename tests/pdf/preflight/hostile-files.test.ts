/**
 * Preflight on files that are broken or built to hurt (issue 13): each ends in one line or in
 * findings, never in an internal message, console noise from the PDF library, or a clean report
 * of a file with nothing the plant could print.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from 'vitest';
import { projectRoot } from '../../../src-main/model/project-root.js';

const BIN = join(projectRoot(), 'bin', 'banmian.js');
const dir = mkdtempSync(join(tmpdir(), 'banmian-hostile-'));

/** A PDF of these objects (1 is the catalog), with a correct cross-reference table. */
function pdf(name: string, objects: readonly string[]): string {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const file = join(dir, name);
  writeFileSync(file, out, 'latin1');
  return file;
}

const preflight = (file: string) => spawnSync(process.execPath, [BIN, 'preflight', file], { encoding: 'utf8', timeout: 60_000 });

test('a file that is only a PDF header: one line saying it is cut short, exit 2', () => {
  const file = join(dir, 'header.pdf');
  writeFileSync(file, '%PDF-1.4\n');
  const r = preflight(file);
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toBe(`banmian: ${file}: is not a readable PDF (it has no document catalog: the file is cut short or is not a PDF)`);
});

test('a page tree with no page is an error, not "0 pages, 0 errors"', () => {
  const r = preflight(pdf('no-pages.pdf', ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']));
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/error\s+pages: no page could be found in the page tree/);
});

test('a page tree nested 60,000 levels deep: one line, exit 2', () => {
  const depth = 60_000;
  const nodes = Array.from({ length: depth }, (_, i) => `<< /Type /Pages /Kids [${i + 3} 0 R] /Count 1${i > 0 ? ` /Parent ${i + 1} 0 R` : ''} >>`);
  const r = preflight(pdf('deep.pdf', ['<< /Type /Catalog /Pages 2 0 R >>', ...nodes, `<< /Type /Page /Parent ${depth + 1} 0 R /MediaBox [0 0 100 100] >>`]));
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toMatch(/deep\.pdf: is not a readable PDF \(its objects are nested too deeply to read/);
});

test('objects the parser cannot read are findings, and nothing of the PDF library is printed before the report', () => {
  const r = preflight(pdf('garbled.pdf', ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 4 0 R >>', '<< garbage ))) >>']));
  expect(r.stderr).toBe('');
  expect(r.stdout.split('\n')[0]).toMatch(/^.*garbled\.pdf: PDF 1\.4, 1 page/);
  expect(r.stdout).toMatch(/warning unreadable: could not read the file's structure: /);
});

test('a flate bomb (a content stream inflating to 300 MB) is reported unreadable, not inflated', () => {
  const zeros = Buffer.alloc(1024 * 1024);
  const deflate = zlib.deflateSync(Buffer.concat(Array.from({ length: 300 }, () => zeros)), { level: 9 });
  const head = pdf('bomb.pdf', [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /TrimBox [0 0 10 10] /Contents 4 0 R >>',
    `<< /Length ${deflate.length} /Filter /FlateDecode >>\nstream\n${deflate.toString('latin1')}\nendstream`,
  ]);
  // spawnSync's timeout is the bound: a reader inflating the whole bomb does not finish in it.
  const r = preflight(head);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/warning unreadable: could not read page 1 content: /);
});
