/**
 * A broadsheet page's worth of real copy (tests/fixtures/copy/broadsheet-*.txt: nine files, a lead with
 * three tiers, 小标题 and a late photo, stories with and without tiers, a commentary, three shorts,
 * a photo item and a 简讯 column) composed as a night editor gets it: `compose FILES -t broadsheet`.
 * The page is full, the first file leads it, every tier is set as display type, and no character
 * of the nine files is lost (PDF text plus report).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readImageSizes } from '../../src-main/assets/image-sizes.js';
import { issueFromArticleFiles } from '../../src-main/cli/compose.js';
import { TOLERATED_LINES } from '../../src-main/layout/auto-place.js';
import { composeIssue } from '../../src-main/layout/compose-issue.js';
import type { Composition, TextRun } from '../../src-main/model/display-list.js';
import type { Issue } from '../../src-main/model/issue.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import type { Template } from '../../src-main/model/template.js';
import { conservationMessage, conserved, copyText, pdfText, reportText } from '../helpers/conservation.js';
import { testFonts } from '../helpers/typeset.js';

const ROOT = projectRoot();
const PAGE = ['lead-metro', 'trade', 'culture', 'farm', 'health', 'comment', 'shorts', 'photo', 'briefs'].map((f) => join(ROOT, 'tests', 'fixtures', 'copy', `broadsheet-${f}.txt`));
const OUT = mkdtempSync(join(tmpdir(), 'banmian-copy-page-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

interface Run {
  pdf: string;
  report: { pages: unknown; diagnostics: Array<{ kind: string; page?: number; message: string }> };
}

let cli: Run;
let issue: Issue;
let comp: Composition;
beforeAll(async () => {
  const pdf = join(OUT, 'page.pdf');
  const report = join(OUT, 'page.json');
  await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'banmian.js'), 'compose', ...PAGE, '-t', 'broadsheet', '-o', pdf, '--report', report], { encoding: 'utf8' }).catch(
    (err: { code?: number }) => {
      // Exit 1: the report has errors (the late pictures); anything else is a failure.
      if (err.code !== 1) throw err;
    },
  );
  cli = { pdf, report: JSON.parse(readFileSync(report, 'utf8')) as Run['report'] };
  const fonts = testFonts();
  const templates = new Map<string, Template>();
  issue = (await issueFromArticleFiles(PAGE, { template: 'broadsheet', preset: 'plant', revision: '1', date: '2026-12-04' }, fonts, templates)).issue;
  comp = composeIssue(issue, { file: PAGE[0] as string, fonts, template: (id) => templates.get(id) as Template, images: readImageSizes(issue, PAGE[0] as string) });
}, 60_000);

const runsOf = (part: string): TextRun[] => (comp.pages[0]?.items ?? []).filter((i): i is TextRun => i.kind === 'text' && i.source?.part === part);

describe('a page of real copy on the broadsheet', () => {
  test('is one page with no empty area of more than a few lines, and nothing overset or unplaced', () => {
    expect(issue.pages).toHaveLength(1);
    const lost = cli.report.diagnostics.filter((d) => ['overset', 'unplaced', 'image-unplaced', 'photo-past-block', 'overlap'].includes(d.kind));
    expect(lost.map((d) => d.message)).toEqual([]);
    const air = cli.report.diagnostics.filter((d) => d.kind === 'free-space').map((d) => Number(/\((\d+) lines?\)/.exec(d.message)?.[1]));
    expect(air.every((lines) => lines <= TOLERATED_LINES), `free space: ${air.join(', ')} lines`).toBe(true);
    // The three late pictures keep their frames and are named as errors.
    expect(cli.report.diagnostics.filter((d) => d.kind === 'image-missing')).toHaveLength(3);
  });

  test('leads with the first file: widest block, largest headline, at the top', () => {
    const blocks = issue.pages[0]?.blocks ?? [];
    const lead = blocks.find((b) => b.article === issue.articles[0]?.id);
    expect(lead?.top).toBe(0);
    expect(Math.max(...blocks.map((b) => b.span))).toBe(lead?.span);
    const headlineSize = (article: string): number => Math.max(...runsOf('headline').filter((r) => r.source?.article === article).map((r) => r.size));
    const leadSize = headlineSize(lead?.article as string);
    for (const other of issue.articles.slice(1)) expect(headlineSize(other.id), other.headline).toBeLessThan(leadSize);
  });

  test('sets every tier as display type, the 小标题 bold in the body, the reporter line whole', () => {
    const text = (part: string): string => runsOf(part).map((r) => r.text).join('');
    expect(text('kicker')).toContain('串起城市“双十字”骨架');
    expect(text('subhead')).toContain('——全长三十二公里设站二十四座');
    expect(text('subhead')).toContain('患者转诊不必重复检查');
    expect(runsOf('kicker').concat(runsOf('subhead'), runsOf('headline')).every((r) => r.role === 'display')).toBe(true);
    const lead = issue.articles[0];
    const crossheads = (lead?.styles ?? []).filter((s) => s.style === 'bold').map((s) => lead?.paragraphs[s.paragraph]?.slice(s.start, s.end));
    expect(crossheads).toEqual(['一条线带动一片城', '细节处见温度', '建设者的坚守']);
    // A reporter line of its own keeps the indent and breaks between people, never inside a name:
    // 本报记者 韩晓雪　宋景行 closes up its spaces to stay on one line of 13 字; 本报记者 沈清禾　通讯员 杜若
    // cannot, and takes two.
    const bylineLines = (id: string | undefined): string[] => {
      const runs = runsOf('byline').filter((r) => r.source?.article === id);
      return [...new Set(runs.map((r) => r.y))].map((y) => runs.filter((r) => r.y === y).map((r) => r.text).join('').replace(/\s+/gu, ''));
    };
    expect(bylineLines(lead?.id)).toEqual(['本报记者韩晓雪宋景行']);
    const culture = issue.articles.find((a) => a.byline === '本报记者 沈清禾　通讯员 杜若')?.id;
    expect(bylineLines(culture)).toEqual(['本报记者沈清禾', '通讯员杜若']);
    // Its first line is indented by the paragraphs' 2 字, as they are.
    const cultureRuns = runsOf('byline').filter((r) => r.source?.article === culture);
    const [first, second] = [...new Set(cultureRuns.map((r) => r.y))].map((y) => Math.min(...cultureRuns.filter((r) => r.y === y).map((r) => r.x)));
    expect((first as number) - (second as number)).toBeCloseTo(18, 1);
  });

  test('loses no character of the nine files', () => {
    const result = conserved('broadsheet-*.txt', PAGE.map(copyText).join('\n'), pdfText(cli.pdf), reportText(cli.report));
    expect(result.lost, conservationMessage(result, `output in ${OUT}`)).toBe(0);
  });
});
