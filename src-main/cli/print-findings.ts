/**
 * Preflight findings on stderr, one line each: errors and warnings (notes stay in the report).
 * Many of one kind on one page (360 emoji missing from the fonts) are a few lines and a count.
 */
import type { Finding } from '../pdf/preflight/preflight.js';

/** One line on stderr. */
export const sayOnStderr = (line: string): void => void process.stderr.write(`${line}\n`);

/** Findings of one check on one page printed in full, at most; the rest are counted. */
const SHOWN_ALIKE = 3;

export function printFindings(findings: readonly Finding[], file?: string, say = sayOnStderr): void {
  const groups = new Map<string, { head: string; messages: string[] }>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const where = [file, f.page === undefined ? undefined : `p${f.page}`].filter(Boolean).join(' ');
    const head = `  ${f.severity}${where ? ` ${where}` : ''} ${f.check}`;
    const group = groups.get(head) ?? groups.set(head, { head, messages: [] }).get(head)!;
    group.messages.push(f.message);
  }
  for (const { head, messages } of groups.values()) {
    for (const message of messages.slice(0, SHOWN_ALIKE)) say(`${head}: ${message}`);
    if (messages.length > SHOWN_ALIKE) say(`${head}: … and ${messages.length - SHOWN_ALIKE} more like these (every one is in the report, --report)`);
  }
}
