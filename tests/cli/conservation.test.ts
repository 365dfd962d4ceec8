/**
 * No character lost: every article file of the copy fixtures, and seeded files in random real-copy
 * shapes, composed by the real CLI (`compose FILE -t broadsheet --report`), and every non-space
 * character of the file's text found in the PDF's text or in the report's text fields
 * (tests/helpers/conservation.ts, the count of ../shared/tools/conserved).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../src-main/model/project-root.js';
import { checkConservation, conservationMessage, conserved, markdownText, reportText } from '../helpers/conservation.js';
import { fuzzCopy } from '../helpers/fuzz-copy.js';

const ROOT = projectRoot();
const BIN = join(ROOT, 'bin', 'banmian.js');
const FIXTURE_DIRS = [join(ROOT, 'tests', 'fixtures', 'copy'), join(ROOT, 'tests', 'fixtures', 'import')];
const FUZZ_SEEDS = Array.from({ length: 20 }, (_, i) => 1001 + i);
const OUT = mkdtempSync(join(tmpdir(), 'banmian-conserve-'));
/** The outputs stay for a look when a file lost text (the failure names its folder), else they go. */
let failed = false;
afterAll(() => {
  if (!failed) rmSync(OUT, { recursive: true, force: true });
});

const articleFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f) && f !== 'README.md')
    .sort()
    .map((f) => join(dir, f));

/** Composes one article file in its own folder; fails on a refusal (exit 2) or when no PDF was written. */
async function composeAndCheck(file: string, note = ''): Promise<void> {
  const dir = join(OUT, basename(file).replace(/\W+/g, '_'));
  mkdirSync(dir, { recursive: true });
  const pdf = join(dir, 'out.pdf');
  const report = join(dir, 'out.json');
  let passed = false;
  try {
    const run = await promisify(execFile)(process.execPath, [BIN, 'compose', file, '-t', 'broadsheet', '-o', pdf, '--report', report], { encoding: 'utf8' }).then(
      (r) => ({ status: 0, stderr: r.stderr }),
      (err: { code?: number | string; stderr?: string }) => ({ status: err.code, stderr: err.stderr ?? '' }),
    );
    // Exit 1 is a composition with errors (overset text, say): its PDF and report are written and checked.
    expect([0, 1], `${basename(file)}: compose exited ${String(run.status)}\n${run.stderr}`).toContain(run.status);
    expect(existsSync(pdf) && existsSync(report), `${basename(file)}: no PDF or report written\n${run.stderr}`).toBe(true);
    const result = checkConservation(file, pdf, report);
    expect(result.lost, conservationMessage(result, `${note}output in ${dir}`)).toBe(0);
    passed = true;
  } finally {
    if (!passed) failed = true;
  }
}

describe('the count itself', () => {
  test('a lost caption is found and named; NFKC and spaces do not count', () => {
    const r = conserved('x.txt', '主题\n　　正文，ABC。\n图为江景。\n', '主题 正文,ABC。', '');
    expect(r.lost).toBe(5);
    expect(r.linesLost).toEqual(['图为江景。']);
    expect(conservationMessage(r)).toMatch(/lost 5 of 14/);
  });

  test('Markdown counts heading, paragraph and image alt and title text, not markup (link targets, tags)', () => {
    expect(markdownText('# 引题\n\n**粗**与*斜*[链](http://x.example)\n\n![图注](p.jpg "本报记者 甲 摄")\n\n<b>乙</b>\n')).toBe('引题\n粗与斜链\n图注\n本报记者 甲 摄\n乙');
  });

  test('of the report only text that is not on the page counts', () => {
    const report = {
      diagnostics: [
        { kind: 'overset', text: '余下', message: 'overset message' },
        { kind: 'loose-line', text: '已排' },
        { kind: 'missing-glyph', char: '𠮷', message: '𠮷 is not in the font' },
        { kind: 'free-space', message: 'columns 1–4' },
      ],
    };
    expect(reportText(report)).toBe('余下\n𠮷');
  });

  test('the fuzzer is the same for the same seed', () => {
    expect(fuzzCopy(7).text).toBe(fuzzCopy(7).text);
    expect(fuzzCopy(7).text).not.toBe(fuzzCopy(8).text);
  });
});

describe.concurrent('every character of the copy is on the page or in the report', () => {
  for (const dir of FIXTURE_DIRS) {
    for (const file of articleFiles(dir)) {
      test(`${basename(dir)}/${basename(file)}`, () => composeAndCheck(file));
    }
  }
});

describe.concurrent('fuzzed copy in real shapes', () => {
  const dir = join(OUT, 'fuzz');
  mkdirSync(dir, { recursive: true });
  for (const seed of FUZZ_SEEDS) {
    const copy = fuzzCopy(seed);
    const file = join(dir, copy.name);
    writeFileSync(file, copy.text);
    test(`seed ${seed}: ${copy.shapes.join(' ')}`, () => composeAndCheck(file, `fuzzCopy(${seed}), input ${file}; `));
  }
});
