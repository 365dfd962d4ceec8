/** Draft → Article: shapes the body, fills what the schema requires, and checks it with the schema. */
import { InputError } from '../model/errors.js';
import { ArticleSchema, type Article } from '../model/issue.js';
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
    throw new InputError(file, `${at}${what} has no text under its headline`);
  }
  let headline = draft.headline;
  if (!headline) {
    headline = MISSING_HEADLINE;
    notes.add('warning', `No headline was found above ${quote(body.paragraphs[0] ?? '', 20)}; the headline is ${MISSING_HEADLINE} until an editor writes one.`, { article: draft.id, line: draft.line });
  }
  const data: Record<string, unknown> = { id: draft.id };
  if (draft.kicker) data.kicker = draft.kicker;
  data.headline = headline;
  if (draft.subhead) data.subhead = draft.subhead;
  if (body.byline) data.byline = body.byline;
  data.paragraphs = body.paragraphs;
  data.images = body.images;
  if (body.credit) data.credit = body.credit;
  return parseWith(ArticleSchema, data, file);
}
