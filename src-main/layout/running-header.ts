/** The running header (版眉) above the type area: items on one baseline, a rule below them. */
import type { FontLibrary } from '../fonts/font-library.js';
import type { DisplayItem } from '../model/display-list.js';
import { BLACK } from '../model/display-list.js';
import type { Issue, Page } from '../model/issue.js';
import type { PageGrid } from './grid.js';
import { setDisplayText } from './display-text.js';
import { lunarDate } from './lunar-date.js';

const WEEKDAYS = '日一二三四五六';

/** The values a header or masthead pattern may name: {date} {weekday} {lunar} {page} {section} {editor} … */
export function headerValues(issue: Issue, page: Page): Record<string, string | undefined> {
  const [y, m, d] = issue.date.split('-').map(Number) as [number, number, number];
  const { paper } = issue;
  return {
    paper: paper.name,
    date: `${y}年${m}月${d}日`,
    weekday: WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()],
    // Computed only when a pattern names it: the calendar costs ~40 ms to load.
    get lunar() {
      return lunarDate(y, m, d);
    },
    issueNumber: paper.issueNumber?.toString(),
    cn: paper.cn,
    sponsor: paper.sponsor,
    weather: paper.weather,
    price: paper.price,
    pages: String(issue.pages.length),
    page: String(page.number),
    section: page.section,
    editor: page.editor,
    designer: page.designer,
    proofreader: page.proofreader,
  };
}

/**
 * Fills a header pattern. `{name}` is replaced by its value; a `[…]` group is kept only when
 * every name inside it has a value (so "[　美编 {designer}]" vanishes on a page without one).
 */
export function expandPattern(pattern: string, values: Record<string, string | undefined>): string {
  const fill = (s: string): string | undefined => {
    let ok = true;
    const out = s.replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = values[name];
      if (v === undefined || v === '') ok = false;
      return v ?? '';
    });
    return ok ? out : undefined;
  };
  return pattern.replace(/\[([^\]]*)\]/g, (_, group: string) => fill(group) ?? '').replace(/\{(\w+)\}/g, (_, n: string) => values[n] ?? '');
}

export function runningHeader(issue: Issue, page: Page, grid: PageGrid, fonts: FontLibrary): DisplayItem[] {
  const { runningHeader } = grid.template;
  const ruleY = grid.lineTop(0) - runningHeader.ruleGap;
  const left = grid.columnLeft(1);
  const width = grid.areaWidth;
  const values = headerValues(issue, page);
  const items: DisplayItem[] = [];
  for (const item of runningHeader.items) {
    const text = expandPattern(item.text, values);
    if (!text) continue;
    const lineHeight = item.size * 1.25;
    // Sit each item's line box on the rule, with a little air between.
    const top = ruleY - lineHeight - item.size * 0.3;
    const block = setDisplayText(text, item, item.align, left, width, top, fonts);
    items.push(...block.runs.map((r) => ({ ...r, role: 'furniture' as const })));
  }
  items.push({ kind: 'rule', x1: left, y1: ruleY, x2: left + width, y2: ruleY, width: runningHeader.ruleWeight, stroke: BLACK });
  return items;
}
