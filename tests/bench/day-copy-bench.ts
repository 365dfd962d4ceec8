/**
 * The day-of-copy case of `npm run bench` (issue 9): about 20 article files of about 70,000
 * characters (tests/helpers/day-copy.ts) through the CLI — import, auto-placement, the plant
 * PDF — timed as a whole process, spawn to exit, with its peak RSS (from `--timings`); and the
 * peer, headless Chromium printing the same copy in CSS columns (chromium-columns.ts), the runs
 * interleaved (ours, Chromium, ours, …) and each figure the median of three.
 */
import { spawnSync } from 'node:child_process';
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
import { copyChars, dayCopy } from '../helpers/day-copy.js';

const SEED = 20261202;
const RUNS = 3;
/** Issue 9's targets, printed beside the figures. */
const TARGETS = { wallMs: 1_500, peakRssMB: 300, timesFasterThanChromium: 2 };

export interface DayCopyFigures {
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
  chromium: { wallMs: number; wallRunsMs: number[]; pages: number } | { skipped: string };
  ratioChromiumToBanmian?: number;
  targets: typeof TARGETS;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (t: number): string => `${Math.round(t).toLocaleString('en')} ms`;

export async function dayCopyBench(): Promise<{ figures: DayCopyFigures; rows: Array<[string, string]> }> {
  const root = projectRoot();
  const copy = dayCopy(SEED);
  rmSync(join(root, 'out', 'day-copy'), { recursive: true, force: true });
  const inputs = copy.map((f) => join('out', 'day-copy', f.name));
  for (const [i, f] of copy.entries()) writeFileAtomic(join(root, inputs[i] as string), f.text);
  const report = join('out', 'day-copy.report.json');
  const argv = [join(root, 'bin', 'banmian.js'), 'compose', ...inputs, '-t', 'broadsheet', '-o', join('out', 'day-copy.pdf'), '--report', report, '--timings'];

  const peer = await chromiumPeer(root, inputs);
  const wall: number[] = [];
  const rss: number[] = [];
  const peerWall: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = timed(argv, root);
    // Exit 1 is a report with errors (an unplaced article, a picture still to come); 2 is a failure.
    if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI failed on the day of copy (exit ${run.status}): ${run.stderr}`);
    const peak = /peak RSS (\d+) MB/.exec(run.stderr)?.[1];
    if (!peak) throw new Error(`the CLI printed no peak RSS with --timings: ${run.stderr}`);
    wall.push(run.ms);
    rss.push(Number(peak));
    if ('argv' in peer) {
      const p = timed(peer.argv, root);
      if (p.status !== 0) throw new Error(`the Chromium peer failed (exit ${p.status}): ${p.stderr}`);
      peerWall.push(p.ms);
    }
  }

  const composed = JSON.parse(readFileSync(join(root, report), 'utf8')) as { pages: unknown[]; diagnostics: Array<{ kind: string; chars?: number }> };
  const unplaced = composed.diagnostics.filter((d) => d.kind === 'unplaced');
  const figures: DayCopyFigures = {
    files: copy.length,
    stories: copy.reduce((n, f) => n + f.stories.length, 0),
    chars: copy.reduce((n, f) => n + copyChars(f.text), 0),
    pages: composed.pages.length,
    unplacedArticles: unplaced.length,
    unplacedChars: unplaced.reduce((n, d) => n + (d.chars ?? 0), 0),
    wallMs: median(wall),
    wallRunsMs: wall,
    peakRssMB: median(rss),
    peakRssRunsMB: rss,
    chromium: 'argv' in peer ? { wallMs: median(peerWall), wallRunsMs: peerWall, pages: await pageCount(peer.pdf) } : peer,
    targets: TARGETS,
  };
  if ('wallMs' in figures.chromium) figures.ratioChromiumToBanmian = figures.chromium.wallMs / figures.wallMs;
  return { figures, rows: rows(figures) };
}

function rows(f: DayCopyFigures): Array<[string, string]> {
  const runs = (xs: readonly number[]): string => xs.map((x) => Math.round(x)).join(', ');
  const out: Array<[string, string]> = [
    ['day of copy: files / stories / characters', `${f.files} / ${f.stories} / ${f.chars.toLocaleString('en')} (out/day-copy/*.txt, seed ${SEED})`],
    ['day of copy: CLI compose → plant PDF, wall', `${ms(f.wallMs)} (spawn to exit, median of ${RUNS}: ${runs(f.wallRunsMs)}; target < ${ms(TARGETS.wallMs)})`],
    ['day of copy: CLI peak RSS', `${f.peakRssMB} MB (median of ${RUNS}: ${runs(f.peakRssRunsMB)}; target < ${TARGETS.peakRssMB} MB)`],
    ['day of copy: pages / unplaced articles', `${f.pages} / ${f.unplacedArticles}${f.unplacedArticles ? ` (${f.unplacedChars.toLocaleString('en')} characters)` : ''}`],
  ];
  if ('skipped' in f.chromium) return [...out, ['day of copy: Chromium CSS columns', `skipped: ${f.chromium.skipped}`]];
  return [
    ...out,
    ['day of copy: Chromium CSS columns → PDF, wall', `${ms(f.chromium.wallMs)} (spawn to exit, median of ${RUNS}: ${runs(f.chromium.wallRunsMs)}), ${f.chromium.pages} pages`],
    ['day of copy: Chromium ÷ Banmian', `${(f.ratioChromiumToBanmian ?? 0).toFixed(2)}× (target ≥ ${TARGETS.timesFasterThanChromium}×)`],
  ];
}

function timed(argv: readonly string[], cwd: string): { ms: number; status: number | null; stderr: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8' });
  return { ms: performance.now() - t, status: r.status, stderr: r.stderr };
}

/** The peer's command line, its HTML written; or why it is skipped. */
async function chromiumPeer(root: string, inputs: readonly string[]): Promise<{ argv: string[]; pdf: string } | { skipped: string }> {
  let executable: string;
  try {
    executable = findChromium();
  } catch (err) {
    return { skipped: (err as Error).message };
  }
  if (!existsSync(executable)) return { skipped: `no Chromium at ${executable} (BANMIAN_CHROMIUM)` };
  const { articles } = await importArticleFiles(inputs.map((f) => join(root, f)));
  const html = join(root, 'out', 'day-copy.html');
  writeFileAtomic(html, columnsPage(articles, loadTemplate('broadsheet'), FontLibrary.load()));
  const pdf = join(root, 'out', 'day-copy-chromium.pdf');
  return { argv: [fileURLToPath(new URL('./chromium-columns.js', import.meta.url)), html, pdf, executable], pdf };
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
