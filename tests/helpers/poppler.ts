/** Reading PDFs back with poppler (Debian: poppler-utils), as the printing plant's tools would. */
import { execFileSync } from 'node:child_process';

export function poppler(tool: 'pdffonts' | 'pdftotext' | 'pdfinfo', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is needed by this test: install poppler-utils (apt-get install poppler-utils)`);
    }
    throw err;
  }
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfFonts(file: string): PdfFontRow[] {
  return poppler('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      const flags = cols.slice(-5, -2);
      return { name: cols[0] ?? '', type: cols.slice(1, -6).join(' '), embedded: flags[0] === 'yes', subset: flags[1] === 'yes', unicode: flags[2] === 'yes' };
    });
}
