/** An article as a recogniser found it, before the body is shaped and the schema checks it. */

import type { Notes } from './notes.js';
import type { StyledRun } from './source-blocks.js';
import { isEditorsNote } from './text-rules.js';

export type BodyItem =
  /**
   * `heading`: a 小标题 (crosshead, or an item title of a brief column), set bold as a paragraph
   * of its own. `runIn`: the length of a bold title at the paragraph's start (■东渡区新增三处口袋公园).
   */
  | { kind: 'text'; text: string; line?: number; styled?: StyledRun[]; heading?: boolean; runIn?: number }
  | { kind: 'image'; src: string; caption?: string; credit?: string; line?: number };

export interface Draft {
  id: string;
  /** Where the article starts in the source (1-based line), when the format has lines. */
  line?: number;
  banner?: string;
  kicker?: string;
  headline?: string;
  subhead?: string;
  /** A reporter line that stood on its own above the body (本报记者 张三). */
  byline?: string;
  /** A column of short items (简讯): its items' leads stay in their paragraphs. */
  briefs?: boolean;
  body: BodyItem[];
}

export function articleId(index: number): string {
  return `article-${index + 1}`;
}

/** The title lines of a draft, in order: what a title-only draft hands on to the story below it. */
export function titleLines(draft: Draft): string[] {
  return [draft.banner, draft.kicker, draft.headline, draft.subhead].filter((t): t is string => t !== undefined && t !== '');
}

/**
 * Titles with no story under them (a page banner, a 栏题 over several stories, a heading over a
 * column) become the 栏题 of the story that follows; an 编者按 standing alone goes with it too.
 * A heading is never made an article of its own nor a body paragraph.
 */
export function handOnLeadingMatter(drafts: readonly Draft[], notes: Notes): Draft[] {
  const out: Draft[] = [];
  let pending: { titles: string[]; body: BodyItem[]; line?: number } | undefined;
  for (const draft of drafts) {
    const text = draft.body.filter((b) => b.kind === 'text' || b.kind === 'image');
    const titlesOnly = text.length === 0 && titleLines(draft).length > 0 && draft.byline === undefined;
    const noteOnly = titleLines(draft).length === 0 && text.length > 0 && text.every((b) => b.kind === 'text' && isEditorsNote(b.text));
    if (titlesOnly || noteOnly) {
      pending ??= { titles: [], body: [] };
      pending.titles.push(...titleLines(draft));
      pending.body.push(...draft.body);
      if (draft.line !== undefined) pending.line ??= draft.line;
      continue;
    }
    if (pending) {
      const banner = [...pending.titles, ...(draft.banner ? [draft.banner] : [])].join('　');
      const next: Draft = { ...draft, body: [...pending.body, ...draft.body] };
      if (banner) {
        next.banner = banner;
        notes.add('headline', `“${pending.titles.join('　')}” stands above the story with no text of its own: it is the 栏题 of the story below it.`, { article: draft.id, line: pending.line });
      }
      out.push(next);
      pending = undefined;
      continue;
    }
    out.push(draft);
  }
  if (pending && out.length > 0) {
    // Titles after the last story: kept as a 小标题 at its end, never dropped.
    const last = out[out.length - 1] as Draft;
    const heading = pending.titles.map((text): BodyItem => ({ kind: 'text', text, heading: true }));
    out[out.length - 1] = { ...last, body: [...last.body, ...pending.body, ...heading] };
    notes.add('headline', `“${pending.titles.join('　')}” stands after the last story with no text under it: kept as a 小标题 at its end; check it.`, { article: last.id, line: pending.line });
  } else if (pending) {
    // Nothing but titles: the first is the headline, the others its text.
    const [headline = '', ...rest] = pending.titles;
    const only: Draft = { id: articleId(0), headline, body: [...pending.body, ...rest.map((text): BodyItem => ({ kind: 'text', text }))] };
    if (pending.line !== undefined) only.line = pending.line;
    out.push(only);
  }
  // Numbered anew, the notes following their articles.
  const ids = new Map(out.map((d, i) => [d.id, articleId(i)]));
  notes.renameArticles(ids);
  return out.map((d) => ({ ...d, id: ids.get(d.id) ?? d.id }));
}
