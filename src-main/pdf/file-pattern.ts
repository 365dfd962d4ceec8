/**
 * File names for one PDF per page: `{date}_{page:02}.pdf` → `2026-11-26_01.pdf`. Tokens:
 * {date} {page} {section} {paper} {template}; `:0N` pads a number with zeros to N digits.
 */
import { InputError } from '../model/errors.js';

export interface PageNameValues {
  date: string;
  page: number;
  section: string;
  paper: string;
  template: string;
}

export const DEFAULT_PAGE_PATTERN = '{date}_{page:02}.pdf';

const TOKEN = /\{(\w+)(?::(0\d+))?\}/g;

/** Refuses a pattern that names an unknown token, or that would give two pages one name. */
export function checkPagePattern(pattern: string): void {
  if (!/\{page(:0\d+)?\}/.test(pattern)) throw new InputError('--split', `"${pattern}" has no {page}, so every page would get the same file name`);
  if (/[/\\]/.test(pattern)) throw new InputError('--split', `"${pattern}" is a file name pattern; give the folder with -o`);
  pageFileName(pattern, { date: '', page: 1, section: '', paper: '', template: '' });
}

export function pageFileName(pattern: string, values: PageNameValues): string {
  return pattern.replace(TOKEN, (whole, key: string, pad: string | undefined) => {
    if (!(key in values)) throw new InputError('--split', `unknown token ${whole} (use {date}, {page}, {section}, {paper}, {template})`);
    const value = String(values[key as keyof PageNameValues]);
    const padded = pad ? value.padStart(Number(pad), '0') : value;
    return padded.replace(/[/\\:*?"<>|\s]+/g, '-');
  });
}
