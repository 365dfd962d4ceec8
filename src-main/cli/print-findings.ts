/** Preflight findings on stderr, one line each: errors and warnings (notes stay in the report). */
import type { Finding } from '../pdf/preflight/preflight.js';

/** One line on stderr. */
export const sayOnStderr = (line: string): void => void process.stderr.write(`${line}\n`);

export function printFindings(findings: readonly Finding[], file?: string, say = sayOnStderr): void {
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const where = [file, f.page === undefined ? undefined : `p${f.page}`].filter(Boolean).join(' ');
    say(`  ${f.severity}${where ? ` ${where}` : ''} ${f.check}: ${f.message}`);
  }
}
