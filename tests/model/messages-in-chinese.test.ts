/**
 * A file the app cannot open or import is named with its problem in Chinese (the app's line),
 * while the CLI keeps the English sentence.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { importFile } from '../../src-main/import/import-file.js';
import { InputError } from '../../src-main/model/errors.js';
import { loadIssue, parseIssue } from '../../src-main/model/load-issue.js';

const dir = mkdtempSync(join(tmpdir(), 'banmian-zh-'));
const thrown = async (run: () => unknown): Promise<InputError> => {
  try {
    await run();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
};

test.each([
  ['not JSON', '{ "format": ', /^bad\.json：不是有效的 JSON 文件（/],
  ['not an issue', '{ "format": "banmian-proof", "version": 1 }', /^bad\.json：不是版面的报纸文件（format 应为 "banmian-issue"，实际为 "banmian-proof"）$/],
  ['from a newer Banmian', '{ "format": "banmian-issue", "version": 99 }', /^bad\.json：是新版版面写的（报纸格式第 99 版；这个版本最多读到第 \d 版），请升级$/],
])('an issue file %s', async (_, text, zh) => {
  const file = join(dir, 'bad.json');
  writeFileSync(file, text);
  const err = await thrown(() => loadIssue(file));
  expect(err.inChinese.replace(file, 'bad.json')).toMatch(zh);
  expect(err.message).not.toMatch(/[\u4e00-\u9fff]/);
});

test('a field of the issue that does not fit the schema: the field and zod’s sentence in Chinese', async () => {
  const err = await thrown(() => parseIssue({ format: 'banmian-issue', version: 2, paper: {}, date: '2026-12-05', pages: [], articles: [] }, 'x.banmian.json'));
  expect(err.inChinese).toMatch(/^x\.banmian\.json：paper\.\w+：无效输入/);
});

test.each([
  ['稿件.doc', 'x', '是旧版 Word 的 .doc 文件：请另存为 .docx；版面能导入 .txt、.md 和 .docx'],
  ['空稿.txt', '', '是空的'],
  ['图片.txt', '\u0089PNG\r\n\u001a\n', '不是文本文件：看起来是 PNG 图片'],
])('an article file %s that cannot be imported', async (name, text, zh) => {
  const file = join(dir, name);
  writeFileSync(file, text, 'latin1');
  const err = await thrown(() => importFile(file));
  expect(err.zh).toBe(zh);
});
