/**
 * Export for the plant: the composition written as one PDF for the issue or one per page,
 * each read back and preflighted (for the plant), written atomically (a hot folder never sees
 * half a file).
 */
import { join } from 'node:path';
import { describeDiagnostic } from '../model/diagnostic-text.js';
import type { Composition, Diagnostic } from '../model/display-list.js';
import type { Issue } from '../model/issue.js';
import { writeFileAtomic } from '../model/json-file.js';
import { pageFileName } from './file-pattern.js';
import { sortFindings, type Finding, type PreflightReport } from './preflight/preflight.js';
import type { ExportPreset } from './presets.js';
import { renderDocument, type SlugInfo } from './write-pdf.js';

export interface ExportOptions {
  preset: ExportPreset;
  /** The PDF to write; with `split`, the folder for the page PDFs. */
  out: string;
  /** File-name pattern for one PDF per page (see file-pattern.ts); one PDF for the issue otherwise. */
  split?: string;
  title: string;
  slug: SlugInfo;
  date?: Date;
  /** False skips the read-back preflight a preset asks for (the plant's); the preset decides otherwise. */
  preflight?: boolean;
  /** Each article's headline by id, to name it in the findings' Chinese. */
  headlines?: Readonly<Record<string, string>>;
}

export interface ExportedFile {
  file: string;
  pages: number[];
  bytes: number;
  /** Time to render and write, ms. */
  ms: number;
  /** What the composition and, for the plant, the preflight of the written file found. */
  findings: Finding[];
  /** The preflight of the file as written; absent for presets that skip it. */
  preflight?: PreflightReport;
}

/** The title and slug line of an issue's PDFs (the CLI and the app write the same). */
export function issueExportInfo(issue: Issue, revision = 1): Pick<ExportOptions, 'title' | 'slug' | 'headlines'> {
  return {
    title: `${issue.paper.name} ${issue.date}`,
    headlines: Object.fromEntries(issue.articles.map((a) => [a.id, a.headline])),
    slug: { paper: issue.paper.name, issueDate: issue.date, sections: Object.fromEntries(issue.pages.map((p) => [p.number, p.section])), revision },
  };
}

export async function exportPdfs(comp: Composition, opts: ExportOptions): Promise<ExportedFile[]> {
  const date = opts.date ?? new Date();
  const jobs = opts.split
    ? comp.pages.map((p) => ({
        file: join(opts.out, pageFileName(opts.split as string, { date: opts.slug.issueDate, page: p.number, section: opts.slug.sections?.[p.number] ?? '', paper: opts.slug.paper, template: p.template })),
        pages: [p.number],
        title: `${opts.title} 第${p.number}版`,
      }))
    : [{ file: opts.out, pages: comp.pages.map((p) => p.number), title: opts.title }];
  const files: ExportedFile[] = [];
  for (const [i, job] of jobs.entries()) {
    const start = performance.now();
    const { pdf, notes } = await renderDocument(comp, { title: job.title, date, preset: opts.preset, slug: opts.slug, pages: job.pages });
    // The PDF reader (pdf-lib) loads only when a file is preflighted.
    const report = opts.preset.preflight && opts.preflight !== false ? await preflightPdf(job.file, pdf, opts.preset) : undefined;
    // What the PDF cannot show: text that did not fit, characters no font had, images left out.
    const findings = sortFindings([
      ...notes.map((n): Finding => ({ severity: n.severity, check: 'image', message: n.message, zh: n.zh, page: n.page })),
      ...comp.diagnostics.filter((d) => belongsTo(d, job.pages, i === 0)).map((d) => compositionFinding(d, opts.headlines ?? {})),
      ...(report?.findings ?? []),
    ]);
    if (report) report.findings = findings;
    writeFileAtomic(job.file, pdf);
    files.push({ file: job.file, pages: job.pages, bytes: pdf.length, ms: Math.round(performance.now() - start), findings, ...(report ? { preflight: report } : {}) });
  }
  return files;
}

async function preflightPdf(file: string, pdf: Buffer, preset: ExportPreset): Promise<PreflightReport> {
  const [{ preflight }, { readPdf }] = await Promise.all([import('./preflight/preflight.js'), import('./preflight/read-pdf.js')]);
  return preflight(file, await readPdf(pdf), preset);
}

/**
 * Overset, missing glyphs, photos unreadable or still to come, images with no frame and headlines
 * or photos printed past their block go with their page; unplaced articles with the first file. (Image resolution is judged from the PDF
 * itself, by preflight.)
 */
function belongsTo(d: Diagnostic, pages: readonly number[], first: boolean): boolean {
  if (d.kind === 'unplaced') return first;
  const kinds: ReadonlyArray<Diagnostic['kind']> = ['overset', 'missing-glyph', 'image-unreadable', 'image-missing', 'image-unplaced', 'headline-past-block', 'photo-past-block'];
  return kinds.includes(d.kind) && 'page' in d && pages.includes(d.page);
}

const compositionFinding = (d: Diagnostic, headlines: Readonly<Record<string, string>>): Finding => ({
  severity: d.severity,
  check: d.kind,
  message: d.message,
  zh: describeDiagnostic(d, (id) => headlines[id] ?? id),
  page: 'page' in d ? d.page : undefined,
});
