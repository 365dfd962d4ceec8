/**
 * The article editor: 栏题, 引题, 主题, 副题, 电头, 编者按, 正文 (a paragraph a line) and 文末署名, named as
 * everywhere else (model/article-parts.ts).
 * A field shows what was typed into it until the page has it (the store's drafts, sent as they
 * are typed), else the document's text, so undo and redo show up by themselves. A refused
 * edit stays in its field with the reason until the editor changes it or gives it up.
 */
import { PART_NAMES } from '../../src-main/model/article-parts.js';
import { refusalOf, shownTexts, type Field } from '../store/article-draft.js';
import { readsOnly, type EditorState, type EditorStore } from '../store/editor-store.js';
import { copyfitOf, copyfitText } from './copyfit.js';
import { HeadlineControls } from './HeadlineControls.js';
import { PhotoControls } from './PhotoControls.js';

/** Headline tiers break between words by themselves; a line break typed into one is a forced break. */
const FIELDS: Array<{ field: Exclude<Field, 'body' | 'credit'>; rows: number; hint?: string }> = [
  { field: 'banner', rows: 1 },
  { field: 'kicker', rows: 1, hint: '回车强制换行' },
  { field: 'headline', rows: 2, hint: '回车强制换行' },
  { field: 'subhead', rows: 1, hint: '回车强制换行' },
  { field: 'byline', rows: 1 },
  { field: 'note', rows: 2 },
];

export function ArticlePanel({ store, state }: { store: EditorStore; state: EditorState }): React.JSX.Element {
  const article = state.doc?.articles.find((a) => a.id === state.article);
  if (!state.doc) return <div className="side-body" />;
  if (!article) {
    return (
      <div className="side-body hint">
        <p>在版面上点选一篇稿件，或从下面选择：</p>
        <ArticlePicker store={store} state={state} />
      </div>
    );
  }

  const draft = state.drafts.get(article.id);
  const texts = shownTexts(article, draft);
  const refused = refusalOf(draft);
  const type = (field: Field, e: React.ChangeEvent<HTMLTextAreaElement>): void => store.edit(article.id, field, e.target.value, (e.nativeEvent as InputEvent).isComposing);
  const composed = (): void => store.typedEnd();
  const pages = state.doc.pages.filter((p) => state.views.get(p.number)?.blocks.some((b) => b.article === article.id)).map((p) => p.number);
  const chars = [...texts.body.replace(/\s/g, '')].length;
  const readOnly = readsOnly(state);
  const fit = pages.length > 0 ? copyfitOf(state.doc.diagnostics, article.id) : undefined;

  return (
    <div className="side-body article-editor" data-article={article.id}>
      <ArticlePicker store={store} state={state} />
      <div className="article-facts">
        {pages.length ? `第${pages.join('、')}版` : '未上版'} · 正文 {chars} 字
        {fit && <span className={`copyfit ${fit.kind}`} data-copyfit={fit.kind}>{copyfitText(fit)}</span>}
      </div>
      {fit?.kind === 'over' && state.mode === 'layout' && !readOnly && (
        <div
          className="jump-handle"
          data-cmd="jump"
          title="翻到要接排的版，把它拖到版面上：超出的文字在那里接着排，两头自动加“下转”“上接”"
          onPointerDown={(e) => {
            if (e.button !== 0) return;
            e.preventDefault();
            const last = lastBlockOf(state, article.id, pages);
            if (last) store.setDropSpan(Math.min(last.span, state.views.get(state.page)?.grid.columns ?? last.span));
            store.dragArticle({ article: article.id, headline: article.headline, x: e.clientX, y: e.clientY, jump: true });
          }}
        >
          ⤵ 下转：翻到后面的版，把这里拖到版面上
        </div>
      )}
      {state.mode === 'layout' && (() => {
        const selected = state.selected && state.views.get(state.selected.page)?.blocks[state.selected.block];
        const first = pages[0] !== undefined ? state.views.get(pages[0])?.blocks.find((b) => b.article === article.id) : undefined;
        // The headline and the frames are in the story's first block; a continuation repeats the headline in the template's style.
        const block = selected && selected.article === article.id && state.selected?.page === pages[0] && first?.index === selected.index ? selected : undefined;
        return (
          <>
            {block && <HeadlineControls store={store} block={block} article={article} readOnly={readOnly} />}
            <PhotoControls store={store} article={article} block={block} readOnly={readOnly} />
          </>
        );
      })()}
      {refused && (
        <div className="draft-refused" role="alert">
          <span>这里的修改没有排上版面：{refused}</span>
          <button type="button" onClick={() => store.giveUpDraft(article.id)}>恢复为版面上的文字</button>
        </div>
      )}
      {FIELDS.map(({ field, rows, hint }) => (
        <label key={field} className="field">
          <span>{PART_NAMES[field]}{hint ? <small>（{hint}）</small> : null}</span>
          <textarea name={field} rows={rows} value={texts[field]} readOnly={readOnly} onChange={(e) => type(field, e)} onCompositionEnd={composed} spellCheck={false} />
        </label>
      ))}
      <label className="field grow">
        <span>{PART_NAMES.body} <small>（一行一段）</small></span>
        <textarea name="body" value={texts.body} readOnly={readOnly} onChange={(e) => type('body', e)} onCompositionEnd={composed} spellCheck={false} />
      </label>
      <label className="field">
        <span>{PART_NAMES.credit}</span>
        <textarea name="credit" rows={1} value={texts.credit} readOnly={readOnly} onChange={(e) => type('credit', e)} onCompositionEnd={composed} spellCheck={false} />
      </label>
    </div>
  );
}

function ArticlePicker({ store, state }: { store: EditorStore; state: EditorState }): React.JSX.Element {
  return (
    <select className="article-picker" value={state.article ?? ''} onChange={(e) => store.openArticle(e.target.value)}>
      <option value="" disabled>选择稿件…</option>
      {state.doc?.articles.map((a) => (
        <option key={a.id} value={a.id}>{a.headline}{refusalOf(state.drafts.get(a.id)) ? '（有未排上版的修改）' : ''}</option>
      ))}
    </select>
  );
}

/** The story's block its text leaves last, as the flow reads them: pages in order, blocks in page order. */
function lastBlockOf(state: EditorState, article: string, pages: readonly number[]): { span: number } | undefined {
  const page = pages[pages.length - 1];
  return page === undefined ? undefined : state.views.get(page)?.blocks.filter((b) => b.article === article).pop();
}
