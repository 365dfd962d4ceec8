/** Recognises common binary formats by their first bytes, so "not text" can say what the file is. */

const SIGNATURES: readonly { bytes: readonly number[]; what: string; zh: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', zh: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', zh: 'JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', zh: 'GIF 图片' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document', zh: 'PDF 文件' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a Word .docx is one: rename it to .docx)', zh: 'ZIP 压缩包（Word 的 .docx 就是一种：请把扩展名改为 .docx）' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office document (.doc): save it as .docx', zh: '旧版 Office 文件（.doc）：请另存为 .docx' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program', zh: '程序文件' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive', zh: 'gzip 压缩包' },
];

/** What the file is, in English and in Chinese, when its first bytes say. */
export function binaryKind(bytes: Uint8Array): { what: string; zh: string } | undefined {
  return SIGNATURES.find((sig) => sig.bytes.every((b, i) => bytes[i] === b));
}

/** Index of the first control character that plain text never holds (C0 codes other than tab, LF, FF, CR), or -1. */
export function firstControl(text: string, limit = text.length): number {
  const end = Math.min(limit, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) return i;
  }
  return -1;
}
