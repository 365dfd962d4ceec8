import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src-main/import/import-file.js';
import { InputError } from '../../src-main/model/errors.js';
import { makeStyledDocx, PNG } from './make-files.js';
import { FIXTURES, tempFolder } from './temp-files.js';

const write = tempFolder();

/** The one InputError an import throws: it names the file and says what is wrong. */
async function failure(path: string): Promise<InputError> {
  const err: unknown = await importFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  const input = err as InputError;
  expect(input.file).toBe(path);
  expect(input.message).toBe(`${path}: ${input.problem}`);
  return input;
}

describe('bad input', () => {
  it('an empty text file', async () => {
    expect((await failure(write('empty.txt', ''))).problem).toBe('is empty');
  });

  it('a text file of blank lines and a BOM', async () => {
    expect((await failure(write('blank.txt', '\uFEFF\n\r\n　　\n'))).problem).toBe('is empty');
  });

  it('an empty Markdown file', async () => {
    expect((await failure(write('empty.md', ''))).problem).toBe('is empty');
  });

  it('a picture saved as .txt', async () => {
    expect((await failure(write('photo.txt', PNG))).problem).toBe('is not text: it looks like a PNG image');
  });

  it('binary data without a known signature', async () => {
    const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256);
    expect((await failure(write('data.txt', bytes))).problem).toMatch(/^is not text: it holds binary data/);
  });

  it('an encoding it cannot read (Shift_JIS)', async () => {
    const bytes = iconv.encode('東京都は今日、新しい条例を発表しました。市民の皆さんはご注意ください。\n', 'shift_jis');
    expect((await failure(write('japanese.txt', bytes))).problem).toBe('is in an encoding Banmian cannot read (it looks like Shift_JIS); save it as UTF-8');
  });

  it('an encoding it cannot read (Western European)', async () => {
    const bytes = iconv.encode('Le café de la place rouvre après des travaux, annonce la mairie.\n', 'windows-1252');
    expect((await failure(write('french.txt', bytes))).problem).toMatch(/^is in an encoding Banmian cannot read \(it looks like ISO-8859-1\)/);
  });

  it('a truncated Word file', async () => {
    const whole = await makeStyledDocx();
    const problem = (await failure(write('cut.docx', whole.subarray(0, Math.floor(whole.length / 2))))).problem;
    expect(problem).toMatch(/^is not a readable Word file \(.+\)$/);
  });

  it('a text file renamed to .docx', async () => {
    const problem = (await failure(write('notes.docx', '这不是Word文件。'))).problem;
    expect(problem).toMatch(/^is not a readable Word file/);
  });

  it('an unknown extension', async () => {
    expect((await failure(write('story.pdf', '%PDF-1.4'))).problem).toBe('is an unknown kind of file (.pdf); Banmian imports .txt, .md and .docx');
  });

  it('an old Word .doc', async () => {
    expect((await failure(write('story.doc', 'x'))).problem).toBe('is an old Word .doc file: save it as .docx; Banmian imports .txt, .md and .docx');
  });

  it('a file that does not exist', async () => {
    expect((await failure(join(tmpdir(), 'banmian-no-such-file.txt'))).problem).toBe('no such file');
  });

  it('a Markdown file that is nothing but a headline', async () => {
    expect((await failure(write('bare.md', '# 只有标题\n'))).problem).toBe('line 1: the article “只有标题” has no text under its headline');
  });

  it('a 50 MB text is refused, and with the limit raised imports with a warning, quickly', async () => {
    const path = join(tmpdir(), `banmian-big-${process.pid}.txt`);
    const page = Buffer.from(`${readFileSync(join(FIXTURES, 'printed-page.txt'), 'utf8')}\n＊＊＊\n`);
    const copies = Math.ceil((50 * 1024 * 1024) / page.length);
    const fd = openSync(path, 'w');
    try {
      for (let i = 0; i < copies; i++) writeSync(fd, page);
    } finally {
      closeSync(fd);
    }
    try {
      await expect(importFile(path)).rejects.toThrow(/is too large to import \(50\.\d MB; the limit is 10\.0 MB, BANMIAN_MAX_TEXT_MB raises it/);
      process.env.BANMIAN_MAX_TEXT_MB = '64';
      const started = performance.now();
      const { articles, notes } = await importFile(path);
      const seconds = (performance.now() - started) / 1000;
      expect(articles).toHaveLength(copies * 4);
      expect(articles[articles.length - 1]?.headline).toBe('省内代表委员热议科技创新话题');
      expect(notes[0]?.kind).toBe('warning');
      expect(notes[0]?.message).toMatch(/^The file is 50\.\d MB, far more than a day's copy/);
      expect(notes.filter((n) => n.kind === 'joined-fragments')).toHaveLength(200);
      expect(notes.some((n) => n.message.startsWith(`${copies * 5 - 200} more "joined-fragments" notes`))).toBe(true);
      expect(seconds).toBeLessThan(45);
    } finally {
      delete process.env.BANMIAN_MAX_TEXT_MB;
      rmSync(path, { force: true });
    }
  });
});
