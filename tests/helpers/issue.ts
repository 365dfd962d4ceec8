/** Test helpers: build small issues in code and compose them with the bundled templates. */
import { readImageSizes } from '../../src-main/assets/image-sizes.js';
import { composeIssue } from '../../src-main/layout/compose-issue.js';
import type { Composition, TextRun } from '../../src-main/model/display-list.js';
import type { Article, Block, Issue } from '../../src-main/model/issue.js';
import { parseIssue } from '../../src-main/model/load-issue.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { testFonts } from './typeset.js';

export function makeIssue(articles: Array<Partial<Article> & { id: string; paragraphs: string[] }>, blocks: Block[][]): Issue {
  return parseIssue(
    {
      format: 'banmian-issue',
      version: 1,
      paper: { name: '江城日报' },
      date: '2026-11-26',
      pages: blocks.map((b, i) => ({ number: i + 1, template: 'broadsheet', section: '测试', editor: '编辑', blocks: b })),
      articles: articles.map((a) => ({ headline: '测试标题', ...a })),
    },
    'test.banmian.json',
  );
}

/** `file` is where the issue lives: image paths in it are relative to its folder. */
export function compose(issue: Issue, file = 'test.banmian.json'): Composition {
  return composeIssue(issue, { file, fonts: testFonts(), template: loadTemplate, images: readImageSizes(issue, file) });
}

export const bodyRuns = (comp: Composition, page = 1): TextRun[] =>
  (comp.pages.find((p) => p.number === page)?.items ?? []).filter((i): i is TextRun => i.kind === 'text' && i.role === 'body');

/** Body runs grouped into lines (same baseline and column), in reading order. */
export function bodyLines(runs: readonly TextRun[]): TextRun[][] {
  const lines: TextRun[][] = [];
  for (const run of runs) {
    const last = lines[lines.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.y === run.y && run.x > prev.x) last.push(run);
    else lines.push([run]);
  }
  return lines;
}

export const runRight = (run: TextRun): number => run.x + run.glyphs.reduce((w, g) => w + g.advance, 0);

/** Han text for tests: `n` characters cycling through a sentence, with punctuation. */
export function newsText(n: number, seed = 0): string {
  const source = '江城市今年以来持续推进老旧小区改造，累计惠及居民一万余户。市住建局负责人表示，明年还将继续实施一批民生项目，让群众的获得感更加充实。';
  let out = '';
  for (let i = 0; out.length < n; i++) out += source[(i + seed) % source.length];
  return out.replace(/^[，。、]/, '江');
}
