/** `banmian preflight FILE.pdf`: what the plant's preflight would say about a PDF. */
import { readFile } from 'node:fs/promises';
import { InputError } from '../model/errors.js';
import { DEFAULT_LIMITS, formatReport, hasErrors, preflight } from '../pdf/preflight/preflight.js';
import { readPdf, type PdfFacts } from '../pdf/preflight/read-pdf.js';

export interface PreflightOptions {
  json?: boolean;
  inkLimit: string;
}

/** Prints the report; returns 1 when a finding is an error, 0 otherwise. */
export async function preflightCommand(file: string, opts: PreflightOptions): Promise<number> {
  const inkLimit = Number(opts.inkLimit);
  if (!Number.isFinite(inkLimit) || inkLimit <= 0 || inkLimit > 400) throw new InputError('--ink-limit', `"${opts.inkLimit}" is not a total ink percentage (e.g. 240)`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(err)})`);
  }
  let facts: PdfFacts;
  try {
    facts = await readPdf(bytes);
  } catch (err) {
    const message = (err as Error).message.split('\n')[0] ?? '';
    // pdf-lib walks nested objects by recursion: a page tree thousands of levels deep exhausts it.
    const why = /call stack/i.test(message) ? 'its objects are nested too deeply to read (a broken or hostile file)' : message;
    throw new InputError(file, `is not a readable PDF (${why})`);
  }
  const report = preflight(file, facts, { ...DEFAULT_LIMITS, inkLimit });
  process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  return hasErrors(report.findings) ? 1 : 0;
}
