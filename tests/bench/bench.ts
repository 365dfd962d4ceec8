/**
 * `npm run bench`: an 8-page broadsheet issue of 70,000+ body characters, composed and written
 * as PDF, timed stage by stage; a one-character edit re-composed on its page; the same text
 * through pdfkit's own `text()` with columns and justification, for comparison; and a day of copy
 * as article files through the CLI beside headless Chromium (day-copy-bench.ts). Not a test:
 * numbers vary with the machine. Writes out/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readImageSizes } from '../../src-main/assets/image-sizes.js';
import { FontLibrary } from '../../src-main/fonts/font-library.js';
import { composeIssue, type ComposeContext } from '../../src-main/layout/compose-issue.js';
import type { Article, Issue, Page } from '../../src-main/model/issue.js';
import { writeFileAtomic } from '../../src-main/model/json-file.js';
import { parseIssue } from '../../src-main/model/load-issue.js';
import { prng } from '../helpers/prng.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { writePdf } from '../../src-main/pdf/write-pdf.js';
import { dayCopy, type CopyFile } from '../helpers/day-copy.js';
import { columnsGeometry, copyBench } from './copy-bench.js';
import { keystrokeBench } from './keystroke-bench.js';
import { pdfkitColumns } from './pdfkit-columns.js';
import { subsetBench } from './subset-bench.js';

const PAGES = 8;
const BLOCKS_PER_PAGE = 4;
const CHARS_PER_ARTICLE = 2_250;
const DAY_COPY_SEED = 20261202;

const ms = (t: number): string => `${t.toFixed(1)} ms`;

/**
 * Articles made from the sample issue's sentences, recombined deterministically into paragraphs
 * of two to five sentences: the text reads like news copy and no paragraph repeats, so the
 * paragraph cache cannot answer for the composer.
 */
function benchIssue(seed: number): Issue {
  const root = projectRoot();
  const sample = JSON.parse(readFileSync(join(root, 'templates', 'sample-issue', 'sample.banmian.json'), 'utf8')) as Issue;
  // A sentence keeps the closing quote after its stop (。” is one end, not a new start).
  const sentences = sample.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.match(/[^。！？]+[。！？]+”?|[^。！？]+$/gu) ?? []));
  const random = prng(seed);
  const articles: Article[] = [];
  const pages: Page[] = [];
  for (let p = 1; p <= PAGES; p++) {
    const blocks = [];
    for (let b = 0; b < BLOCKS_PER_PAGE; b++) {
      const paragraphs: string[] = [];
      let chars = 0;
      while (chars < CHARS_PER_ARTICLE) {
        let para = '';
        for (let n = 2 + Math.floor(random() * 4); n > 0; n--) para += sentences[Math.floor(random() * sentences.length)] as string;
        paragraphs.push(para);
        chars += para.length;
      }
      const source = sample.articles[(p * BLOCKS_PER_PAGE + b) % sample.articles.length] as Article;
      const id = `p${p}-a${b}`;
      articles.push({ ...source, id, paragraphs, images: [] });
      blocks.push({ article: id, column: 1 + 2 * b, span: 2, top: 0, height: 92 });
    }
    pages.push({ number: p, template: 'broadsheet', section: '测试', editor: '编辑', blocks });
  }
  return parseIssue({ ...sample, pages, articles }, 'bench');
}


async function main(): Promise<void> {
  const issue = benchIssue(20261126);
  // Kept for profiling: node --cpu-prof bin/banmian.js compose out/bench.banmian.json
  writeFileAtomic(join(projectRoot(), 'out', 'bench.banmian.json'), JSON.stringify(issue));
  const bodyChars = issue.articles.reduce((n, a) => n + a.paragraphs.join('').length, 0);

  let t = performance.now();
  const fonts = FontLibrary.load();
  const template = loadTemplate('broadsheet');
  for (const role of ['body-song', 'byline-hei', 'headline-song', 'headline-hei', 'header-hei']) fonts.role(role);
  const fontLoad = performance.now() - t;

  const ctx: ComposeContext = { file: 'bench', fonts, template: () => template, images: readImageSizes(issue, 'bench') };
  t = performance.now();
  const comp = composeIssue(issue, ctx);
  const layout = performance.now() - t;
  // The same amount of new text again in this process: the composer's cost once V8 has compiled
  // it, and what the app pays (its engine stays warm). Min of three issues of fresh text.
  const warm: number[] = [];
  for (const seed of [1, 2, 3]) {
    const fresh = benchIssue(seed);
    t = performance.now();
    composeIssue(fresh, { ...ctx, images: readImageSizes(fresh, 'bench') });
    warm.push(performance.now() - t);
  }
  const layoutWarm = Math.min(...warm);

  t = performance.now();
  const pdf = await writePdf(comp, { title: 'bench' });
  writeFileAtomic(join(projectRoot(), 'out', 'bench.pdf'), pdf);
  const pdfWrite = performance.now() - t;

  // A one-character edit in an article on page 3, then page 3 alone composed again; each time a
  // different character, so the edited article is never one the caches have seen.
  const samples: number[] = [];
  for (const [i, ch] of [...'新旧大小中'].entries()) {
    const edited: Issue = structuredClone(issue);
    const article = edited.articles.find((a) => a.id === 'p3-a1') as Article;
    article.paragraphs[2] = `${article.paragraphs[2]?.slice(0, 10 + i)}${ch}${article.paragraphs[2]?.slice(11 + i)}`;
    t = performance.now();
    composeIssue(edited, { ...ctx, only: [3] });
    samples.push(performance.now() - t);
  }
  const recompose = samples.sort((a, b) => a - b)[2] as number;

  t = performance.now();
  const pageTexts = issue.pages.map((page) => page.blocks.map((b) => issue.articles.find((a) => a.id === b.article)?.paragraphs.join('\n') ?? '').join('\n'));
  const peerBytes = (await pdfkitColumns(pageTexts, fonts.role('body-song').path, columnsGeometry(template))).length;
  const peer = performance.now() - t;

  const cliProof = cliOnePage(issue, 'proof');
  const cliPlant = cliOnePage(issue, 'plant');

  const overset = comp.diagnostics.filter((d) => d.kind === 'overset').reduce((n, d) => n + ('chars' in d ? d.chars : 0), 0);
  const result = {
    pages: comp.pages.length,
    bodyChars,
    oversetChars: overset,
    fontLoadMs: fontLoad,
    layoutMs: layout,
    layoutWarmMs: layoutWarm,
    layoutColdUsPerChar: (layout * 1000) / bodyChars,
    layoutWarmUsPerChar: (layoutWarm * 1000) / bodyChars,
    pdfWriteMs: pdfWrite,
    totalMs: fontLoad + layout + pdfWrite,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    charsPerSecond: Math.round(bodyChars / ((layout + pdfWrite) / 1000)),
    pdfBytesPerPage: Math.round(pdf.length / comp.pages.length),
    recomposeOnePageMs: recompose,
    pdfkitTextColumnsMs: peer,
    pdfkitBytesPerPage: Math.round(peerBytes / PAGES),
    ratioPdfkitToBanmian: peer / (layout + pdfWrite),
    cliOnePageProofMs: cliProof.ms,
    cliOnePagePlantMs: cliPlant.ms,
    cliOnePageChars: cliProof.chars,
  };
  const rows: Array<[string, string]> = [
    ['pages / body characters', `${result.pages} / ${bodyChars.toLocaleString('en')} (overset ${overset})`],
    ['font load', ms(fontLoad)],
    ['layout, first in this process (cold)', `${ms(layout)}, ${result.layoutColdUsPerChar.toFixed(2)} µs a character (target ≤ 2)`],
    ['layout, new text once warm', `${ms(layoutWarm)}, ${result.layoutWarmUsPerChar.toFixed(2)} µs a character (target ≤ 0.6; min of 3)`],
    ['PDF write', ms(pdfWrite)],
    ['total', ms(result.totalMs)],
    ['peak memory', `${result.peakRssMB.toFixed(0)} MB`],
    ['characters per second', result.charsPerSecond.toLocaleString('en')],
    ['PDF bytes per page', result.pdfBytesPerPage.toLocaleString('en')],
    ['re-compose one page after a 1-character edit', ms(recompose)],
    [`CLI, one page of ${cliProof.chars.toLocaleString('en')} characters, proof / plant`, `${ms(cliProof.ms)} / ${ms(cliPlant.ms)} (median of 5, process start to PDF on disk)`],
    ['pdfkit text() columns, same text', `${ms(peer)} (${result.ratioPdfkitToBanmian.toFixed(2)}× Banmian's layout + write)`],
  ];
  printRows(rows);
  const keys = await keystrokeBench();
  printRows(keys.rows);

  // One page of copy (issue 14) and a day of it (issue 9), both from the day's seeded files.
  const files = dayCopy(DAY_COPY_SEED);
  const onePage = await copyBench({ label: 'one page', name: 'one-page', files: files.slice(0, 2), targets: { timesFasterThanChromium: 3 }, daemon: (run) => dayCopy(DAY_COPY_SEED + 1 + run).slice(0, 2) });
  printRows(onePage.rows);
  const day = await copyBench({ label: 'day of copy', name: 'day-copy', files, targets: { wallMs: 1_500, peakRssMB: 300, timesFasterThanChromium: 2 } });
  printRows(day.rows);
  const text = (fs: readonly CopyFile[]): string => fs.map((f) => f.text).join('');
  const subsets = await subsetBench(fonts.role('body-song'), [{ label: 'one page', text: text(files.slice(0, 2)) }, { label: 'day of copy', text: text(files) }]);
  printRows(subsets.rows);
  writeFileAtomic(join(projectRoot(), 'out', 'bench.json'), `${JSON.stringify({ ...result, keystroke: keys.figures, onePage: onePage.figures, dayCopy: day.figures, subset: subsets }, null, 2)}\n`);
}

function printRows(rows: ReadonlyArray<[string, string]>): void {
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(48)} ${v}\n`);
}

/** One broadsheet page (the first two articles of page 1) through the CLI: process start to PDF on disk. */
function cliOnePage(issue: Issue, preset: 'proof' | 'plant'): { ms: number; chars: number } {
  const root = projectRoot();
  const page = issue.pages[0] as Page;
  const blocks = page.blocks.slice(0, 2);
  const articles = issue.articles.filter((a) => blocks.some((b) => b.article === a.id));
  const file = join(root, 'out', 'bench-page.banmian.json');
  writeFileAtomic(file, JSON.stringify({ ...issue, pages: [{ ...page, blocks }], articles }));
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin', 'banmian.js'), 'compose', file, '--preset', preset, '-o', join(root, 'out', `bench-page-${preset}.pdf`)], { encoding: 'utf8' });
    times.push(performance.now() - t);
    // Exit 1 is a report with errors (the bench articles overrun their blocks a little); 2 is a failure.
    if (r.status !== 0 && r.status !== 1) throw new Error(`the CLI failed: ${r.stderr}`);
  }
  return { ms: times.sort((a, b) => a - b)[2] as number, chars: articles.reduce((n, a) => n + a.paragraphs.join('').length, 0) };
}

await main();
