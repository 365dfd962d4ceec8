/** The command line as a user (or CI script) drives it: the compiled CLI in a child process. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../src-main/model/project-root.js';
import { poppler } from '../helpers/poppler.js';
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

  test('compose writes the plant PDF and the report of the sample issue, with its preflight', () => {
    const dir = tmp();
    const r = run('compose', SAMPLE_FILE, '-o', join(dir, 'sample.pdf'), '--report', join(dir, 'report.json'));
    expect(r.stderr).toMatch(/2 pages → .*sample\.pdf \(plant, \d+ KiB\)/);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'sample.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
      pages: unknown[];
      diagnostics: unknown[];
      files: Array<{ pages: number[]; preflight: { findings: Array<{ severity: string }>; pdfx: { conformance: string } } }>;
    };
    expect(report.pages).toHaveLength(2);
    expect(Array.isArray(report.diagnostics)).toBe(true);
    expect(report.files).toHaveLength(1);
    expect(report.files[0]?.pages).toEqual([1, 2]);
    expect(report.files[0]?.preflight.pdfx.conformance).toBe('PDF/X-1a:2001');
    expect(report.files[0]?.preflight.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'sample.pdf']);
    const again = run('preflight', join(dir, 'sample.pdf'));
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/PDF\/X-1a:2001 \(IFRA26\)/);
    expect(again.stdout).toMatch(/^0 errors, 0 warnings$/m);
  });

  test('--no-preflight writes the same plant PDF without reading it back, and says so', () => {
    const dir = tmp();
    const r = run('compose', SAMPLE_FILE, '--no-preflight', '-o', join(dir, 'sample.pdf'), '--report', join(dir, 'report.json'), '--timings');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/timings .*, write \d+ ms/);
    expect(r.stderr).toMatch(/^banmian: not preflighted \(--no-preflight\): run `banmian preflight` on it/m);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { files: Array<Record<string, unknown>> };
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).not.toHaveProperty('preflight');
    // The file is the plant's all the same: the preflight run on it afterwards passes.
    const later = run('preflight', join(dir, 'sample.pdf'));
    expect(later.status).toBe(0);
    expect(later.stdout).toMatch(/PDF\/X-1a:2001 \(IFRA26\)/);
  });

  test('--preset proof writes the bare trimmed pages; --split one PDF per page', () => {
    const dir = tmp();
    const proof = run('compose', SAMPLE_FILE, '--preset', 'proof', '-o', join(dir, 'proof.pdf'));
    expect(proof.status).toBe(0);
    expect(poppler('pdfinfo', [join(dir, 'proof.pdf')])).toMatch(/Page size:\s+1105\.5\d* x 1544\.8\d* pts/);
    const split = run('compose', SAMPLE_FILE, '--split', '{date}_{page:02}.pdf', '-o', join(dir, 'plant'));
    expect(split.status).toBe(0);
    expect(readdirSync(join(dir, 'plant')).sort()).toEqual(['2026-11-26_01.pdf', '2026-11-26_02.pdf']);
  });

  test.each([
    [['--preset', 'press'], /^banmian: --preset: "press" is not a preset \(plant, proof\)\n$/],
    [['--split', 'page.pdf'], /^banmian: --split: "page\.pdf" has no \{page\}/],
  ])('compose %j is refused in one line, exit 2', (args, message) => {
    const r = run('compose', SAMPLE_FILE, ...args, '-o', tmp());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test('preflight catches a bad PDF: RGB text, an unembedded standard font', async () => {
    const file = join(tmp(), 'bad.pdf');
    writeFileSync(file, await badPdf());
    const r = run('preflight', file, '--json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { fonts: Array<{ name: string; embedded: boolean }>; colourSpaces: string[]; findings: Array<{ severity: string; check: string; message: string }> };
    expect(report.fonts).toEqual([expect.objectContaining({ name: 'Helvetica', embedded: false })]);
    expect(report.colourSpaces).toContain('DeviceRGB');
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ check: 'font', message: expect.stringMatching(/Helvetica .*not embedded/) }),
        expect.objectContaining({ check: 'rgb', message: expect.stringMatching(/DeviceRGB/) }),
        expect.objectContaining({ check: 'boxes', message: expect.stringMatching(/no TrimBox/) }),
      ]),
    );
    const warnings = report.findings.filter((f) => f.severity === 'warning').map((f) => f.message);
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/no PDF\/X OutputIntent/), expect.stringMatching(/\/Trapped/)]));
    const text = run('preflight', file);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/Helvetica \[NOT EMBEDDED\]/);
    expect(text.stdout).toMatch(/^error +p1 rgb: RGB colour/m);
  });

  test('preflight of a file that is not there, or not a PDF, ends in one line and exit 2', () => {
    const dir = tmp();
    expect(run('preflight', join(dir, 'nope.pdf'))).toMatchObject({ status: 2, stderr: expect.stringMatching(/^banmian: .*nope\.pdf: no such file\n$/) });
    const notPdf = write(dir, 'x.pdf', 'hello');
    expect(run('preflight', notPdf)).toMatchObject({ status: 2, stderr: expect.stringMatching(/^banmian: .*x\.pdf: is not a readable PDF/) });
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

/** What a careless export looks like: RGB text in Helvetica (never embedded by pdfkit), an RGB box. */
async function badPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font('Helvetica').fontSize(12).fillColor('red').text('Breaking news in RGB');
  doc.rect(50, 120, 100, 50).fill('#00ff00');
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

describe('banmian compose with article files', () => {
  test('imports them, lays them out on pages of the -t template and loses no text', async () => {
    const { importFile } = await import('../../src-main/import/import-file.js');
    const fixtures = join(projectRoot(), 'tests', 'fixtures', 'import');
    const files = [join(fixtures, 'printed-page.txt'), join(fixtures, 'two-stories.md')];
    const dir = tmp();
    const r = run('compose', ...files, '-t', 'tabloid', '--preset', 'proof', '--date', '2026-11-26', '--paper', '江城日报', '--section', '城事', '--editor', '孙明', '-o', join(dir, 'a.pdf'), '--report', join(dir, 'r.json'));
    expect(r.stderr).toMatch(/→ .*a\.pdf \(proof/);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { pages: Array<{ template: string }>; diagnostics: Array<{ kind: string; severity: string; src?: string }> };
    expect(report.pages.length).toBeGreaterThanOrEqual(1);
    expect(report.pages.every((p) => p.template === 'tabloid')).toBe(true);
    expect(report.diagnostics.filter((d) => d.kind === 'overset' || d.kind === 'unplaced' || d.kind === 'image-unplaced')).toEqual([]);
    // The errors are the photos with no picture (two still to come, one whose file is not there): their places are kept, and the exit code says so.
    expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.kind, d.src])).toEqual([
      ['image-missing', 'missing:article-1-photo-1'],
      ['image-missing', 'missing:article-3-photo-1'],
      ['image-missing', join(fixtures, 'photos', 'jiangtan.jpg')],
    ]);
    expect(r.status).toBe(1);
    const text = poppler('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, 'a.pdf'), '-']).replace(/\s/g, '');
    let articles = 0;
    for (const file of files) {
      for (const a of (await importFile(file)).articles) {
        articles++;
        for (const p of a.paragraphs) expect(text.includes(p.replace(/\s/g, '')), p.slice(0, 20)).toBe(true);
        for (const i of a.images) expect(text.includes(`${i.caption ?? ''}${i.credit ?? ''}`.replace(/\s/g, '')), i.src).toBe(true);
      }
    }
    expect(text).toContain('图片待补');
    expect(articles).toBeGreaterThanOrEqual(5);
    // The running header names the section and the editor given on the command line.
    expect(text).toContain('城事');
    expect(text).toContain('责任编辑孙明');
  });
});

test('compose --timings names each phase and the total', () => {
  const dir = tmp();
  const r = run('compose', SAMPLE_FILE, '--preset', 'proof', '--timings', '-o', join(dir, 'p.pdf'));
  expect(r.status).toBe(0);
  const line = r.stderr.split('\n').find((l) => l.startsWith('banmian: timings')) ?? '';
  const ms = (name: string): number => Number(new RegExp(`${name} (\\d+) ms`).exec(line)?.[1] ?? NaN);
  for (const name of ['start and load modules', 'read the input', 'compose', 'write', 'total']) expect(ms(name), name).toBeGreaterThanOrEqual(0);
  expect(ms('total')).toBeGreaterThanOrEqual(ms('compose') + ms('write'));
});


test('import --assets writes the pictures a .docx carries where the articles point', async () => {
  const { makeStyledDocx, PNG } = await import('../import/make-files.js');
  const dir = tmp();
  const docx = join(dir, 'farm story.docx');
  writeFileSync(docx, await makeStyledDocx());
  const r = run('import', docx, '--json', '--assets', join(dir, 'pictures'));
  expect(r.status).toBe(0);
  const { articles } = JSON.parse(r.stdout) as { articles: Array<{ images: Array<{ src: string }> }> };
  const src = articles[0]!.images[0]!.src;
  expect(readFileSync(join(dir, 'pictures', src)).equals(PNG)).toBe(true);
});

test('compose --strict makes free space of more than 3 lines an error and exits 1; without it, a warning', () => {
  const dir = tmp();
  const story = write(dir, 'short.txt', '桥头社区新开一家便民理发店\n\n本报讯（记者 周立）社区活动室旁的便民理发店昨天开门，老人理发每次五元，每周二上门服务行动不便的居民。\n\n店主说，理发店由社区提供场地，收费只够维持水电开支。\n');
  const report = (name: string): Array<{ kind: string; severity: string; lines?: number }> =>
    (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { diagnostics: Array<{ kind: string; severity: string; lines?: number }> }).diagnostics.filter((d) => d.kind === 'free-space');
  const lax = run('compose', story, '--preset', 'proof', '-o', join(dir, 'a.pdf'), '--report', join(dir, 'a.json'));
  expect(lax.status).toBe(0);
  expect(report('a.json').length).toBeGreaterThan(0);
  expect(report('a.json').every((d) => d.severity === 'warning')).toBe(true);
  const strict = run('compose', story, '--strict', '--preset', 'proof', '-o', join(dir, 'b.pdf'), '--report', join(dir, 'b.json'));
  expect(strict.status).toBe(1);
  const free = report('b.json');
  expect(free.filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
  // Air of 2 or 3 lines stays a warning even in strict mode.
  for (const d of free) expect(d.severity, `${d.lines} lines`).toBe((d.lines ?? 0) > 3 ? 'error' : 'warning');
});
