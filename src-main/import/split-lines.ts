/**
 * Plain text → units: one per non-blank line, with its line number, how many blank lines stood
 * before it and whether it was indented. Separator lines (===, ＊＊＊ …) cut the units into sections.
 */
import { isSeparator } from './text-rules.js';

export interface Unit {
  text: string;
  /** 1-based line in the file. */
  line: number;
  blanksBefore: number;
  /** Started with full-width spaces (　　), a tab or two spaces: a printed paragraph start. */
  indented: boolean;
  /** A picture standing between the lines (Word files read as plain text); `text` is then empty. */
  image?: PictureRef;
}

export interface PictureRef {
  src: string;
  caption?: string;
  credit?: string;
}

export interface Section {
  units: Unit[];
  /** The separator line that opened this section, if any, and its text. */
  separatorLine?: number;
  separator?: string;
}

const INDENT = /^[\s\u3000\u00a0]+/u;

export function splitLines(text: string): Section[] {
  const sections: Section[] = [{ units: [] }];
  let blanks = 0;
  const lines = text.replace(/\uFEFF/gu, '').split(/\r\n|\r|\n/u);
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').trimEnd();
    const indent = INDENT.exec(raw)?.[0] ?? '';
    const body = raw.slice(indent.length);
    if (body === '') {
      blanks++;
    } else if (isSeparator(body)) {
      sections.push({ units: [], separatorLine: i + 1, separator: body });
      blanks = 0;
    } else {
      const indented = /[\u3000\t]/u.test(indent) || indent.length >= 2;
      sections[sections.length - 1]?.units.push({ text: body, line: i + 1, blanksBefore: blanks, indented });
      blanks = 0;
    }
  }
  return sections.filter((s) => s.units.length > 0);
}
