/**
 * The masthead (报头) at the top of the front page's type area, in the grid lines the template
 * gives it: the paper's name large at the left with its lines under it, the date (Gregorian and
 * lunar), issue number, CN number, weather and price stacked at the right, and a heavy and a thin
 * rule (文武线) closing it off above the first articles.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import { BLACK, type DisplayItem } from '../model/display-list.js';
import type { Issue, Page } from '../model/issue.js';
import type { Masthead, Template } from '../model/template.js';
import { DISPLAY_LEADING, setDisplayText } from './display-text.js';
import type { PageGrid } from './grid.js';
import { expandPattern, headerValues } from './running-header.js';

/** The masthead a page carries: its template's, when the page asks for one. */
export const mastheadOf = (page: Page, template: Template): Masthead | undefined => (page.masthead ? template.masthead : undefined);

/** Lines at the top of the type area the masthead takes on this page. */
export const mastheadLines = (page: Page, template: Template): number => mastheadOf(page, template)?.lines ?? 0;

export function masthead(spec: Masthead, issue: Issue, page: Page, grid: PageGrid, fonts: FontLibrary): DisplayItem[] {
  const values = headerValues(issue, page);
  const left = grid.columnLeft(1);
  const width = grid.areaWidth;
  const top = grid.lineTop(0);
  // The rules sit in the masthead's last line; everything else is centred in the lines above it.
  const ruleY = grid.lineTop(spec.lines) - grid.pitch * 0.6;
  const items: DisplayItem[] = [];
  const stack = (lines: Array<{ text: string; role: string; size: number }>, align: 'left' | 'right', leftX: number, w: number, height: number): void => {
    let y = top + (ruleY - top - height) / 2;
    for (const line of lines) {
      const set = setDisplayText(line.text, line, align, leftX, w, y, fonts);
      items.push(...set.runs.map((r) => ({ ...r, role: 'furniture' as const })));
      y = set.bottom;
    }
  };
  const filled = (align: 'left' | 'right') =>
    spec.items.filter((i) => i.align === align).map((i) => ({ ...i, text: expandPattern(i.text, values) })).filter((i) => i.text !== '');
  const under = filled('left');
  const name = { text: issue.paper.name, ...spec.name };
  const nameWidth = width * 0.55;
  stack([name, ...under], 'left', left, nameWidth, lineBoxes([name, ...under]));
  const right = filled('right');
  stack(right, 'right', left + nameWidth, width - nameWidth, lineBoxes(right));
  items.push(
    { kind: 'rule', x1: left, y1: ruleY, x2: left + width, y2: ruleY, width: spec.ruleWeight, stroke: BLACK },
    { kind: 'rule', x1: left, y1: ruleY + spec.ruleWeight + 1.5, x2: left + width, y2: ruleY + spec.ruleWeight + 1.5, width: 0.5, stroke: BLACK },
  );
  return items;
}

const lineBoxes = (lines: ReadonlyArray<{ size: number }>): number => lines.reduce((h, l) => h + l.size * DISPLAY_LEADING, 0);
