/**
 * The article editor: 栏题, 引题, 主题, 副题, 电头, 编者按, 正文 (a paragraph a line) and 文末署名, named as
 * everywhere else (model/article-parts.ts).
 * Typing changes the draft at once and the page a moment later (the store sends the edit after
 * a pause). A text changed elsewhere (undo, redo) replaces the draft of that field.
 */
import { useEffect, useRef, useState } from 'react';
import { PART_NAMES } from '../../src-main/model/article-parts.js';
import type { Article } from '../../src-main/model/issue.js';
import type { ArticleChanges, EditorState, EditorStore } from '../store/editor-store.js';

type Field = 'banner' | 'kicker' | 'headline' | 'subhead' | 'byline' | 'note' | 'body' | 'credit';
type Draft = Record<Field, string>;

const fromArticle = (a: Article): Draft => ({
  banner: a.banner ?? '', kicker: a.kicker ?? '', headline: a.headline, subhead: a.subhead ?? '', byline: a.byline ?? '', note: a.note ?? '', body: a.paragraphs.join('\n'), credit: a.credit ?? '',
});

/** Headline tiers break between words by themselves; a line break typed into one is a forced break. */
const FIELDS: Array<{ field: Exclude<Field, 'body' | 'credit'>; rows: number; hint?: string }> = [
  { field: 'banner', rows: 1 },
  { field: 'kicker', rows: 1, hint: '回车强制换行' },
  { field: 'headline', rows: 2, hint: '回车强制换行' },
  { field: 'subhead', rows: 1, hint: '回车强制换行' },
  { field: 'byline', rows: 1 },
  { field: 'note', rows: 2 },
];

function changesOf(field: Field, value: string): ArticleChanges {
  if (field !== 'body') return { [field]: value };
  // A blank line is no paragraph; the text keeps at least one.
  const paragraphs = value.split('\n').filter((p) => p.trim() !== '');
  return { paragraphs: paragraphs.length ? paragraphs : [''] };
}

export function ArticlePanel({ store, state }: { store: EditorStore; state: EditorState }): React.JSX.Element {
  const article = state.doc?.articles.find((a) => a.id === state.article);
  const [draft, setDraft] = useState<Draft | undefined>(article && fromArticle(article));
  const sent = useRef<{ id?: string; values?: Draft }>({});

  useEffect(() => {
    if (!article) return;
    const now = fromArticle(article);
    if (sent.current.id !== article.id || !sent.current.values) {
      sent.current = { id: article.id, values: now };
      setDraft(now);
      return;
    }
    // Fields that differ from what this panel last sent were changed elsewhere (undo): take them.
    const last = sent.current.values;
    const changed = (Object.keys(now) as Field[]).filter((f) => now[f] !== last[f] && normal(f, now[f]) !== normal(f, last[f]));
    if (changed.length) {
      sent.current.values = now;
      setDraft((d) => (d ? { ...d, ...Object.fromEntries(changed.map((f) => [f, now[f]])) } : now));
    }
  }, [article]);

  if (!state.doc) return <div className="side-body" />;
  if (!article || !draft) {
    return (
      <div className="side-body hint">
        <p>在版面上点选一篇稿件，或从下面选择：</p>
        <ArticlePicker store={store} state={state} />
      </div>
    );
  }

  const type = (field: Field, value: string): void => {
    setDraft({ ...draft, [field]: value });
    sent.current.values = { ...(sent.current.values ?? draft), [field]: value };
    store.edit(article.id, changesOf(field, value));
  };
  const overset = state.doc.diagnostics.find((d) => d.kind === 'overset' && d.article === article.id);
  const pages = state.doc.pages.filter((p) => state.views.get(p.number)?.blocks.some((b) => b.article === article.id)).map((p) => p.number);
  const chars = [...draft.body.replace(/\s/g, '')].length;

  return (
    <div className="side-body article-editor" data-article={article.id}>
      <ArticlePicker store={store} state={state} />
      <div className="article-facts">
        {pages.length ? `第${pages.join('、')}版` : '未上版'} · 正文 {chars} 字
        {overset && overset.kind === 'overset' && <span className="badge error">超出 {overset.chars} 字</span>}
      </div>
      {FIELDS.map(({ field, rows, hint }) => (
        <label key={field} className="field">
          <span>{PART_NAMES[field]}{hint ? <small>（{hint}）</small> : null}</span>
          <textarea name={field} rows={rows} value={draft[field]} onChange={(e) => type(field, e.target.value)} spellCheck={false} />
        </label>
      ))}
      <label className="field grow">
        <span>{PART_NAMES.body} <small>（一行一段）</small></span>
        <textarea name="body" value={draft.body} onChange={(e) => type('body', e.target.value)} spellCheck={false} />
      </label>
      <label className="field">
        <span>{PART_NAMES.credit}</span>
        <textarea name="credit" rows={1} value={draft.credit} onChange={(e) => type('credit', e.target.value)} spellCheck={false} />
      </label>
    </div>
  );
}

/** Blank lines are not sent (changesOf drops them): a body that differs only by them is the same. */
const normal = (field: Field, value: string): string => (field === 'body' ? value.split('\n').filter((p) => p.trim() !== '').join('\n') : value);

function ArticlePicker({ store, state }: { store: EditorStore; state: EditorState }): React.JSX.Element {
  return (
    <select className="article-picker" value={state.article ?? ''} onChange={(e) => store.openArticle(e.target.value)}>
      <option value="" disabled>选择稿件…</option>
      {state.doc?.articles.map((a) => (
        <option key={a.id} value={a.id}>{a.headline}</option>
      ))}
    </select>
  );
}
