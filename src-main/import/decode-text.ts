/**
 * Bytes of a plain-text article file → a string, recognising the encodings newsrooms send:
 * UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or recognised by its shape), GB18030/GBK and Big5
 * (guessed by chardet, decoded by iconv-lite). Anything else is refused rather than garbled.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../model/errors.js';
import { binaryKind, firstControl } from './sniff-binary.js';

export interface Decoded {
  text: string;
  /** The encoding used, as an editor would name it. */
  encoding: string;
  /** How it was chosen, for the note. */
  how: string;
  /** Characters that could not be decoded (shown as U+FFFD). */
  replaced: number;
}

/** chardet reads only this much: enough for a confident guess, and fast on a 50 MB file. */
const SAMPLE = 256 * 1024;
/** chardet names of the Chinese encodings we accept, and what iconv-lite calls them. */
const CHINESE: Record<string, string> = { GB18030: 'gb18030', Big5: 'big5' };

export function decodeText(bytes: Uint8Array, file: string): Decoded {
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(file, `is not text: it looks like ${kind.what}`, `不是文本文件：看起来是 ${kind.zh}`);
  const decoded = byBom(bytes) ?? asUtf8(bytes) ?? asUtf16(bytes) ?? nearlyUtf8(bytes) ?? byChardet(bytes, file);
  const control = firstControl(decoded.text);
  if (control >= 0) {
    const code = decoded.text.charCodeAt(control).toString(16).padStart(2, '0');
    throw new InputError(file, `is not text: it holds binary data (control character 0x${code} at character ${control + 1})`, `不是文本文件：第 ${control + 1} 个字符是控制字符 0x${code}`);
  }
  if (decoded.replaced > Math.max(3, decoded.text.length / 1000)) {
    throw new InputError(file, `is in an encoding Banmian cannot read (${decoded.replaced} characters are not valid ${decoded.encoding}); save it as UTF-8`, `编码读不出来（有 ${decoded.replaced} 个字符不是有效的 ${decoded.encoding}），请另存为 UTF-8`);
  }
  return decoded;
}

function byBom(bytes: Uint8Array): Decoded | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return utf8(bytes.subarray(3), 'UTF-8', 'byte-order mark');
  if (a === 0xff && b === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', 'byte-order mark');
  if (a === 0xfe && b === 0xff) return utf16(bytes.subarray(2), 'utf-16be', 'byte-order mark');
  return undefined;
}

function asUtf8(bytes: Uint8Array): Decoded | undefined {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', how: 'the bytes are valid UTF-8', replaced: 0 };
  } catch {
    return undefined;
  }
}

/**
 * UTF-8 with a few damaged bytes (a bad copy, a cut download): read it, and say how many were lost.
 * It must hold far more good non-ASCII characters than bad ones, or it is another encoding (Latin-1).
 */
function nearlyUtf8(bytes: Uint8Array): Decoded | undefined {
  const decoded = utf8(bytes, 'UTF-8', 'the bytes are UTF-8 except for a few damaged ones');
  let good = 0;
  for (let i = 0; i < decoded.text.length; i++) if (decoded.text.charCodeAt(i) >= 0x80) good++;
  good -= decoded.replaced;
  return decoded.replaced <= Math.max(3, decoded.text.length / 10000) && good >= 20 * decoded.replaced ? decoded : undefined;
}

function utf8(bytes: Uint8Array, encoding: string, how: string): Decoded {
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, encoding, how, replaced: countReplaced(text) };
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be', how: string): Decoded {
  const text = new TextDecoder(label).decode(bytes);
  return { text, encoding: label === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE', how, replaced: countReplaced(text) };
}

/**
 * UTF-16 without a BOM: chardet does not guess it, so we decode a sample both ways and keep the
 * byte order under which nearly every unit is a Chinese character, CJK punctuation or ASCII.
 */
function asUtf16(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE) & ~1);
  for (const label of ['utf-16le', 'utf-16be'] as const) {
    if (plausibleShare(new TextDecoder(label).decode(sample)) > 0.95) return utf16(bytes, label, 'recognised by its byte pattern (no byte-order mark)');
  }
  return undefined;
}

function plausibleShare(text: string): number {
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok =
      c === 0x0a || c === 0x0d || c === 0x09 ||
      (c >= 0x20 && c < 0x7f) ||
      (c >= 0x3000 && c < 0x3040) || // CJK punctuation
      (c >= 0x4e00 && c < 0xa000) || // CJK ideographs
      (c >= 0xff00 && c < 0xfff0) || // full-width forms
      (c >= 0x2010 && c < 0x2030); // dashes and quotes
    if (ok) good++;
  }
  return text.length === 0 ? 0 : good / text.length;
}

function byChardet(bytes: Uint8Array, file: string): Decoded {
  if (bytes.includes(0)) throw new InputError(file, 'is not text: it holds binary data (NUL bytes)', '不是文本文件：含有二进制数据（NUL 字节）');
  const matches = chardet.analyse(bytes.subarray(0, SAMPLE));
  // chardet ranks Japanese and Korean encodings close behind GB18030 on short Chinese text, so the
  // first Chinese encoding with a fair confidence wins over them.
  const chosen = matches.find((m) => CHINESE[m.name] !== undefined && m.confidence >= 50);
  if (!chosen) {
    const guess = matches[0]?.name;
    throw new InputError(file, `is in an encoding Banmian cannot read (${guess ? `it looks like ${guess}` : 'not UTF-8, UTF-16, GB18030 or Big5'}); save it as UTF-8`, `编码读不出来（${guess ? `看起来是 ${guess}` : '不是 UTF-8、UTF-16、GB18030 或 Big5'}），请另存为 UTF-8`);
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), CHINESE[chosen.name] ?? 'gb18030');
  const encoding = chosen.name === 'GB18030' ? 'GB18030 (GBK)' : chosen.name;
  return { text, encoding, how: `detected by chardet with ${chosen.confidence}% confidence`, replaced: countReplaced(text) };
}

function countReplaced(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
