/**
 * An article through its blocks, in phases: the body as paragraphs of spans (body-spans.ts); the
 * blocks as parts, with their headlines, photos, body slots and 转版 lines (article-parts.ts);
 * the body poured line by line into the parts' slots, the last block balanced (pour.ts); then the
 * 转版 lines where the text really goes on to another page, and the findings: text that finds no
 * line (overset, with its exact text) and a last block left short (underset).
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Diagnostic, DisplayItem } from '../model/display-list.js';
import type { ImageSizes } from '../model/image-files.js';
import type { Article } from '../model/issue.js';
import { BODY_STYLE, composeParagraph } from '../typeset/paragraph.js';
import { articleParts, charsPerLine, type ArticlePart, type JumpLine, type PlacedBlock } from './article-parts.js';
import { bodySpans, type ParagraphSpans } from './body-spans.js';
import { FlowCache } from './flow-cache.js';
import type { PageGrid } from './grid.js';
import { balanceLastBlock, pour, type OversetAt, type PourContext, type Poured } from './pour.js';
import { lineRuns } from './runs.js';

export interface ArticleOutput {
  /**
   * Display items per page number. On the page where the article starts its furniture (border,
   * photos, 下转 line) comes before its text; on a page it is continued onto, its text comes
   * first. Drawn in this order, the text extracted from the PDF reads on across the page break.
   */
  items: Map<number, DisplayItem[]>;
  diagnostics: Diagnostic[];
}

const cache = new FlowCache<ArticleOutput>();

/** Fitting a block's height (fit-height.ts) needs where its photo frames are, not their pictures: it has no images to give. */
export const NO_IMAGES: ImageSizes = { of: (src) => ({ path: src }) };

export function flowArticle(article: Article, blocks: readonly PlacedBlock[], fonts: FontLibrary, images = NO_IMAGES): ArticleOutput {
  return cache.get(article, blocks, fonts, images, () => flow(article, blocks, fonts, images));
}

function flow(article: Article, blocks: readonly PlacedBlock[], fonts: FontLibrary, images: ImageSizes): ArticleOutput {
  const text = new Map<number, DisplayItem[]>();
  const furniture = new Map<number, DisplayItem[]>();
  const add = (map: Map<number, DisplayItem[]>, page: number, more: readonly DisplayItem[]): void => {
    const list = map.get(page) ?? [];
    list.push(...more);
    map.set(page, list);
  };
  const first = blocks[0];
  if (!first) return { items: text, diagnostics: [] };

  const { parts, diagnostics } = articleParts(article, blocks, fonts, images);
  for (const part of parts) {
    add(text, part.page, part.headline);
    add(furniture, part.page, part.furniture);
  }

  const slots = parts.flatMap((p) => p.slots);
  const last = parts[parts.length - 1] as ArticlePart;
  const lastStart = slots.length - last.slots.length;
  const context = pourContext(article, blocks, slots[slots.length - 1]?.width ?? first.grid.spanWidth(1), fonts);
  const { paragraphs } = context;
  let body = pour(slots, context);
  // A last block left empty for want of room (article-parts.ts) is reported already.
  const endsInLast = !last.empty && !body.overset;
  if (endsInLast && last.block.balance !== false && body.lastSlot >= lastStart) body = balanceLastBlock(slots, lastStart, context) ?? body;
  for (const [page, runs] of body.text) add(text, page, runs);
  diagnostics.push(...body.diagnostics);
  const short = endsInLast ? underset(article, last, lastStart, body, context.style.em) : undefined;
  if (short) diagnostics.push(short);

  // 转版 lines only where the text really goes on to the next page: a page's 下转 with the next one's 上接.
  let goesOn: { line: JumpLine; grid: PageGrid } | undefined;
  let start = 0;
  for (const part of parts) {
    if (part.continued && body.lastSlot >= start) {
      if (goesOn) add(furniture, goesOn.line.slot.page, setJumpLine(goesOn.line, goesOn.grid, fonts));
      add(furniture, part.page, part.continued.heading);
      add(furniture, part.page, setJumpLine(part.continued.from, part.grid, fonts));
    }
    if (part.goesOn) goesOn = { line: part.goesOn, grid: part.grid };
    start += part.slots.length;
  }

  if (body.overset) diagnostics.push(overset(article, paragraphs, body.overset, last.page, charsPerLine(context.lastWidth, context.style.em)));

  const items = new Map<number, DisplayItem[]>();
  for (const { page } of blocks) {
    if (items.has(page)) continue;
    const own = text.get(page) ?? [];
    const extra = furniture.get(page) ?? [];
    items.set(page, page === first.page ? [...extra, ...own] : [...own, ...extra]);
  }
  return { items, diagnostics };
}

/** How an article's body is poured through `blocks`; lines past the last slot are `lastWidth` wide. */
export function pourContext(article: Article, blocks: readonly PlacedBlock[], lastWidth: number, fonts: FontLibrary): PourContext {
  const first = blocks[0] as PlacedBlock;
  const { template } = first.grid;
  return {
    article: article.id,
    paragraphs: bodySpans(article, template),
    style: { ...BODY_STYLE, ...template.body.composition, em: template.body.size, indent: template.body.indent },
    lastWidth,
    fonts,
    firstPage: first.page,
  };
}

/** A 转版 line in its body slot, at body size. */
function setJumpLine(jump: JumpLine, grid: PageGrid, fonts: FontLibrary): DisplayItem[] {
  const { body } = grid.template;
  const spans = [{ text: jump.text, role: grid.template.jump.role, size: body.size }];
  const line = composeParagraph(spans, { ...BODY_STYLE, punctuation: body.composition.punctuation, em: body.size, indent: 0, align: jump.align }, () => jump.slot.width, fonts).lines[0];
  return line ? lineRuns(line, jump.slot.x, jump.slot.baseline, { role: 'furniture' }) : [];
}

/** Empty lines at the foot of an article's last block from which an editor is told (开天窗). */
const UNDERSET_LINES = 2;

/** The empty lines under the text in the last block, when there are enough to tell, and about how many characters fill them. */
function underset(article: Article, last: ArticlePart, lastStart: number, body: Poured, em: number): Diagnostic | undefined {
  let lowest = last.area.top - 1;
  for (let k = lastStart; k <= body.lastSlot; k++) lowest = Math.max(lowest, body.slots[k]?.line ?? lowest);
  const free = last.area.bottom - lowest - 1;
  if (free < UNDERSET_LINES) return undefined;
  const columns = new Map(last.slots.map((s) => [s.column, s.width]));
  const chars = free * [...columns.values()].reduce((n, w) => n + charsPerLine(w, em), 0);
  return { kind: 'underset', severity: 'warning', page: last.page, article: article.id, lines: free, chars, message: `“${article.headline}” leaves ${free} lines empty at the foot of its block` };
}

/** The text from where it stopped fitting to the end, reported on the article's last page. */
function overset(article: Article, paragraphs: readonly ParagraphSpans[], at: OversetAt, page: number, perLine: number): Diagnostic {
  const rest = paragraphs.slice(at.paragraph).map(({ spans }, k) =>
    spans.map((s, si) => (k > 0 || si > at.span ? s.text : si === at.span ? s.text.slice(at.offset) : '')).join(''),
  );
  const left = rest.join('\n');
  const chars = [...left.replace(/\n/g, '')].length;
  // Each paragraph starts a line: the estimate counts them one by one, as the copyfit bar of InCopy does.
  const lines = rest.reduce((n, p) => n + Math.max(1, Math.ceil([...p].length / perLine)), 0);
  return { kind: 'overset', severity: 'error', page, article: article.id, chars, lines, text: left, message: `${chars} characters of “${article.headline}” do not fit: ${left.slice(0, 24)}…` };
}
