/** The public entry: an article file (.txt, .md, .docx) → articles and notes. */
import { basename, extname } from 'node:path';
import { InputError } from '../model/errors.js';
import { decodeText } from './decode-text.js';
import type { Draft } from './draft.js';
import { finishArticles } from './finish.js';
import { Notes } from './notes.js';
import { parseMarkdown } from './parse-markdown.js';
import { parsePlain } from './parse-plain.js';
import { megabytes, readBytes } from './read-file.js';
import { splitLines } from './split-lines.js';
import type { ImportAsset, ImportResult } from './types.js';

/** Above this a file imports, with a warning that it is unusually large for a day's copy. */
export const LARGE_BYTES = 10 * 1024 * 1024;

const KINDS: Record<string, 'text' | 'markdown' | 'docx'> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
};

/**
 * The id of the `k`-th article (0-based) of the `i`-th file imported together: the file's name
 * (letters, digits, -, _, .) and the article's number, e.g. metro.docx → metro-1, metro-2.
 */
export function importedArticleId(file: string, i: number, k: number): string {
  const stem = basename(file, extname(file)).replace(/[^\w.-]/g, '') || `file${i + 1}`;
  return `${/^[A-Za-z0-9]/.test(stem) ? stem : `f${stem}`}-${k + 1}`;
}

export async function importFile(path: string): Promise<ImportResult> {
  const ext = extname(path).toLowerCase();
  const kind = KINDS[ext];
  if (!kind) {
    const hint = ext === '.doc' ? 'an old Word .doc file: save it as .docx' : `an unknown kind of file${ext ? ` (${ext})` : ''}`;
    const hintZh = ext === '.doc' ? '旧版 Word 的 .doc 文件：请另存为 .docx' : `不认识的文件${ext ? `（${ext}）` : ''}`;
    throw new InputError(path, `is ${hint}; Banmian imports .txt, .md and .docx`, `是${hintZh}；版面能导入 .txt、.md 和 .docx`);
  }
  const bytes = await readBytes(path);
  const notes = new Notes();
  if (bytes.length > LARGE_BYTES) {
    notes.add('warning', `The file is ${megabytes(bytes.length)}, far more than a day's copy; check that it is the right file.`);
  }
  const assets: ImportAsset[] = [];
  // mammoth (Word) loads only for a Word file: most copy comes as plain text.
  const drafts = kind === 'docx' ? await (await import('./parse-docx.js')).parseDocx(bytes, path, notes, assets) : parseText(bytes, path, kind, notes);
  if (drafts.length === 0) throw new InputError(path, 'is empty', '是空的');
  const result: ImportResult = { articles: finishArticles(drafts, path, notes), notes: notes.all() };
  if (assets.length > 0) result.assets = assets;
  return result;
}

function parseText(bytes: Uint8Array, path: string, kind: 'text' | 'markdown', notes: Notes): Draft[] {
  if (bytes.length === 0) throw new InputError(path, 'is empty', '是空的');
  const decoded = decodeText(bytes, path);
  if (decoded.text.trim() === '') throw new InputError(path, 'is empty', '是空的');
  notes.add('encoding', `Read as ${decoded.encoding} (${decoded.how}).`);
  if (decoded.replaced > 0) notes.add('warning', `${decoded.replaced} character${decoded.replaced === 1 ? '' : 's'} could not be decoded and show${decoded.replaced === 1 ? 's' : ''} as �.`);
  return kind === 'markdown' ? parseMarkdown(decoded.text, notes) : parsePlain(splitLines(decoded.text), notes);
}
