/** Recognises common binary formats by their first bytes, so "not text" can say what the file is. */

const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a Word .docx is one: rename it to .docx)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office document (.doc): save it as .docx' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
];

export function binaryKind(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((sig) => sig.bytes.every((b, i) => bytes[i] === b))?.what;
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
