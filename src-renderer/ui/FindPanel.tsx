/**
 * 查找替换 across the issue (Ctrl+F): every place the text stands, in page order, each naming its
 * page and part; Enter goes to the next (Shift+Enter the one before), lighting it on its page.
 * 替换 changes the place gone to, 全部替换 all of them, each one undoable step.
 */
import { useEffect, useMemo, useRef } from 'react';
import { PART_NAMES } from '../../src-main/model/article-parts.js';
import { findText, hitContext, type TextHit } from '../../src-main/model/find-text.js';
import type { PageLayout } from '../../src-main/model/display-list.js';
import { characterBox } from '../../src-main/proof/glyph-boxes.js';
import { readsOnly, type EditorState, type EditorStore, type Highlight } from '../store/editor-store.js';

interface Found extends TextHit {
  /** The page it is set on; undefined when its article is on no page or it is in the overset. */
  page?: number;
}

export function FindPanel({ store, state }: { store: EditorStore; state: EditorState }): React.JSX.Element {
  const field = useRef<HTMLInputElement>(null);
  /** After 替换 the list is found anew: then the place now at the same index (the next one) is gone to. */
  const advance = useRef(false);
  const { text, replace, matchCase, current } = state.find;
  const doc = state.doc;
  const views = state.views;
  const hits = useMemo((): Found[] => {
    if (!doc) return [];
    const pageOf = textPages(views);
    const found = findText(doc.articles, { find: text, matchCase }).map((h) => ({ ...h, page: pageOf(h) }));
    // In page order; what is on no page last, in the order.
    return found.map((h, i) => ({ h, i })).sort((a, b) => (a.h.page ?? 1e9) - (b.h.page ?? 1e9) || a.i - b.i).map(({ h }) => h);
  }, [doc, views, text, matchCase]);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [state.findFocus]);

  const busy = state.busy;
  useEffect(() => {
    if (!advance.current || busy) return;
    advance.current = false;
    go(current);
    // Gone to once the answer and its pages are in (the command is no longer busy).
  }, [hits, busy]);

  if (!doc) return <div className="side-body" />;
  const readOnly = readsOnly(state);
  const at = current >= 0 ? hits[current] : undefined;
  function go(index: number): void {
    const n = hits.length;
    const hit = hits[((index % n) + n) % n];
    if (!hit) return;
    store.goToHit(hit.article, lit(hit, hit.page === undefined ? undefined : views.get(hit.page)?.layout), hits.indexOf(hit));
  }
  const headlineOf = (id: string): string => doc.articles.find((a) => a.id === id)?.headline ?? id;

  return (
    <div className="side-body find-panel">
      <label className="field">
        <span>查找</span>
        <input
          ref={field}
          name="find"
          value={text}
          autoFocus
          spellCheck={false}
          onChange={(e) => store.setFind({ text: e.target.value, current: -1 })}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            go(e.shiftKey ? current - 1 : current + 1);
          }}
        />
      </label>
      <label className="field">
        <span>替换为</span>
        <input name="replace" value={replace} spellCheck={false} readOnly={readOnly} onChange={(e) => store.setFind({ replace: e.target.value })} />
      </label>
      <label className="find-case">
        <input type="checkbox" checked={matchCase} onChange={(e) => store.setFind({ matchCase: e.target.checked, current: -1 })} /> 区分大小写（西文）
      </label>
      <div className="find-actions">
        <span className="find-count" data-count={hits.length}>{text === '' ? '' : hits.length === 0 ? '没有找到' : at ? `第 ${current + 1} 处，共 ${hits.length} 处` : `共 ${hits.length} 处`}</span>
        <button type="button" data-cmd="find-previous" disabled={hits.length === 0} onClick={() => go(current - 1)} title="上一处（Shift+回车）">↑</button>
        <button type="button" data-cmd="find-next" disabled={hits.length === 0} onClick={() => go(current + 1)} title="下一处（回车）">↓</button>
      </div>
      <div className="find-actions">
        <button type="button" data-cmd="replace" disabled={!at || readOnly} onClick={() => {
            if (!at) return;
            advance.current = true;
            void store.replaceText({ article: at.article, part: at.part, paragraph: at.paragraph, offset: at.offset });
          }}>替换</button>
        <button type="button" data-cmd="replace-all" disabled={hits.length === 0 || readOnly} onClick={() => void store.replaceText()}>全部替换</button>
      </div>
      <ol className="find-list">
        {hits.map((h, i) => {
          const article = doc.articles.find((a) => a.id === h.article);
          const words = article ? hitContext(article, h) : { before: '', match: '', after: '' };
          const where = h.page !== undefined ? `第${h.page}版` : doc.unplaced.includes(h.article) ? '未上版' : '超出未排';
          return (
            <li key={`${h.article}:${h.part}:${h.paragraph}:${h.offset}`} className={`find-item${i === current ? ' on' : ''}`} data-page={h.page ?? ''}>
              <button type="button" onClick={() => go(i)}>
                <span className="find-where">{where} · 《{headlineOf(h.article)}》{PART_NAMES[h.part]}</span>
                <span className="find-words">{words.before}<mark>{words.match}</mark>{words.after}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/**
 * Which page a place in an article's text is set on: the runs of every page indexed once by
 * article, part and paragraph with the offsets they cover (a list of hits asks for each).
 */
function textPages(views: EditorState['views']): (hit: TextHit) => number | undefined {
  const covered = new Map<string, Array<{ page: number; from: number; to: number }>>();
  for (const [page, view] of [...views].sort(([a], [b]) => a - b)) {
    for (const item of view.layout.items) {
      const src = item.kind === 'text' ? item.source : undefined;
      if (item.kind !== 'text' || !src) continue;
      const key = `${src.article}|${src.part}|${src.paragraph}`;
      let list = covered.get(key);
      if (!list) covered.set(key, (list = []));
      list.push({ page, from: src.offset, to: src.offset + item.text.length });
    }
  }
  return (hit) => covered.get(`${hit.article}|${hit.part}|${hit.paragraph}`)?.find((r) => hit.offset >= r.from && hit.offset < r.to)?.page;
}

/** The hit's characters lit on its page: the boxes of its first line (a hit broken across lines is lit where it starts). */
function lit(hit: Found, layout: PageLayout | undefined): Highlight | undefined {
  if (!layout || hit.page === undefined) return undefined;
  const boxes = Array.from({ length: hit.length }, (_, k) => characterBox(layout, { ...hit, offset: hit.offset + k })).filter((b) => b !== undefined);
  const first = boxes[0];
  if (!first) return undefined;
  const line = boxes.filter((b) => Math.abs(b.top - first.top) < 1);
  const right = Math.max(...line.map((b) => b.x + b.width));
  return { page: hit.page, x: first.x, y: first.top, w: right - first.x, h: first.bottom - first.top };
}
