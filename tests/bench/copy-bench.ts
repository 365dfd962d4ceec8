/**
 * Article files through the CLI beside its peers, each a whole process timed spawn to exit, the
 * runs interleaved (ours, Chromium, pdfkit, ours, …) and each figure the median of three:
 * headless Chromium printing the same copy in CSS columns (chromium-columns.ts) and pdfkit's
 * own `text()` in columns (pdfkit-columns.ts). Two cases in `npm run bench`: one page of copy
 * (issue 14) and a day of copy (issue 9: about 20 files, ~70,000 characters; the CLI's peak RSS
 * comes from `--timings`). The copy is tests/helpers/day-copy.ts's, seeded. The CLI runs with
 * `--no-daemon`; a case may add the same command through `banmian daemon` (issue 14's warm figure).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { FontLibrary } from '../../src-main/fonts/font-library.js';
import { importArticleFiles } from '../../src-main/import/import-articles.js';
import type { Article } from '../../src-main/model/issue.js';
import { writeFileAtomic } from '../../src-main/model/json-file.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { loadTemplate, type Template } from '../../src-main/model/template.js';
import { findChromium } from '../helpers/browser.js';
import { copyChars, type CopyFile } from '../helpers/day-copy.js';
import type { ColumnsGeometry } from './pdfkit-columns.js';

const RUNS = 3;

export interface CopyCase {
  /** Printed before each row, and the name of its files under out/ (`out/<name>/*.txt`). */
  label: string;
  name: string;
  files: readonly CopyFile[];
  /** What the issue asks, printed beside the figures. */
  targets: { wallMs?: number; peakRssMB?: number; timesFasterThanChromium: number };
  /**
   * Also through `banmian daemon`: copy like `files` but new for each run (so the daemon's
   * caches cannot answer), the first run the daemon's first job, then RUNS more.
   */
  daemon?: (run: number) => readonly CopyFile[];
}

interface DaemonFigures {
  firstMs: number;
  /** Median of the runs after the first, and each. */
  wallMs: number;
  wallRunsMs: number[];
}

interface PeerFigures {
  wallMs: number;
  wallRunsMs: number[];
  pages: number;
}

export interface CopyFigures {
  files: number;
  stories: number;
  /** Of the copy, white space not counted. */
  chars: number;
  pages: number;
  unplacedArticles: number;
  unplacedChars: number;
  /** Spawn to exit, median and each run. */
  wallMs: number;
  wallRunsMs: number[];
  peakRssMB: number;
  peakRssRunsMB: number[];
  chromium: PeerFigures | { skipped: string };
  ratioChromiumToBanmian?: number;
  pdfkit: PeerFigures;
  ratioPdfkitToBanmian: number;
  daemon?: DaemonFigures;
  ratioChromiumToDaemon?: number;
  targets: CopyCase['targets'];
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (t: number): string => `${Math.round(t).toLocaleString('en')} ms`;

export async function copyBench(c: CopyCase): Promise<{ figures: CopyFigures; rows: Array<[string, string]> }> {
  const root = projectRoot();
  rmSync(join(root, 'out', c.name), { recursive: true, force: true });
  const inputs = c.files.map((f) => join('out', c.name, f.name));
  for (const [i, f] of c.files.entries()) writeFileAtomic(join(root, inputs[i] as string), f.text);
  const report = join('out', `${c.name}.report.json`);
  const compose = (files: readonly string[], pdf: string): string[] => [join(root, 'bin', 'banmian.js'), 'compose', ...files, '-t', 'broadsheet', '-o', pdf, '--timings'];
  const argv = [...compose(inputs, join('out', `${c.name}.pdf`)), '--report', report, '--no-daemon'];

  const template = loadTemplate('broadsheet');
  const fonts = FontLibrary.load();
  const chromium = await chromiumPeer(root, c.name, inputs, template, fonts);
  const pdfkit = pdfkitPeer(root, c.name, inputs, template, fonts);
  const wall: number[] = [];
  const rss: number[] = [];
  const chromiumWall: number[] = [];
  const pdfkitWall: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = timed(argv, root);
    // Exit 1 is a report with errors (an unplaced article, a picture still to come); 2 is a failure.
    if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI failed on ${c.name} (exit ${run.status}): ${run.stderr}`);
    const peak = /peak RSS (\d+) MB/.exec(run.stderr)?.[1];
    if (!peak) throw new Error(`the CLI printed no peak RSS with --timings: ${run.stderr}`);
    wall.push(run.ms);
    rss.push(Number(peak));
    if ('argv' in chromium) chromiumWall.push(peerRun('Chromium', chromium.argv, root));
    pdfkitWall.push(peerRun('pdfkit', pdfkit.argv, root));
  }

  const composed = JSON.parse(readFileSync(join(root, report), 'utf8')) as { pages: unknown[]; diagnostics: Array<{ kind: string; chars?: number }> };
  const unplaced = composed.diagnostics.filter((d) => d.kind === 'unplaced');
  const figures: CopyFigures = {
    files: c.files.length,
    stories: c.files.reduce((n, f) => n + f.stories.length, 0),
    chars: c.files.reduce((n, f) => n + copyChars(f.text), 0),
    pages: composed.pages.length,
    unplacedArticles: unplaced.length,
    unplacedChars: unplaced.reduce((n, d) => n + (d.chars ?? 0), 0),
    wallMs: median(wall),
    wallRunsMs: wall,
    peakRssMB: median(rss),
    peakRssRunsMB: rss,
    chromium: 'argv' in chromium ? { wallMs: median(chromiumWall), wallRunsMs: chromiumWall, pages: await pageCount(chromium.pdf) } : chromium,
    pdfkit: { wallMs: median(pdfkitWall), wallRunsMs: pdfkitWall, pages: await pageCount(pdfkit.pdf) },
    ratioPdfkitToBanmian: median(pdfkitWall) / median(wall),
    targets: c.targets,
  };
  if ('wallMs' in figures.chromium) figures.ratioChromiumToBanmian = figures.chromium.wallMs / figures.wallMs;
  if (c.daemon) {
    figures.daemon = await daemonRuns(root, c, compose);
    if ('wallMs' in figures.chromium) figures.ratioChromiumToDaemon = figures.chromium.wallMs / figures.daemon.wallMs;
  }
  return { figures, rows: rows(c, figures) };
}

function rows(c: CopyCase, f: CopyFigures): Array<[string, string]> {
  const runs = (xs: readonly number[]): string => xs.map((x) => Math.round(x)).join(', ');
  const t = c.targets;
  const peer = (name: string, p: PeerFigures): [string, string] => [`${c.label}: ${name} → PDF, wall`, `${ms(p.wallMs)} (median of ${RUNS}: ${runs(p.wallRunsMs)}), ${p.pages} pages`];
  const out: Array<[string, string]> = [
    [`${c.label}: files / stories / characters`, `${f.files} / ${f.stories} / ${f.chars.toLocaleString('en')} (out/${c.name}/*.txt)`],
    [`${c.label}: CLI compose → plant PDF, wall`, `${ms(f.wallMs)} (spawn to exit, median of ${RUNS}: ${runs(f.wallRunsMs)}${t.wallMs ? `; target < ${ms(t.wallMs)}` : ''})`],
    [`${c.label}: CLI peak RSS`, `${f.peakRssMB} MB (median of ${RUNS}: ${runs(f.peakRssRunsMB)}${t.peakRssMB ? `; target < ${t.peakRssMB} MB` : ''})`],
    [`${c.label}: pages / unplaced articles`, `${f.pages} / ${f.unplacedArticles}${f.unplacedArticles ? ` (${f.unplacedChars.toLocaleString('en')} characters)` : ''}`],
    peer('pdfkit text() columns', f.pdfkit),
    [`${c.label}: pdfkit ÷ Banmian`, `${f.ratioPdfkitToBanmian.toFixed(2)}×`],
  ];
  if (f.daemon) out.push([`${c.label}: through banmian daemon, wall`, `${ms(f.daemon.wallMs)} (new copy each run, median of ${RUNS}: ${runs(f.daemon.wallRunsMs)}; its first job ${ms(f.daemon.firstMs)})`]);
  if ('skipped' in f.chromium) return [...out, [`${c.label}: Chromium CSS columns`, `skipped: ${f.chromium.skipped}`]];
  return [
    ...out,
    peer('Chromium CSS columns', f.chromium),
    [`${c.label}: Chromium ÷ Banmian`, `${(f.ratioChromiumToBanmian ?? 0).toFixed(2)}× (target ≥ ${t.timesFasterThanChromium}×)`],
    ...(f.ratioChromiumToDaemon ? [[`${c.label}: Chromium ÷ Banmian through the daemon`, `${f.ratioChromiumToDaemon.toFixed(2)}× (goal 5×)`] as [string, string]] : []),
  ];
}

/** The CLI through a daemon of the bench's own (its file under out/), on new copy each run. */
async function daemonRuns(root: string, c: CopyCase, compose: (files: readonly string[], pdf: string) => string[]): Promise<DaemonFigures> {
  const env = { ...process.env, BANMIAN_DAEMON_FILE: join(root, 'out', `${c.name}-daemon.json`) };
  const daemon = spawn(process.execPath, [join(root, 'bin', 'banmian.js'), 'daemon'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    daemon.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('composing on') && resolve());
    daemon.once('exit', (code) => reject(new Error(`banmian daemon exited with ${code}`)));
  });
  const walls: number[] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const name = `${c.name}-daemon-${i}`;
      rmSync(join(root, 'out', name), { recursive: true, force: true });
      const files = (c.daemon as (run: number) => readonly CopyFile[])(i).map((f) => {
        writeFileAtomic(join(root, 'out', name, f.name), f.text);
        return join('out', name, f.name);
      });
      const run = timed(compose(files, join('out', `${name}.pdf`)), root, env);
      if (!/composed by the daemon/.test(run.stderr)) throw new Error(`the CLI did not go through the daemon: ${run.stderr}`);
      walls.push(run.ms);
    }
  } finally {
    daemon.kill('SIGTERM');
  }
  return { firstMs: walls[0] as number, wallMs: median(walls.slice(1)), wallRunsMs: walls.slice(1) };
}

function timed(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): { ms: number; status: number | null; stderr: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8', env });
  return { ms: performance.now() - t, status: r.status, stderr: r.stderr };
}

function peerRun(name: string, argv: readonly string[], cwd: string): number {
  const p = timed(argv, cwd);
  if (p.status !== 0) throw new Error(`the ${name} peer failed (exit ${p.status}): ${p.stderr}`);
  return p.ms;
}

/** The Chromium peer's command line, its HTML written; or why it is skipped. */
async function chromiumPeer(root: string, name: string, inputs: readonly string[], t: Template, fonts: FontLibrary): Promise<{ argv: string[]; pdf: string } | { skipped: string }> {
  let executable: string;
  try {
    executable = findChromium();
  } catch (err) {
    return { skipped: (err as Error).message };
  }
  if (!existsSync(executable)) return { skipped: `no Chromium at ${executable} (BANMIAN_CHROMIUM)` };
  const { articles } = await importArticleFiles(inputs.map((f) => join(root, f)));
  const html = join(root, 'out', `${name}.html`);
  writeFileAtomic(html, columnsPage(articles, t, fonts));
  const pdf = join(root, 'out', `${name}-chromium.pdf`);
  return { argv: [fileURLToPath(new URL('./chromium-columns.js', import.meta.url)), html, pdf, executable], pdf };
}

/** The pdfkit peer's command line, the page geometry written for it. */
function pdfkitPeer(root: string, name: string, inputs: readonly string[], t: Template, fonts: FontLibrary): { argv: string[]; pdf: string } {
  const geometry = join(root, 'out', `${name}-pdfkit.json`);
  writeFileAtomic(geometry, JSON.stringify(columnsGeometry(t)));
  const pdf = join(root, 'out', `${name}-pdfkit.pdf`);
  return { argv: [fileURLToPath(new URL('./pdfkit-columns.js', import.meta.url)), pdf, fonts.role('body-song').path, geometry, ...inputs], pdf };
}

export function columnsGeometry(t: Template): ColumnsGeometry {
  return { width: t.width, height: t.height, left: t.grid.left, top: t.grid.top, columns: t.grid.columns, columnWidth: t.grid.columnWidth, gutter: t.grid.gutter, lines: t.grid.lines, pitch: t.body.pitch, size: t.body.size, indent: t.body.indent };
}

async function pageCount(pdf: string): Promise<number> {
  return (await PDFDocument.load(readFileSync(pdf), { updateMetadata: false })).getPageCount();
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** An element with the text, or nothing for no text. */
const element = (tag: string, text: string | undefined, cls?: string): string[] => (text ? [`<${tag}${cls ? ` class="${cls}"` : ''}>${escape(text)}</${tag}>`] : []);

/**
 * The copy as a browser would set it: the broadsheet's page, margins, 8 columns, gutter, body
 * size and pitch; Banmian's own font files; each story a headline (h2) over justified paragraphs.
 */
function columnsPage(articles: readonly Article[], t: Template, fonts: FontLibrary): string {
  const faces = ['body-song', 'headline-song', 'headline-hei', 'byline-hei', 'caption-kai']
    .map((role) => `@font-face { font-family: "${role}"; src: url("${pathToFileURL(fonts.role(role).path).href}") format("truetype"); }`)
    .join('\n');
  const areaWidth = t.grid.columns * t.grid.columnWidth + (t.grid.columns - 1) * t.grid.gutter;
  const areaHeight = t.grid.lines * t.body.pitch;
  const margins = [t.grid.top, t.width - t.grid.left - areaWidth, t.height - t.grid.top - areaHeight, t.grid.left].map((x) => `${x.toFixed(2)}pt`).join(' ');
  const headline = t.headlines.headline.sizeBySpan[1] ?? t.headlines.headline.sizeBySpan[0] ?? t.body.size * 2;
  const css = `${faces}
@page { size: ${t.width.toFixed(2)}pt ${t.height.toFixed(2)}pt; margin: ${margins}; }
html, body { margin: 0; }
body { font-family: "body-song"; font-size: ${t.body.size}pt; line-height: ${t.body.pitch}pt; column-count: ${t.grid.columns}; column-gap: ${t.grid.gutter}pt; column-fill: auto; line-break: strict; text-align: justify; }
h2 { font-family: "headline-song"; font-weight: normal; font-size: ${headline}pt; line-height: 1.3; text-align: center; margin: ${t.body.pitch}pt 0 ${t.body.pitch / 2}pt; break-after: avoid; }
p { margin: 0; text-indent: 2em; }
.tier { font-family: "headline-hei"; text-indent: 0; text-align: center; }
.by { font-family: "byline-hei"; text-indent: 0; }
.caption { font-family: "caption-kai"; }`;
  const story = (a: Article): string => [
    ...element('p', a.banner, 'tier'), ...element('p', a.kicker, 'tier'), ...element('h2', a.headline), ...element('p', a.subhead, 'tier'), ...element('p', a.byline, 'by'),
    ...a.paragraphs.flatMap((p) => element('p', p)),
    ...a.images.flatMap((i) => element('p', [i.caption, i.credit].filter((x) => x).join(' '), 'caption')),
    ...element('p', a.credit, 'by'),
  ].join('\n');
  return `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>day of copy</title><style>
${css}
</style></head><body>
${articles.map((a) => `<article>\n${story(a)}\n</article>`).join('\n')}
</body></html>
`;
}
