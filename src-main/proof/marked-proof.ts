/**
 * The marked proof (校样): the composed pages with every proof mark drawn where a proofreader
 * looks for it — the marked character framed, a line out to a numbered badge in the nearer page
 * margin — and carried as a PDF comment over the character; then closing pages listing every
 * mark (number, page, status, article and the marked text in context, comment, who and when) with
 * lines to sign. Marks keep the numbers the app shows them with. All of it is display items, set
 * by the same typesetter as the pages, so the PDF writer draws it like any page.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import { setDisplayText } from '../layout/display-text.js';
import { PageGrid } from '../layout/grid.js';
import { PART_NAMES } from '../model/article-parts.js';
import type { Cmyk, Composition, DisplayItem, PageLayout, TextRun } from '../model/display-list.js';
import type { Issue } from '../model/issue.js';
import type { Template } from '../model/template.js';
import { writeFileAtomic } from '../model/json-file.js';
import type { PdfAnnotation } from '../pdf/annotations.js';
import { PRESETS } from '../pdf/presets.js';
import { writePdf } from '../pdf/write-pdf.js';
import { characterBox, type GlyphBox } from './glyph-boxes.js';
import { STATUS_NAMES } from './mark-labels.js';
import { partText, type ProofMark } from './proof-marks.js';

export interface MarkedProofOptions {
  fonts: FontLibrary;
  template: (id: string) => Template;
  /** Only the marks not yet dealt with. */
  openOnly?: boolean;
  /** Only these pages (and the marks on them); all pages, and the marks on none, otherwise. */
  pages?: readonly number[];
  /** When the proof is made (shown on the list). */
  date: Date;
}

export interface MarkedProof {
  /** The chosen pages with their callouts, then the list pages. */
  comp: Composition;
  annotations: Map<PageLayout, PdfAnnotation[]>;
  /** Marks on the proof, and how many of them are on no page (listed, annotated on the list). */
  marks: number;
  offPage: number;
}

const RED: Cmyk = [0, 90, 85, 0];
const GREY: Cmyk = [0, 0, 0, 45];
const WHITE: Cmyk = [0, 0, 0, 0];
const RULE: Cmyk = [0, 0, 0, 35];
const RGB_RED = [0.86, 0.18, 0.16] as const;
const RGB_GREY = [0.55, 0.55, 0.55] as const;
const BADGE = 13;
const BADGE_GAP = 2;
/** Characters of context on each side of a marked character in the list. */
const CONTEXT = 10;

interface Entry {
  number: number;
  mark: ProofMark;
  /** The page the character is on, and where; absent when it is on no page. */
  page?: PageLayout;
  box?: GlyphBox;
}

export function markedProof(comp: Composition, issue: Issue, marks: readonly ProofMark[], opts: MarkedProofOptions): MarkedProof {
  const chosen = comp.pages.filter((p) => !opts.pages || opts.pages.includes(p.number));
  const entries: Entry[] = [];
  marks.forEach((mark, i) => {
    if (opts.openOnly && mark.status !== 'open') return;
    const page = comp.pages.find((p) => characterBox(p, mark.anchor));
    if (page && !chosen.includes(page)) return;
    if (!page && opts.pages) return;
    entries.push({ number: i + 1, mark, ...(page ? { page, box: characterBox(page, mark.anchor) as GlyphBox } : {}) });
  });
  const annotations = new Map<PageLayout, PdfAnnotation[]>();
  const pages = chosen.map((page) => {
    const here = entries.filter((e) => e.page === page);
    if (here.length === 0) return page;
    const marked = { ...page, items: [...page.items, ...callouts(here, page, opts.template(page.template), opts.fonts)] };
    annotations.set(marked, here.map((e) => annotation(e, e.box as GlyphBox)));
    return marked;
  });
  const first = chosen[0] ?? comp.pages[0];
  if (!first) throw new Error('the composition has no pages');
  const last = Math.max(...comp.pages.map((p) => p.number));
  const list = listPages(entries, issue, opts, { ...first, number: last }, opts.template(first.template));
  for (const [page, notes] of list.annotations) annotations.set(page, notes);
  const all = [...pages, ...list.pages];
  const fonts = { ...comp.fonts, ...opts.fonts.usedBy(list.pages) };
  return { comp: { pages: all, fonts, diagnostics: [] }, annotations, marks: entries.length, offPage: entries.filter((e) => !e.page).length };
}

export interface WrittenProof {
  file: string;
  bytes: number;
  /** Marks drawn and annotated, and those of them whose character is on no page (listed only). */
  marks: number;
  offPage: number;
}

/** The marked proof written to `out` as a proof-preset PDF (atomically: never half a file). */
export async function writeMarkedProof(out: string, comp: Composition, issue: Issue, marks: readonly ProofMark[], opts: MarkedProofOptions): Promise<WrittenProof> {
  const proof = markedProof(comp, issue, marks, opts);
  const pdf = await writePdf(proof.comp, { title: `${issue.paper.name} ${issue.date} 校样`, date: opts.date, preset: PRESETS.proof, annotations: proof.annotations });
  writeFileAtomic(out, pdf);
  return { file: out, bytes: pdf.length, marks: proof.marks, offPage: proof.offPage };
}

const colourOf = (mark: ProofMark): Cmyk => (mark.status === 'open' ? RED : GREY);

function annotation(e: Entry, at: { x: number; top: number; width: number; bottom: number }): PdfAnnotation {
  const m = e.mark;
  return {
    x: at.x, y: at.top, w: at.width, h: at.bottom - at.top,
    contents: m.comment,
    author: m.author ?? '校对',
    subject: `校对标记 ${e.number}（${STATUS_NAMES[m.status]}）`,
    name: `mark-${m.id}`,
    created: new Date(m.created),
    modified: new Date(m.updated),
    colour: m.status === 'open' ? RGB_RED : RGB_GREY,
  };
}

/**
 * The marked characters framed, each with a line to its numbered badge in the nearer margin;
 * badges in one margin are pushed down so that none covers another.
 */
function callouts(entries: readonly Entry[], page: PageLayout, t: Template, fonts: FontLibrary): DisplayItem[] {
  const grid = new PageGrid(t, fonts.role(t.body.role));
  const areaLeft = grid.columnLeft(1);
  const areaRight = areaLeft + grid.areaWidth;
  const items: DisplayItem[] = [];
  for (const side of ['left', 'right'] as const) {
    const mine = entries.filter((e) => ((e.box as GlyphBox).x + (e.box as GlyphBox).width / 2 < page.width / 2) === (side === 'left'));
    mine.sort((a, b) => (a.box as GlyphBox).top - (b.box as GlyphBox).top);
    const badgeX = side === 'left' ? areaLeft / 2 - BADGE / 2 : (areaRight + page.width) / 2 - BADGE / 2;
    let next = 0;
    for (const e of mine) {
      const box = e.box as GlyphBox;
      const colour = colourOf(e.mark);
      const mid = (box.top + box.bottom) / 2;
      const badgeY = Math.max(mid - BADGE / 2, next);
      next = badgeY + BADGE + BADGE_GAP;
      const fromX = side === 'left' ? box.x : box.x + box.width;
      const toX = side === 'left' ? badgeX + BADGE : badgeX;
      items.push(
        { kind: 'box', x: box.x - 0.5, y: box.top - 0.5, w: box.width + 1, h: box.bottom - box.top + 1, lineWidth: 0.7, stroke: colour },
        { kind: 'rule', x1: fromX, y1: mid, x2: toX, y2: badgeY + BADGE / 2, width: 0.4, stroke: colour },
        { kind: 'box', x: badgeX, y: badgeY, w: BADGE, h: BADGE, lineWidth: 0, fill: colour },
        ...textLines(String(e.number), t.runningHeader.items[0]?.role ?? t.byline.role, 8, 'center', badgeX, BADGE, badgeY + 2, fonts, WHITE).runs,
      );
    }
  }
  return items;
}

function textLines(text: string, role: string, size: number, align: 'left' | 'center', left: number, width: number, top: number, fonts: FontLibrary, fill?: Cmyk): { runs: TextRun[]; bottom: number } {
  const set = setDisplayText(text, { role, size }, align, left, width, top, fonts);
  return { runs: set.runs.map((r) => ({ ...r, role: 'furniture' as const, ...(fill ? { fill } : {}) })), bottom: set.bottom };
}

/** The list's columns: heading and share of the width. */
const COLUMNS: ReadonlyArray<[string, number]> = [['序号', 0.05], ['版次', 0.06], ['状态', 0.06], ['稿件与原文', 0.35], ['修改意见', 0.31], ['校对 · 时间', 0.17]];
const LIST_SIZE = 10.5;
const PAD = 4;

/** The marked character with some text on each side, the character in 【】. */
function inContext(issue: Issue, mark: ProofMark): string {
  const article = issue.articles.find((a) => a.id === mark.anchor.article);
  const text = article && partText(article, mark.anchor.part, mark.anchor.paragraph);
  const at = mark.anchor.offset;
  if (text === undefined || at >= text.length) return `【${mark.quote}】`;
  const end = at + mark.quote.length;
  return `${at > CONTEXT ? '…' : ''}${text.slice(Math.max(0, at - CONTEXT), at)}【${text.slice(at, end)}】${text.slice(end, end + CONTEXT)}${end + CONTEXT < text.length ? '…' : ''}`;
}

const stamp = (d: Date): string => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The list of marks on pages the size of `like`, numbered on after it, with the sign-off lines at the end. */
function listPages(entries: readonly Entry[], issue: Issue, opts: MarkedProofOptions, like: PageLayout, t: Template): { pages: PageLayout[]; annotations: Map<PageLayout, PdfAnnotation[]> } {
  const { fonts } = opts;
  const grid = new PageGrid(t, fonts.role(t.body.role));
  const left = grid.columnLeft(1);
  const width = grid.areaWidth;
  const bottom = like.height - t.grid.top;
  const head = t.headlines.headline.role;
  const plain = t.body.role;
  const bold = t.runningHeader.items[0]?.role ?? t.byline.role;
  const pages: PageLayout[] = [];
  const notes = new Map<PageLayout, PdfAnnotation[]>();
  let items: DisplayItem[] = [];
  let y = 0;
  const xs = COLUMNS.reduce<number[]>((acc, [, share]) => [...acc, (acc[acc.length - 1] as number) + share * width], [left]);
  const rule = (at: number, weight: number, stroke: Cmyk = RULE): void => {
    items.push({ kind: 'rule', x1: left, y1: at, x2: left + width, y2: at, width: weight, stroke });
  };
  const newPage = (): void => {
    const page: PageLayout = { number: like.number + 1 + pages.length, template: like.template, width: like.width, height: like.height, bleed: like.bleed, items: (items = []) };
    pages.push(page);
    y = t.grid.top;
    if (pages.length === 1) {
      const open = entries.filter((e) => e.mark.status === 'open').length;
      const title = textLines(`${issue.paper.name}　${issue.date}　校样　校对标记`, head, 22, 'left', left, width, y, fonts);
      items.push(...title.runs);
      const chosen = opts.pages ? `　第${opts.pages.join('、')}版` : '';
      const sub = textLines(`共 ${entries.length} 条（未改 ${open} 条，已改 ${entries.length - open} 条）${opts.openOnly ? '　只列未改' : ''}${chosen}　导出 ${stamp(opts.date)}`, plain, LIST_SIZE, 'left', left, width, title.bottom + 6, fonts);
      items.push(...sub.runs);
      y = sub.bottom + 14;
    }
    const heads = COLUMNS.map(([name], i) => textLines(name, bold, LIST_SIZE, 'left', (xs[i] as number) + PAD, (xs[i + 1] as number) - (xs[i] as number) - 2 * PAD, y + PAD, fonts));
    for (const h of heads) items.push(...h.runs);
    y = Math.max(...heads.map((h) => h.bottom)) + PAD;
    rule(y, 0.8, [0, 0, 0, 100]);
  };
  newPage();
  if (entries.length === 0) {
    const none = textLines('没有校对标记。', plain, LIST_SIZE, 'left', left + PAD, width, y + PAD, fonts);
    items.push(...none.runs);
    y = none.bottom + PAD;
  }
  for (const e of entries) {
    const m = e.mark;
    const headline = issue.articles.find((a) => a.id === m.anchor.article)?.headline ?? m.anchor.article;
    const cells: Array<Array<{ text: string; role: string }>> = [
      [{ text: String(e.number), role: bold }],
      [{ text: e.page ? `第${e.page.number}版` : '不在版面上', role: plain }],
      [{ text: STATUS_NAMES[m.status], role: bold }],
      [{ text: `《${headline}》${PART_NAMES[m.anchor.part]}`, role: bold }, { text: inContext(issue, m), role: plain }],
      [{ text: m.comment, role: plain }],
      [{ text: m.author ?? '—', role: plain }, { text: stamp(new Date(m.updated)), role: plain }],
    ];
    const set = (top: number): { runs: TextRun[]; bottom: number } => {
      const runs: TextRun[] = [];
      let low = top;
      cells.forEach((cell, i) => {
        let at = top + PAD;
        for (const part of cell) {
          const colour = i === 2 && m.status === 'open' ? RED : undefined;
          const lines = textLines(part.text, part.role, LIST_SIZE, 'left', (xs[i] as number) + PAD, (xs[i + 1] as number) - (xs[i] as number) - 2 * PAD, at, fonts, colour);
          runs.push(...lines.runs);
          at = lines.bottom + 1;
        }
        low = Math.max(low, at);
      });
      return { runs, bottom: low + PAD };
    };
    let row = set(y);
    if (row.bottom > bottom && y > t.grid.top + 80) {
      newPage();
      row = set(y);
    }
    items.push(...row.runs);
    if (!e.page) {
      // A mark whose character is on no page is annotated on its row, so every mark is a comment in the PDF.
      const page = pages[pages.length - 1] as PageLayout;
      notes.set(page, [...(notes.get(page) ?? []), annotation(e, { x: xs[3] as number, top: y, width: (xs[4] as number) - (xs[3] as number), bottom: row.bottom })]);
    }
    y = row.bottom;
    rule(y, 0.3);
  }
  // Sign-off: who read the proof, who answers for the page, and when.
  if (y + 60 > bottom) newPage();
  y += 36;
  const signs = ['校对签字', '责任编辑签字', '日期'];
  signs.forEach((label, i) => {
    const x = left + (i * width) / signs.length;
    const set = textLines(label, bold, LIST_SIZE, 'left', x, width / signs.length, y, fonts);
    items.push(...set.runs);
    const end = set.runs.reduce((r, run) => Math.max(r, run.x + run.glyphs.reduce((w, g) => w + g.advance, 0)), x);
    items.push({ kind: 'rule', x1: end + 6, y1: set.bottom - 2, x2: x + width / signs.length - 24, y2: set.bottom - 2, width: 0.5, stroke: [0, 0, 0, 100] });
  });
  return { pages, annotations: notes };
}
