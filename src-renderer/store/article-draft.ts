/**
 * What the article editor has typed that the document does not have yet, per article and field.
 * The editor's text wins over the document's until the session has taken it: a reply to an
 * older edit never replaces newer typing, a refused edit stays with its reason, and a draft
 * survives switching to another article. A field with no draft shows the document's text, so
 * undo and redo show up by themselves.
 */
import type { Article } from '../../src-main/model/issue.js';
import type { BanmianApi } from '../../src-main/api/api-types.js';

export type ArticleChanges = Parameters<BanmianApi['editArticle']>[0]['changes'];
export type Field = 'banner' | 'kicker' | 'headline' | 'subhead' | 'byline' | 'note' | 'body' | 'credit';
export type FieldTexts = Record<Field, string>;

export interface FieldDraft {
  value: string;
  /** Typed since it was last sent. */
  dirty: boolean;
  /** The value on its way to the session. */
  sending?: string;
  /** Why the session refused the value last sent. */
  refused?: string;
}
export type ArticleDraft = Partial<Record<Field, FieldDraft>>;
export type Drafts = ReadonlyMap<string, ArticleDraft>;

/** One article's changed fields as sent, with the values they were sent as. */
export interface OutgoingEdit {
  article: string;
  changes: ArticleChanges;
  sent: Partial<FieldTexts>;
}

export const textsOf = (a: Article): FieldTexts => ({
  banner: a.banner ?? '', kicker: a.kicker ?? '', headline: a.headline, subhead: a.subhead ?? '', byline: a.byline ?? '', note: a.note ?? '', body: a.paragraphs.join('\n'), credit: a.credit ?? '',
});

/** What the editor shows: the draft where there is one, else the document. */
export function shownTexts(article: Article, draft: ArticleDraft | undefined): FieldTexts {
  const texts = textsOf(article);
  for (const [field, d] of Object.entries(draft ?? {}) as Array<[Field, FieldDraft]>) texts[field] = d.value;
  return texts;
}

export function changesOf(field: Field, value: string): ArticleChanges {
  if (field !== 'body') return { [field]: value };
  // A blank line is no paragraph; the text keeps at least one.
  const paragraphs = value.split('\n').filter((p) => p.trim() !== '');
  return { paragraphs: paragraphs.length ? paragraphs : [''] };
}

/** Blank lines are not sent (changesOf drops them): a body that differs only by them is the same. */
const normal = (field: Field, value: string): string => (field === 'body' ? value.split('\n').filter((p) => p.trim() !== '').join('\n') : value);

const withArticle = (drafts: Drafts, article: string, draft: ArticleDraft): Drafts => {
  const next = new Map(drafts);
  if (Object.keys(draft).length) next.set(article, draft);
  else next.delete(article);
  return next;
};

export function typed(drafts: Drafts, article: string, field: Field, value: string): Drafts {
  const d = drafts.get(article) ?? {};
  return withArticle(drafts, article, { ...d, [field]: { ...d[field], value, dirty: true } });
}

/** The edits to send now (every field typed since it was last sent), and the drafts marked as sending them. */
export function outgoing(drafts: Drafts): { drafts: Drafts; edits: OutgoingEdit[] } {
  const edits: OutgoingEdit[] = [];
  const next = new Map(drafts);
  for (const [article, draft] of drafts) {
    const dirty = (Object.entries(draft) as Array<[Field, FieldDraft]>).filter(([, d]) => d.dirty);
    if (!dirty.length) continue;
    const changes = Object.assign({}, ...dirty.map(([f, d]) => changesOf(f, d.value))) as ArticleChanges;
    edits.push({ article, changes, sent: Object.fromEntries(dirty.map(([f, d]) => [f, d.value])) });
    next.set(article, { ...draft, ...Object.fromEntries(dirty.map(([f, d]) => [f, { ...d, dirty: false, sending: d.value }])) });
  }
  return { drafts: next, edits };
}

/**
 * The drafts once the session answered `edit`. Taken: a field not typed since is the
 * document's again (kept only while it differs from it by blank lines being typed). Refused: the
 * draft stays, with the reason.
 */
export function answered(drafts: Drafts, edit: OutgoingEdit, answer: { ok: true; article?: Article } | { ok: false; message: string }): Drafts {
  const draft = drafts.get(edit.article);
  if (!draft) return drafts;
  const next: ArticleDraft = { ...draft };
  const now = answer.ok && answer.article ? textsOf(answer.article) : undefined;
  for (const [field, value] of Object.entries(edit.sent) as Array<[Field, string]>) {
    const d = next[field];
    if (!d) continue;
    const { sending: _s, refused: _r, ...rest } = d;
    const settled: FieldDraft = d.sending === value ? rest : { ...rest, ...(d.sending !== undefined ? { sending: d.sending } : {}) };
    if (!answer.ok) next[field] = { ...settled, refused: answer.message };
    else if (d.dirty || d.value !== value || settled.sending !== undefined) next[field] = settled;
    else if (now && normal(field, now[field]) === normal(field, value) && now[field] !== value) next[field] = settled;
    else delete next[field];
  }
  return withArticle(drafts, edit.article, next);
}

/**
 * The drafts after the document changed (undo, redo, another command): one held only for its
 * blank lines goes when the document moved away from it; drafts of articles no longer in the
 * issue go too. Typing not yet taken, and refused drafts, stay.
 */
export function reconciled(drafts: Drafts, articles: readonly Article[]): Drafts {
  if (drafts.size === 0) return drafts;
  const byId = new Map(articles.map((a) => [a.id, a]));
  let next: Map<string, ArticleDraft> | undefined;
  for (const [id, draft] of drafts) {
    const article = byId.get(id);
    const kept: ArticleDraft = {};
    if (article) {
      const now = textsOf(article);
      for (const [field, d] of Object.entries(draft) as Array<[Field, FieldDraft]>) {
        const held = !d.dirty && d.sending === undefined && d.refused === undefined;
        if (!held || normal(field, now[field]) === normal(field, d.value)) kept[field] = d;
      }
    }
    if (Object.keys(kept).length !== Object.keys(draft).length) {
      next ??= new Map(drafts);
      if (Object.keys(kept).length) next.set(id, kept);
      else next.delete(id);
    }
  }
  return next ?? drafts;
}

/** The article's refused drafts given up: its fields show the document's text again. */
export function givenUp(drafts: Drafts, article: string): Drafts {
  const draft = drafts.get(article);
  if (!draft) return drafts;
  return withArticle(drafts, article, Object.fromEntries((Object.entries(draft) as Array<[Field, FieldDraft]>).filter(([, d]) => d.refused === undefined)));
}

/** The first reason the session gave for refusing one of the article's drafts. */
export const refusalOf = (draft: ArticleDraft | undefined): string | undefined => Object.values(draft ?? {}).find((d) => d.refused !== undefined)?.refused;
