/**
 * Issue 13's failures, each reproduced as the user met it and now one clear line: an output that
 * is an input is refused, a paragraph opening with ？！ no longer leaves compose hanging without a
 * word (exit 13), a file in the way of an output folder or a port in use is one line and exit 2,
 * a bad --report is found before the PDF is written, an unknown template is named with who named
 * it, and 360 emoji missing from the fonts are a few lines, not 360.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../src-main/model/project-root.js';
import { SAMPLE_FILE } from '../helpers/sample.js';

const BIN = join(projectRoot(), 'bin', 'banmian.js');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, timeout: 60_000 });
const COPY = '标题\n\n　　正文第一段，记者从市教育局获悉。\n';

/** A folder with a.txt (an article file) in it. */
function folder(text = COPY): string {
  const dir = mkdtempSync(join(tmpdir(), 'banmian-hard-'));
  writeFileSync(join(dir, 'a.txt'), text);
  return dir;
}

/** One line on stderr, no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  return lines[0] as string;
}

describe('an output that is an input is refused, naming both, and the input is left as it was', () => {
  test.each([
    [['-o', 'a.txt'], /-o: a\.txt is the input a\.txt/],
    [['-o', './sub/../a.txt'], /-o: \.\/sub\/\.\.\/a\.txt is the input a\.txt/],
    [['-o', 'x.pdf', '--report', 'a.txt'], /--report: a\.txt is the input a\.txt/],
    [['-o', 'x.pdf', '--report', 'x.pdf'], /--report: x\.pdf is also -o x\.pdf/],
  ])('compose a.txt %j', (args, message) => {
    const dir = folder();
    const r = run(dir, 'compose', 'a.txt', ...args);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(message);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(COPY);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  test('through a symbolic link, and for an issue file', () => {
    const dir = folder();
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));
    expect(oneLine(run(dir, 'compose', 'link.txt', '-o', 'a.txt').stderr)).toMatch(/is the input link\.txt/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(COPY);
    const issue = readFileSync(SAMPLE_FILE, 'utf8');
    writeFileSync(join(dir, 'x.banmian.json'), issue);
    const r = run(dir, 'compose', 'x.banmian.json', '-o', 'x.banmian.json');
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'x.banmian.json'), 'utf8')).toBe(issue);
  });
});

test('a first paragraph opening with ？！ composes (it used to hang: exit 13, no PDF, nothing said)', () => {
  for (const start of ['？！', '！？', '！！', '？？']) {
    const dir = folder(`标题\n\n${start}\n`);
    const r = run(dir, 'compose', 'a.txt', '-o', 'a.pdf');
    expect([0, 1], `${start}: exit ${r.status}\n${r.stderr}`).toContain(r.status);
    expect(readFileSync(join(dir, 'a.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }
});

describe('the file system refusing is one line and exit 2', () => {
  test('-o below a file', () => {
    const dir = folder();
    const r = run(dir, 'compose', 'a.txt', '-o', 'a.txt/x.pdf');
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/a\.txt: a file is in the way where a folder is needed/);
  });

  test('--report below a file: found before the PDF is written, so no PDF stands without its report', () => {
    const dir = folder();
    const r = run(dir, 'compose', 'a.txt', '-o', 'x.pdf', '--report', 'a.txt/r.json');
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/a file is in the way/);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  test('serve on a port in use says so and exits', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const child = spawn(process.execPath, [BIN, 'serve', SAMPLE_FILE, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve(null);
        }, 30_000);
        child.on('exit', (c) => {
          clearTimeout(timer);
          resolve(c);
        });
      });
      expect(code, stderr).toBe(2);
      expect(oneLine(stderr)).toMatch(new RegExp(`port ${port}: the port is in use`));
    } finally {
      busy.close();
    }
  }, 40_000);
});

describe('messages that name what is wrong, briefly', () => {
  test('an unknown template names the issue file and page, or the -t flag', () => {
    const dir = folder();
    const issue = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as { pages: Array<{ template: string }> };
    (issue.pages[0] as { template: string }).template = 'nosuch';
    writeFileSync(join(dir, 'x.banmian.json'), JSON.stringify(issue));
    expect(oneLine(run(dir, 'compose', 'x.banmian.json', '-o', 'x.pdf').stderr)).toMatch(/x\.banmian\.json: page 1: names the template "nosuch", and there is none of that name \(broadsheet, tabloid\)/);
    expect(oneLine(run(dir, 'compose', 'a.txt', '-t', 'nosuch', '-o', 'x.pdf').stderr)).toMatch(/^banmian: -t: names the template "nosuch"/);
  });

  test('many missing glyphs of one page are three lines and a count, all of them in the report', () => {
    const emoji = Array.from({ length: 360 }, (_, i) => String.fromCodePoint(0x1f600 + (i % 40))).join('');
    const dir = folder(`标题\n\n　　${emoji}。\n`);
    const r = run(dir, 'compose', 'a.txt', '-o', 'x.pdf', '--report', 'r.json');
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length, r.stderr).toBeLessThanOrEqual(6);
    expect(r.stderr).toMatch(/missing-glyph: … and \d+ more like these/);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { diagnostics: Array<{ kind: string }> };
    expect(report.diagnostics.filter((d) => d.kind === 'missing-glyph')).toHaveLength(360);
  });
});

test('a temporary PDF left by a run killed before its rename is removed by the next run; one of a run still going stays', () => {
  const dir = folder();
  const gone = spawnSync(process.execPath, ['-e', '0']).pid as number;
  writeFileSync(join(dir, `x.pdf.${gone}.tmp`), 'half a PDF');
  writeFileSync(join(dir, `x.pdf.${process.pid}.tmp`), 'being written');
  writeFileSync(join(dir, 'x.json'), '{"from": "an earlier run"}');
  const r = run(dir, 'compose', 'a.txt', '-o', 'x.pdf', '--report', 'x.json');
  expect([0, 1]).toContain(r.status);
  expect(readdirSync(dir).sort()).toEqual(['a.txt', 'x.json', 'x.pdf', `x.pdf.${process.pid}.tmp`].sort());
  expect(readFileSync(join(dir, 'x.json'), 'utf8')).not.toContain('an earlier run');
});

test('a text file of more than 10 MB is refused at once, saying how to raise the limit', () => {
  const dir = folder();
  writeFileSync(join(dir, 'big.txt'), `标题\n\n　　${'江城日报新闻排版测试文字。'.repeat(300_000)}\n`);
  const r = run(dir, 'compose', 'big.txt', '-o', 'x.pdf');
  expect(r.status).toBe(2);
  expect(oneLine(r.stderr)).toMatch(/big\.txt: is too large to import \(\d+\.\d MB; the limit is 10\.0 MB, BANMIAN_MAX_TEXT_MB raises it for text files\)/);
  expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
});
