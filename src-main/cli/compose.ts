/** `banmian compose`: issue (or article files) → composition → print-ready PDF(s) and report. */
import { mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readImageSizes } from '../assets/image-sizes.js';
import { FontLibrary } from '../fonts/font-library.js';
import { composeIssue } from '../layout/compose-issue.js';
import type { Composition } from '../model/display-list.js';
import type { ImportNote } from '../import/types.js';
import { InputError } from '../model/errors.js';
import { writeFileAtomic } from '../model/json-file.js';
import { ISSUE_FORMAT, ISSUE_VERSION, type Issue } from '../model/issue.js';
import { loadIssue, parseIssue } from '../model/load-issue.js';
import { listTemplates, loadTemplate, type Template } from '../model/template.js';
import { exportPdfs, issueExportInfo, type ExportedFile } from '../pdf/export-pdf.js';
import { checkPagePattern, DEFAULT_PAGE_PATTERN } from '../pdf/file-pattern.js';
import { hasErrors } from '../pdf/preflight/preflight.js';
import { PRESETS, PresetName } from '../pdf/presets.js';
import { printFindings, sayOnStderr } from './print-findings.js';
import { refuseOverwrite } from './output-paths.js';

export interface ComposeOptions {
  template: string;
  /** The PDF (one for the issue), or the folder for the page PDFs with `split`. */
  out?: string;
  report?: string;
  preset: string;
  /** One PDF per page: true for the default name pattern, or a pattern. */
  split?: string | boolean;
  revision: string;
  /** Print how long each phase took. */
  timings?: boolean;
  /** For article files: the paper's name and the issue date (today when absent). */
  paper?: string;
  /** For article files: 版名 and 责任编辑 of every page. */
  section?: string;
  editor?: string;
  date?: string;
  /** Free space of more than 3 lines on a page is an error (exit 1), not a warning. */
  strict?: boolean;
  /** False (`--no-preflight`): the plant preset's PDF is not read back and checked. */
  preflight?: boolean;
}

/** Where a compose runs: this process (the defaults), or `banmian daemon` for a client. */
export interface ComposeRun {
  /** Writes one line meant for stderr (the daemon sends them back to its client). */
  say(line: string): void;
  /** Kept warm across runs by the daemon, with the composer's caches that hang on it. */
  fonts?: FontLibrary;
  /** What the first --timings lap is and how long it took. */
  started?: { phase: string; ms: number };
}

const IN_PROCESS: ComposeRun = { say: sayOnStderr };

/**
 * Returns the exit code: 0, or 1 when the composition or the preflight of what was written has
 * an error (overset, missing glyphs, RGB, unembedded fonts …).
 */
export async function composeCommand(inputs: readonly string[], opts: ComposeOptions, run: ComposeRun = IN_PROCESS): Promise<number> {
  const [input] = inputs;
  if (!input) throw new InputError('compose', 'no input file given');
  const preset = PresetName.safeParse(opts.preset);
  if (!preset.success) throw new InputError('--preset', `"${opts.preset}" is not a preset (${PresetName.options.join(', ')})`);
  const revision = Number(opts.revision);
  if (!Number.isInteger(revision) || revision < 1) throw new InputError('--revision', `"${opts.revision}" is not a revision number (1, 2, …)`);
  const split = opts.split === true ? DEFAULT_PAGE_PATTERN : opts.split || undefined;
  if (split) checkPagePattern(split);
  const out = opts.out ?? (split ? 'out' : join('out', 'issue.pdf'));
  if (split && out.endsWith('.pdf')) throw new InputError(out, 'with --split, -o names the folder for the page PDFs');
  refuseOverwrite(inputs, [{ flag: '-o', path: out }, ...(opts.report ? [{ flag: '--report', path: opts.report }] : [])]);
  // Where the PDF and the report go is made (or refused) before anything is written, so that a
  // bad --report does not leave a PDF with no report beside it.
  for (const dir of [split ? out : dirname(out), ...(opts.report ? [dirname(opts.report)] : [])]) mkdirSync(dir, { recursive: true });

  const clock = stopwatch(run.started ?? { phase: 'start and load modules', ms: process.uptime() * 1000 });
  const fonts = run.fonts ?? FontLibrary.load();
  const issueFile = inputs.length === 1 && input.endsWith('.json');
  const templates = new Map<string, Template>();
  const { issue, imports } = issueFile ? { issue: loadIssue(input), imports: [] } : await issueFromArticleFiles(inputs, opts, fonts, templates);
  for (const page of issue.pages) if (!templates.has(page.template)) templates.set(page.template, namedTemplate(page.template, `${input}: page ${page.number}`));
  clock.lap('read the input');
  const comp = composeIssue(issue, {
    file: input,
    fonts,
    template: (id) => templates.get(id) as Template,
    images: readImageSizes(issue, input),
    strict: opts.strict === true,
  });
  clock.lap('compose');
  const preflighted = PRESETS[preset.data].preflight && opts.preflight !== false;
  // A report of an earlier run must not stand beside this run's PDF, should this one be stopped
  // between the two writes: it goes first, and the new one is written last.
  if (opts.report) rmSync(opts.report, { force: true });
  const files = await exportPdfs(comp, {
    preset: PRESETS[preset.data],
    out,
    split,
    preflight: preflighted,
    ...issueExportInfo(issue, revision),
  });
  clock.lap(preflighted ? 'write and preflight' : 'write');
  if (opts.report) writeFileAtomic(opts.report, `${JSON.stringify(report(comp, imports, input, files), null, 2)}\n`);
  if (opts.timings) run.say(`banmian: timings ${clock.summary()}`);
  const target = split ? `${files.length} PDFs in ${out}` : out;
  const size = files.reduce((n, f) => n + f.bytes, 0);
  run.say(`banmian: ${comp.pages.length} pages → ${target} (${preset.data}, ${(size / 1024).toFixed(0)} KiB)${summary(comp)}`);
  if (PRESETS[preset.data].preflight && !preflighted) run.say('banmian: not preflighted (--no-preflight): run `banmian preflight` on it before it goes to the plant');
  for (const f of files) printFindings(f.findings, split ? basename(f.file) : undefined, run.say);
  const failed = comp.diagnostics.some((d) => d.severity === 'error') || files.some((f) => hasErrors(f.findings));
  return failed ? 1 : 0;
}

/**
 * Article files (.txt .md .docx) imported and laid out on pages of the `-t` template, adding pages
 * until every article has a place. What the importer decided is in the report (`imports`).
 */
export async function issueFromArticleFiles(files: readonly string[], opts: ComposeOptions, fonts: FontLibrary, templates: Map<string, Template>): Promise<{ issue: Issue; imports: ImportNote[] }> {
  const { importArticleFiles } = await import('../import/import-articles.js');
  const { paginate } = await import('../layout/paginate.js');
  const { articles, notes } = await importArticleFiles(files);
  // Composing then uses the same template object, and finds what pagination set by identity.
  const template = namedTemplate(opts.template, '-t');
  templates.set(template.id, template);
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  // Pictures given as paths are found beside the first file, as composing will look for them.
  const images = readImageSizes({ articles }, files[0] as string);
  const pages = paginate(articles, template, fonts, images, { section: opts.section, editor: opts.editor });
  const data = { format: ISSUE_FORMAT, version: ISSUE_VERSION, paper: { name: opts.paper ?? 'Banmian' }, date, pages, articles };
  return { issue: parseIssue(data, files[0] as string), imports: notes };
}

/** The template `id`, or one line saying who named it when there is none of that name. */
function namedTemplate(id: string, namedBy: string): Template {
  try {
    return loadTemplate(id);
  } catch (err) {
    if (err instanceof InputError && err.file === id) throw new InputError(namedBy, `names the template "${id}", and there is none of that name (${listTemplates().join(', ')})`);
    throw err;
  }
}

/**
 * Phase times for --timings; the first lap is given (in a process of its own, its start: Node and
 * module loading). The summary ends with the process's peak resident memory so far.
 */
function stopwatch(first: { phase: string; ms: number }): { lap(name: string): void; summary(): string } {
  const laps: string[] = [`${first.phase} ${Math.round(first.ms)} ms`];
  const begun = performance.now() - first.ms;
  let last = performance.now();
  return {
    lap(name) {
      const now = performance.now();
      laps.push(`${name} ${Math.round(now - last)} ms`);
      last = now;
    },
    summary: () => `${laps.join(', ')}, total ${Math.round(performance.now() - begun)} ms, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  };
}

function summary(comp: Composition): string {
  const counts = new Map<string, number>();
  for (const d of comp.diagnostics) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  return counts.size ? ` (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')})` : '';
}

/** `imports`: what the importer decided about article files, and the source text it set aside (separator lines). */
function report(comp: Composition, imports: readonly ImportNote[], input: string, files: readonly ExportedFile[]): unknown {
  const shortName = (file: string): string => join(basename(dirname(file)), basename(file));
  return {
    input: basename(input),
    pdf: files.length === 1 ? shortName(files[0]?.file ?? '') : undefined,
    pages: comp.pages.map((p) => ({ number: p.number, template: p.template })),
    diagnostics: comp.diagnostics,
    ...(imports.length > 0 ? { imports } : {}),
    files: files.map((f) => ({ file: shortName(f.file), pages: f.pages, bytes: f.bytes, ms: f.ms, findings: f.findings, ...(f.preflight ? { preflight: f.preflight } : {}) })),
  };
}
