/**
 * Headings, paragraphs and pictures (from Markdown or Word) → drafts. The highest heading level is
 * the 主题 and each one starts an article; a heading or > quote directly above it is the 引题, a
 * heading directly below it the 副题. A --- (or Word page break) also ends an article. Without any
 * heading the blocks are read like plain text, so titles are recognised the same way.
 */
import type { SourceBlock } from './source-blocks.js';
import { articleId, type BodyItem, type Draft } from './draft.js';
import { type Notes, quote } from './notes.js';
import { parsePlain } from './parse-plain.js';
import type { Section, Unit } from './split-lines.js';
import { isBylineLine } from './text-rules.js';

type Role = 'kicker' | 'headline' | 'subhead';

export function parseBlocks(blocks: readonly SourceBlock[], notes: Notes, unit: 'line' | 'paragraph'): Draft[] {
  const roles = titleRoles(blocks);
  if (roles.size === 0) {
    notes.add('headline', 'No headings found: titles were recognised from the text as in a plain-text file.');
    return parsePlain(asSections(blocks), notes);
  }
  const drafts: Draft[] = [];
  let draft: Draft | undefined;
  const open = (line: number | undefined): Draft => {
    const next: Draft = { id: articleId(drafts.length), body: [] };
    if (line !== undefined) next.line = line;
    drafts.push(next);
    return next;
  };
  blocks.forEach((block, i) => {
    const role = roles.get(i);
    if (block.kind === 'break') {
      draft = undefined;
      return;
    }
    if (block.kind === 'text' && block.text === '') return; // empty paragraphs only matter to plain-text reading
    if (role === 'kicker' || (role === 'headline' && roles.get(i - 1) !== 'kicker')) {
      draft = open(block.line);
      if (drafts.length > 1) notes.add('article-boundary', `A new article starts at ${unit} ${block.line ?? i + 1}: a top-level heading${role === 'kicker' ? ' with its 引题' : ''}.`, { article: draft.id, line: block.line });
    }
    draft ??= open(block.line);
    const text = block.kind === 'heading' || block.kind === 'text' ? block.text : '';
    const where = { article: draft.id, line: block.line };
    if (role) {
      draft[role] = text;
      notes.add('headline', `${quote(text, 30)} (${unit} ${block.line ?? i + 1}) is the ${TIER[role]}: ${WHY[role]}.`, where);
      return;
    }
    if (block.kind === 'heading') {
      notes.add('warning', `The heading ${quote(block.text)} inside the text was kept as a paragraph (articles have no 小标题 yet).`, where);
    }
    addBody(draft, block, notes);
  });
  return drafts;
}

const TIER: Record<Role, string> = { kicker: '引题', headline: '主题', subhead: '副题' };
const WHY: Record<Role, string> = {
  kicker: 'it stands directly above the 主题',
  headline: 'the highest heading level',
  subhead: 'a heading directly under the 主题',
};

/** Which blocks are titles. The highest heading level present is the 主题 of each article. */
function titleRoles(blocks: readonly SourceBlock[]): Map<number, Role> {
  const roles = new Map<number, Role>();
  const depths = blocks.flatMap((b) => (b.kind === 'heading' ? [b.depth] : []));
  if (depths.length === 0) return roles;
  const top = Math.min(...depths);
  const isTop = (b: SourceBlock | undefined) => b?.kind === 'heading' && b.depth === top;
  blocks.forEach((b, i) => isTop(b) && roles.set(i, 'headline'));
  // 副题 before 引题: in "# A / ## B / # C", B belongs under A rather than above C.
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (isTop(b) && next?.kind === 'heading' && !isTop(next)) roles.set(i + 1, 'subhead');
  });
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    const kickerLike = prev?.kind === 'heading' || (prev?.kind === 'text' && prev.quote === true);
    if (isTop(b) && kickerLike && !roles.has(i - 1)) roles.set(i - 1, 'kicker');
  });
  return roles;
}

function addBody(draft: Draft, block: SourceBlock, notes: Notes): void {
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
