/**
 * The articles on no page (未上版): drag one onto the page to place it, in as many columns as
 * chosen here (an article taken off a page starts in the columns it had); its height is fitted
 * to its text where there is room. Double-click to edit it.
 */
import { readsOnly, type EditorState, type EditorStore } from '../store/editor-store.js';

export function UnplacedPanel({ store, state }: { store: EditorStore; state: EditorState }): React.JSX.Element {
  const doc = state.doc;
  if (!doc) return <div className="side-body" />;
  const columns = state.views.get(state.page)?.grid.columns ?? 8;
  const articles = doc.unplaced.map((id) => doc.articles.find((a) => a.id === id)).filter((a) => a !== undefined);
  return (
    <div className="side-body unplaced-panel">
      <div className="span-picker">
        <span>上版栏数</span>
        <div className="segmented small" role="group" aria-label="上版栏数">
          {Array.from({ length: columns }, (_, i) => i + 1).map((n) => (
            <button key={n} className={state.dropSpan === n ? 'on' : ''} onClick={() => store.setDropSpan(n)} data-span={n}>{n}</button>
          ))}
        </div>
      </div>
      {articles.length === 0 && <p className="hint">所有稿件都已上版。导入的稿件会列在这里。</p>}
      {articles.length > 0 && <p className="hint">把稿件拖到版面上：左上角落在哪一栏、哪一行，稿件就排在那里，高度按正文自动计算。</p>}
      <ul className="unplaced-list">
        {articles.map((a) => (
          <li
            key={a.id}
            className="unplaced-item"
            data-article={a.id}
            title="拖到版面上；双击编辑"
            onPointerDown={(e) => {
              if (e.button !== 0 || state.mode !== 'layout' || readsOnly(state)) return;
              e.preventDefault();
              if (a.lastBlock) store.setDropSpan(Math.min(a.lastBlock.span, columns));
              store.dragArticle({ article: a.id, headline: a.headline, x: e.clientX, y: e.clientY });
            }}
            onDoubleClick={() => store.openArticle(a.id)}
          >
            <b>{a.headline}</b>
            <span className="unplaced-facts">正文 {[...a.paragraphs.join('').replace(/\s/g, '')].length} 字{a.images.length ? ` · 图 ${a.images.length}` : ''}{a.lastBlock ? ` · 原 ${a.lastBlock.span} 栏` : ''}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
