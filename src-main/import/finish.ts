/** Draft → Article: shapes the body, fills what the schema requires, and checks it with the schema. */
import { InputError } from '../model/errors.js';
import { ArticleSchema, type Article, type StyleRange } from '../model/issue.js';
import { parseWith } from '../model/validate.js';
import type { Draft } from './draft.js';
import { type Notes, quote } from './notes.js';
import { shapeBody } from './shape-body.js';

/** Set when no title was found: bracketed so that it stands out in a proof and is never printed by mistake. */
export const MISSING_HEADLINE = '【缺标题】';

export function finishArticles(drafts: readonly Draft[], file: string, notes: Notes): Article[] {
  return drafts.map((draft) => finishArticle(draft, file, notes));
}

function finishArticle(draft: Draft, file: string, notes: Notes): Article {
  const body = shapeBody(draft, notes);
  const at = draft.line === undefined ? '' : `line ${draft.line}: `;
  if (body.paragraphs.length === 0) {
    const what = draft.headline ? `the article ${quote(draft.headline, 24)}` : `article ${draft.id}`;
    throw new InputError(file, `${at}${what} has no text under its headline`, `${draft.line === undefined ? '' : `第 ${draft.line} 行：`}${draft.headline ? `稿件“${quote(draft.headline, 24)}”` : `稿件 ${draft.id}`}的标题下面没有正文`);
  }
  let headline = draft.headline;
  if (!headline) {
    headline = MISSING_HEADLINE;
    notes.add('warning', `No headline was found above ${quote(body.paragraphs[0] ?? '', 20)}; the headline is ${MISSING_HEADLINE} until an editor writes one.`, { article: draft.id, line: draft.line });
  }
  const data: Record<string, unknown> = { id: draft.id };
  if (draft.banner) data.banner = draft.banner;
  if (draft.kicker) data.kicker = draft.kicker;
  data.headline = headline;
  if (draft.subhead) data.subhead = draft.subhead;
  if (body.byline) data.byline = body.byline;
  if (body.note) data.note = body.note;
  data.paragraphs = body.paragraphs;
  // A run the source styled inside a 小标题 is bold already.
  const inHeading = (r: StyleRange): boolean => body.headings.some((h) => h.paragraph === r.paragraph && r.start < h.end && h.start < r.end);
  const styles = [...body.headings, ...placeStyles(draft, body.paragraphs, notes).filter((r) => !inHeading(r))].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  if (styles.length > 0) data.styles = styles;
  data.images = body.images;
  if (body.credit) data.credit = body.credit;
  return parseWith(ArticleSchema, data, file);
}

/**
 * Bold and italic runs, found again in the final paragraphs (fragments joined, the lead split
 * off), in order. A run that can no longer be found (it was in the byline or a caption) is noted.
 */
function placeStyles(draft: Draft, paragraphs: readonly string[], notes: Notes): StyleRange[] {
  const ranges: StyleRange[] = [];
  let paragraph = 0;
  let from = 0;
  for (const item of draft.body) {
    if (item.kind !== 'text') continue;
    for (const run of item.styled ?? []) {
      const at = findFrom(paragraphs, run.text, paragraph, from);
      if (!at) {
        notes.add('warning', `The ${run.style} run ${quote(run.text)} is not in the body text (a byline or caption?) and was imported plain.`, { article: draft.id, line: item.line });
        continue;
      }
      ranges.push({ paragraph: at.paragraph, start: at.start, end: at.start + run.text.length, style: run.style });
      paragraph = at.paragraph;
      from = at.start + run.text.length;
    }
  }
  return ranges;
}

function findFrom(paragraphs: readonly string[], text: string, paragraph: number, from: number): { paragraph: number; start: number } | undefined {
  for (let p = paragraph; p < paragraphs.length; p++) {
    const start = (paragraphs[p] as string).indexOf(text, p === paragraph ? from : 0);
    if (start >= 0) return { paragraph: p, start };
  }
  return undefined;
}

