/**
 * Headings, paragraphs and pictures (from Markdown or Word) → drafts. Headings that stand together
 * (a > quote directly above them counts as one) are a story's titles: the heading level that most
 * title groups share is the 主题's, a heading above it the 引题 (and one above that the 栏题), one
 * below it the 副题, and a line starting with —— is a 副题 whatever its level. A single heading
 * deeper than the 主题's inside a story is a 小标题. Titles with no text under them are handed on
 * as the 栏题 of the story below (draft.ts). A --- (or Word page break) also ends an article.
 * Without any heading the blocks are read like plain text, so titles are recognised the same way.
 */
import type { SourceBlock } from './source-blocks.js';
import { articleId, type BodyItem, type Draft, handOnLeadingMatter } from './draft.js';
import { type Notes, quote } from './notes.js';
import { parsePlain } from './parse-plain.js';
import type { Section, Unit } from './split-lines.js';
import { titleTiers } from './title-tiers.js';
import { isBriefsHeading, isBylineLine, isDashSubhead, runInTitle } from './text-rules.js';

/** A run of title blocks: indexes into the blocks, and their heading depths (a quote has none). */
interface TitleGroup {
  at: number[];
  depths: Array<number | undefined>;
}

export function parseBlocks(source: readonly SourceBlock[], notes: Notes, unit: 'line' | 'paragraph'): Draft[] {
  // Empty paragraphs only matter to plain-text reading.
  const blocks = source.filter((b) => !(b.kind === 'text' && b.text === ''));
  if (!blocks.some((b) => b.kind === 'heading')) {
    notes.add('headline', 'No headings found: titles were recognised from the text as in a plain-text file.');
    return parsePlain(asSections(source), notes);
  }
  const groups = titleGroups(blocks);
  const depth = headlineDepth(groups);
  const groupAt = new Map(groups.map((g) => [g.at[0] as number, g]));
  const drafts: Draft[] = [];
  let draft: Draft | undefined;
  const where = (d: Draft, line: number | undefined) => ({ article: d.id, line });
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as SourceBlock;
    if (block.kind === 'break') {
      draft = undefined;
      continue;
    }
    const group = groupAt.get(i);
    const hasText = draft !== undefined && draft.body.length > 0;
    if (group && block.kind === 'heading' && hasText && group.at.length === 1 && block.depth > depth) {
      // A lone heading deeper than the 主题's, inside a story: its 小标题.
      addBody(draft as Draft, block, notes, true);
      notes.add('headline', `${quote(block.text)} (${unit} ${block.line ?? i + 1}) is a 小标题, set bold on a line of its own.`, where(draft as Draft, block.line));
      continue;
    }
    if (group) {
      draft = { id: articleId(drafts.length), body: [] };
      if (block.line !== undefined) draft.line = block.line;
      drafts.push(draft);
      if (drafts.length > 1) notes.add('article-boundary', `A new article starts at ${unit} ${block.line ?? i + 1}: a title group.`, where(draft, block.line));
      setTitles(draft, group, blocks, depth, notes, unit);
      i = (group.at[group.at.length - 1] as number);
      continue;
    }
    if (!draft) {
      draft = { id: articleId(drafts.length), body: [] };
      if (block.line !== undefined) draft.line = block.line;
      drafts.push(draft);
    }
    addBody(draft, block, notes, false);
  }
  return handOnLeadingMatter(drafts, notes);
}

/** Headings standing together, with a > quote directly above a heading. */
function titleGroups(blocks: readonly SourceBlock[]): TitleGroup[] {
  const groups: TitleGroup[] = [];
  let open: TitleGroup | undefined;
  blocks.forEach((b, i) => {
    const quoteAbove = b.kind === 'text' && b.quote === true && blocks[i + 1]?.kind === 'heading';
    if (b.kind === 'heading' || (quoteAbove && !open)) {
      open ??= { at: [], depths: [] };
      open.at.push(i);
      open.depths.push(b.kind === 'heading' ? b.depth : undefined);
    } else if (open) {
      groups.push(open);
      open = undefined;
    }
  });
  if (open) groups.push(open);
  return groups;
}

/** The level most title groups have: the 主题's (the higher one on a tie). */
function headlineDepth(groups: readonly TitleGroup[]): number {
  const counts = new Map<number, number>();
  for (const g of groups) for (const d of new Set(g.depths)) if (d !== undefined) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1;
}

function setTitles(draft: Draft, group: TitleGroup, blocks: readonly SourceBlock[], depth: number, notes: Notes, unit: string): void {
  const texts = group.at.map((k) => {
    const b = blocks[k];
    return b?.kind === 'heading' || b?.kind === 'text' ? b.text : '';
  });
  let reason: string;
  let tiers: { banner?: string; kicker?: string; headline: string; subhead?: string };
  if (texts.some((t, k) => k > 0 && isDashSubhead(t)) || !group.depths.includes(depth)) {
    const read = titleTiers(texts);
    tiers = read;
    reason = read.reason;
  } else {
    // The last heading at the 主题's level is the 主题; those at its level above it are 栏题.
    const main = group.depths.lastIndexOf(depth);
    const above = texts.slice(0, main);
    const sameLevel = group.depths.slice(0, main).filter((d) => d === depth).length;
    const kickerAt = above.length > sameLevel ? above.length - 1 : -1;
    const banners = above.filter((_, k) => k !== kickerAt);
    const below = texts.slice(main + 1);
    tiers = { headline: texts[main] ?? '' };
    if (banners.length > 0) tiers.banner = banners.join('　');
    if (kickerAt >= 0) tiers.kicker = above[kickerAt] as string;
    if (below.length > 0) tiers.subhead = below.join('　');
    reason = 'the level most title groups share is the 主题; above it the 引题 (and the 栏题), below it the 副题';
  }
  Object.assign(draft, tiers);
  draft.briefs = isBriefsHeading(tiers.headline);
  const named = [tiers.banner && `栏题 ${quote(tiers.banner, 30)}`, tiers.kicker && `引题 ${quote(tiers.kicker, 30)}`, `主题 ${quote(tiers.headline, 30)}`, tiers.subhead && `副题 ${quote(tiers.subhead, 30)}`];
  const line = blocks[group.at[0] as number]?.line;
  notes.add('headline', `Titles at ${unit} ${line ?? '?'}: ${named.filter(Boolean).join(', ')} (${reason}).`, { article: draft.id, line });
}

function addBody(draft: Draft, block: SourceBlock, notes: Notes, heading: boolean): void {
  if (block.kind === 'image') {
    const item: BodyItem = { kind: 'image', src: block.src };
    if (block.caption) item.caption = block.caption;
    if (block.credit) item.credit = block.credit;
    if (block.line !== undefined) item.line = block.line;
    draft.body.push(item);
    return;
  }
  if (block.kind !== 'text' && block.kind !== 'heading') return;
  const where = { article: draft.id, line: block.line };
  if (draft.headline && !draft.byline && draft.body.length === 0 && isBylineLine(block.text)) {
    draft.byline = block.text;
    notes.add('byline', `Byline ${quote(block.text, 30)} taken from the reporter line under the titles.`, where);
    return;
  }
  const item: BodyItem = { kind: 'text', text: block.text };
  if (block.line !== undefined) item.line = block.line;
  if (block.kind === 'text' && block.styled?.length) item.styled = block.styled;
  if (heading) item.heading = true;
  const runIn = runInTitle(block.text);
  if (runIn > 0) item.runIn = runIn;
  draft.body.push(item);
}

/** Blocks without headings → plain-text sections: empty paragraphs count as blank lines, breaks as separators. */
function asSections(blocks: readonly SourceBlock[]): Section[] {
  const sections: Section[] = [{ units: [] }];
  let blanks = 0;
  blocks.forEach((block, i) => {
    const line = block.line ?? i + 1;
    const units = sections[sections.length - 1]?.units;
    if (block.kind === 'break') {
      sections.push({ units: [], separatorLine: line });
      blanks = 0;
    } else if (block.kind === 'image') {
      const { kind: _kind, line: _line, ...image } = block;
      units?.push({ text: '', line, blanksBefore: blanks, indented: false, image });
      blanks = 0;
    } else if (block.text === '') {
      blanks++;
    } else {
      const unit: Unit = { text: block.text, line, blanksBefore: blanks, indented: false };
      units?.push(unit);
      blanks = 0;
    }
  });
  return sections.filter((s) => s.units.length > 0);
}
