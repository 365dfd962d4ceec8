/** `banmian proof ISSUE`: the proof PDF with the proof marks of the issue's sidecar file. */
import { basename, dirname, join } from 'node:path';
import { readImageSizes } from '../assets/image-sizes.js';
import { FontLibrary } from '../fonts/font-library.js';
import { composeIssue } from '../layout/compose-issue.js';
import { InputError } from '../model/errors.js';
import { loadIssue } from '../model/load-issue.js';
import { loadTemplate, type Template } from '../model/template.js';
import { writeMarkedProof } from '../proof/marked-proof.js';
import { markedProofName, readProofMarks } from '../session/sidecar-files.js';
import { refuseOverwrite } from './output-paths.js';

export interface ProofOptions {
  out?: string;
  openOnly?: boolean;
  /** Page numbers: "1,3" or "2-4". */
  pages?: string;
}

export async function proofCommand(file: string, opts: ProofOptions): Promise<number> {
  const out = opts.out ?? join(dirname(file), markedProofName(basename(file)));
  refuseOverwrite([file], [{ flag: '-o', path: out }]);
  const issue = loadIssue(file);
  const marks = readProofMarks(file);
  const numbers = issue.pages.map((p) => p.number);
  const pages = opts.pages === undefined ? undefined : parsePages(opts.pages, numbers);
  const templates = new Map<string, Template>();
  const template = (id: string): Template => templates.get(id) ?? templates.set(id, loadTemplate(id)).get(id) as Template;
  const fonts = FontLibrary.load();
  const comp = composeIssue(issue, { file, fonts, template, images: readImageSizes(issue, file) });
  const written = await writeMarkedProof(out, comp, issue, marks, { fonts, template, openOnly: opts.openOnly === true, date: new Date(), ...(pages ? { pages } : {}) });
  const off = written.offPage ? `, ${written.offPage} on no page` : '';
  process.stderr.write(`banmian: ${pages?.length ?? numbers.length} pages and the list of ${written.marks} proof marks${off} → ${out} (${(written.bytes / 1024).toFixed(0)} KiB)\n`);
  return 0;
}

/** "1,3" or "2-4" (or both, "1,3-5") → page numbers the issue has. */
function parsePages(spec: string, numbers: readonly number[]): number[] {
  const out = new Set<number>();
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!m) throw new InputError('--pages', `"${spec}" is not a list of pages (e.g. 1,3 or 2-4)`);
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    for (let n = from; n <= to; n++) {
      if (!numbers.includes(n)) throw new InputError('--pages', `the issue has no page ${n} (pages ${numbers.join(', ')})`);
      out.add(n);
    }
  }
  return [...out].sort((a, b) => a - b);
}
