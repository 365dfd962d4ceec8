/**
 * Copyfit at a glance, as InCopy's copyfit bar: how far an article's text is over or under the
 * room its blocks give, in 字 and 行 (the engine's estimates on the overset and underset diagnostics).
 */
import type { Diagnostic } from '../../src-main/model/display-list.js';

export type Copyfit = { kind: 'over'; chars: number; lines: number } | { kind: 'under'; chars: number; lines: number } | { kind: 'fits' };

/** The article's copyfit, on one page (where its tag goes) or over the issue. */
export function copyfitOf(diagnostics: readonly Diagnostic[], article: string, page?: number): Copyfit {
  const mine = diagnostics.filter((d) => 'article' in d && d.article === article && (page === undefined || ('page' in d && d.page === page)));
  const over = mine.flatMap((d) => (d.kind === 'overset' ? [d] : []));
  if (over.length) return { kind: 'over', chars: over.reduce((n, d) => n + d.chars, 0), lines: over.reduce((n, d) => n + d.lines, 0) };
  const under = mine.flatMap((d) => (d.kind === 'underset' ? [d] : []));
  if (under.length) return { kind: 'under', chars: under.reduce((n, d) => n + d.chars, 0), lines: under.reduce((n, d) => n + d.lines, 0) };
  return { kind: 'fits' };
}

export function copyfitText(c: Copyfit): string {
  if (c.kind === 'over') return `超 ${c.chars} 字 · 约 ${c.lines} 行`;
  if (c.kind === 'under') return `空 ${c.lines} 行 · 约缺 ${c.chars} 字`;
  return '字数正好';
}
