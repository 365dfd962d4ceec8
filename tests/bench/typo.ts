/**
 * `npm run typo`: the typesetting measured as a proofreader and a printer would measure it. The
 * sample issue, the torture corpus and a page of real copy (nine article files as a newsroom
 * writes them, laid out on the broadsheet) are composed and written as plant PDFs in out/typo/;
 * ../shared/tools/typo-check reads each PDF back, and its counts are printed beside our own
 * measure of the punctuation widths (from the display list: pairs of adjacent marks, and single
 * marks mid-line). Not a test: a report to read, written to out/typo/typo.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readImageSizes } from '../../src-main/assets/image-sizes.js';
import { issueFromArticleFiles } from '../../src-main/cli/compose.js';
import { FontLibrary } from '../../src-main/fonts/font-library.js';
import { composeIssue } from '../../src-main/layout/compose-issue.js';
import type { Composition } from '../../src-main/model/display-list.js';
import type { Issue } from '../../src-main/model/issue.js';
import { writeFileAtomic } from '../../src-main/model/json-file.js';
import { loadIssue } from '../../src-main/model/load-issue.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { loadTemplate, type Template } from '../../src-main/model/template.js';
import { exportPdfs, issueExportInfo } from '../../src-main/pdf/export-pdf.js';
import { PRESETS } from '../../src-main/pdf/presets.js';
import { punctuationWidths, shareAt } from '../helpers/punctuation-widths.js';

const root = projectRoot();
/** A broadsheet page's worth of copy, the lead first (tests/cli/copy-page.test.ts holds it full). */
const COPY_PAGE = ['lead-metro', 'trade', 'culture', 'farm', 'health', 'comment', 'shorts', 'photo', 'briefs'].map((f) => join(root, 'tests', 'fixtures', 'copy', `broadsheet-${f}.txt`));
/** The counts of typo-check's `total` that are printed, in its README's order. */
const COUNTS = ['kinsoku', 'displayKinsoku', 'looseLines', 'maxCjkGapEm', 'pairWidths', 'pairInconsistency', 'columnFootHoles', 'gutterCrossings', 'gridFraction', 'loneLastLines', 'missingGlyphs'] as const;

interface Job {
  name: string;
  input: string;
  issue: () => Promise<Issue>;
}

function checker(): string {
  const path = process.env.BANMIAN_TYPO_CHECK ?? join(root, '..', 'shared', 'tools', 'typo-check', 'check.mjs');
  if (!existsSync(path)) fail(`typo-check not found at ${path}: put ../shared beside the project, or name check.mjs in BANMIAN_TYPO_CHECK`);
  if (!existsSync(join(path, '..', 'node_modules'))) fail(`typo-check has no node_modules: run npm install in ${join(path, '..')}`);
  return path;
}

function fail(message: string): never {
  process.stderr.write(`typo: ${message}\n`);
  process.exit(1);
}

/** Our own reading of the punctuation: pairs (two marks alone together) and single marks mid-line. */
function ownWidths(comp: Composition) {
  const { pairs, singles } = punctuationWidths(comp);
  const count = (m: Map<number, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  const widths = [...singles.keys()];
  return {
    pairs: count(pairs),
    pairsAt15: shareAt(pairs, 1.5),
    singles: count(singles),
    singlesAt1: shareAt(singles, 1),
    singlesMin: widths.length ? Math.min(...widths) : 1,
  };
}

async function main(): Promise<void> {
  const check = checker();
  const fonts = FontLibrary.load();
  const templates = new Map<string, Template>();
  const template = (id: string): Template => templates.get(id) ?? templates.set(id, loadTemplate(id)).get(id)!;
  const jobs: Job[] = [
    { name: 'sample', input: join(root, 'templates', 'sample-issue', 'sample.banmian.json'), issue: async () => loadIssue(join(root, 'templates', 'sample-issue', 'sample.banmian.json')) },
    { name: 'torture', input: join(root, 'tests', 'fixtures', 'torture.banmian.json'), issue: async () => loadIssue(join(root, 'tests', 'fixtures', 'torture.banmian.json')) },
    {
      name: 'copy',
      input: COPY_PAGE[0] as string,
      issue: async () => (await issueFromArticleFiles(COPY_PAGE, { template: 'broadsheet', preset: 'plant', revision: '1', date: '2026-12-03', paper: '江城日报' }, fonts, templates)).issue,
    },
  ];
  const outDir = join(root, 'out', 'typo');
  mkdirSync(outDir, { recursive: true });
  const report: Record<string, unknown> = {};
  for (const job of jobs) {
    const issue = await job.issue();
    const comp = composeIssue(issue, { file: job.input, fonts, template, images: readImageSizes(issue, job.input), strict: false });
    const pdf = join(outDir, `${job.name}.pdf`);
    await exportPdfs(comp, { preset: PRESETS.plant, out: pdf, split: undefined, preflight: false, ...issueExportInfo(issue) });
    const run = spawnSync(process.execPath, [check, pdf, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) fail(`typo-check failed on ${pdf}: ${run.stderr.trim()}`);
    const total = (JSON.parse(run.stdout) as { total: Record<string, unknown> }).total;
    const own = ownWidths(comp);
    report[job.name] = { pdf, typoCheck: Object.fromEntries(COUNTS.map((k) => [k, total[k]])), punctuation: own };
    console.log(`\n${job.name} (${comp.pages.length} pages) → ${pdf}`);
    for (const k of COUNTS) console.log(`  ${k.padEnd(18)} ${JSON.stringify(total[k])}`);
    console.log(`  pairs alone        ${own.pairs}, ${(own.pairsAt15 * 100).toFixed(1)} % at 1.5 em (runs of three marks are left to typo-check: one half-em in the run, clreq)`);
    console.log(`  single marks       ${own.singles}, ${(own.singlesAt1 * 100).toFixed(1)} % at 1 em, narrowest ${own.singlesMin.toFixed(2)} em`);
  }
  writeFileAtomic(join(outDir, 'typo.json'), `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
