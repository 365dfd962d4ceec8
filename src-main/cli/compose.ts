/** `banmian compose`: issue (or article files) → composition → PDF and report. */
import { basename, dirname, join } from 'node:path';
import { FontLibrary } from '../fonts/font-library.js';
import { composeIssue } from '../layout/compose-issue.js';
import type { Composition } from '../model/display-list.js';
import { InputError } from '../model/errors.js';
import { writeFileAtomic } from '../model/json-file.js';
import { loadIssue } from '../model/load-issue.js';
import { loadTemplate } from '../model/template.js';
import { writePdf } from '../pdf/write-pdf.js';

export interface ComposeOptions {
  template: string;
  out: string;
  report?: string;
}

/** Returns the exit code: 0, or 1 when the composition has errors (overset, missing glyphs). */
export async function composeCommand(inputs: readonly string[], opts: ComposeOptions): Promise<number> {
  const [input, ...more] = inputs;
  if (!input) throw new InputError('compose', 'no input file given');
  if (!input.endsWith('.json') || more.length > 0) {
    throw new InputError(input, 'composing article files directly is not supported yet; import them into an issue file first (`banmian import`)');
  }
  const issue = loadIssue(input);
  const templates = new Map<string, ReturnType<typeof loadTemplate>>();
  const comp = composeIssue(issue, {
    file: input,
    fonts: FontLibrary.load(),
    template: (id) => templates.get(id) ?? templates.set(id, loadTemplate(id)).get(id)!,
  });
  await writePdf(comp, opts.out, { title: `${issue.paper.name} ${issue.date}` });
  if (opts.report) writeFileAtomic(opts.report, `${JSON.stringify(report(comp, input, opts.out), null, 2)}\n`);
  const errors = comp.diagnostics.filter((d) => d.severity === 'error');
  process.stderr.write(`banmian: ${comp.pages.length} pages → ${opts.out}${summary(comp)}\n`);
  return errors.length > 0 ? 1 : 0;
}

function summary(comp: Composition): string {
  const counts = new Map<string, number>();
  for (const d of comp.diagnostics) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  return counts.size ? ` (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')})` : '';
}

function report(comp: Composition, input: string, out: string): unknown {
  return {
    input: basename(input),
    pdf: join(basename(dirname(out)), basename(out)),
    pages: comp.pages.map((p) => ({ number: p.number, template: p.template })),
    diagnostics: comp.diagnostics,
  };
}
