/**
 * The pages of the issue as thumbnails, with 版次 and 版名, problems and open marks. Drag a page
 * up or down to move it (the pages are numbered anew); ✎ edits its names or deletes it; a new
 * page is added after the current one.
 */
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { PageView } from '../../src-main/api/api-types.js';
import { characterBox } from '../../src-main/proof/glyph-boxes.js';
import { drawPage } from '../draw/draw-page.js';
import { readsOnly, type EditorState, type EditorStore } from '../store/editor-store.js';
import { PageForm, type PageFormTarget } from './PageForm.js';

const THUMB_WIDTH = 128;
/** Pixels the pointer must travel before a press on a page becomes a drag. */
const DRAG_START = 6;

/**
 * A page drawn small with its real glyphs (their outlines are loaded with the page). Drawn when
 * the browser is idle, so a page composed anew is drawn large first; the time it took is kept in
 * `data-draw-ms`.
 */
function Thumbnail({ view, store }: { view: PageView; store: EditorStore }): React.JSX.Element {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const id = requestIdleCallback(() => {
      const start = performance.now();
      const dpr = window.devicePixelRatio || 1;
      const scale = (THUMB_WIDTH / view.layout.width) * dpr;
      c.width = Math.round(view.layout.width * scale);
      c.height = Math.round(view.layout.height * scale);
      drawPage(ctx, view, store.resources, { scale });
      c.dataset.drawMs = (performance.now() - start).toFixed(1);
    }, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, [view, store]);
  return <canvas ref={canvas} style={{ width: THUMB_WIDTH, height: (THUMB_WIDTH * view.layout.height) / view.layout.width }} />;
}

interface PageDrag {
  page: number;
  startY: number;
  /** The number the page would take if dropped now; undefined until the pointer has moved. */
  to?: number;
}

export function PagesPanel({ store, state }: { store: EditorStore; state: EditorState }): React.JSX.Element {
  const doc = state.doc;
  const list = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<PageDrag | undefined>(undefined);
  const [form, setForm] = useState<PageFormTarget | undefined>(undefined);

  /** The page number a drop at this height gives: before the first thumbnail whose middle is below it. */
  const targetAt = (clientY: number): number => {
    const thumbs = [...(list.current?.querySelectorAll<HTMLElement>('.page-thumb') ?? [])];
    const numbers = doc?.pages.map((p) => p.number) ?? [];
    const below = thumbs.findIndex((t) => clientY < t.getBoundingClientRect().top + t.getBoundingClientRect().height / 2);
    const index = below < 0 ? thumbs.length : below;
    const from = numbers.indexOf(drag?.page ?? 0);
    // Dropped below itself, a page takes the place before the gap it is dropped in.
    return numbers[0] === undefined ? 1 : numbers[0] + (index > from ? index - 1 : index);
  };
  const reading = readsOnly(state);
  const down = (e: ReactPointerEvent, page: number): void => {
    if (e.button !== 0) return;
    if (reading) return store.showPage(page);
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    setDrag({ page, startY: e.clientY });
  };
  const move = (e: ReactPointerEvent): void => {
    if (!drag || (drag.to === undefined && Math.abs(e.clientY - drag.startY) < DRAG_START)) return;
    const to = targetAt(e.clientY);
    if (to !== drag.to) setDrag({ ...drag, to });
  };
  const up = (page: number): void => {
    const d = drag;
    setDrag(undefined);
    if (d?.to === undefined) store.showPage(page);
    else if (d.to !== d.page) void store.movePage(d.page, d.to);
  };

  return (
    <nav className="pages-panel" aria-label="版面">
      <div className="panel-title">
        版面 <span className="count">{doc?.pages.length ?? 0}</span>
        <button className="add-page" data-cmd="add-page" disabled={reading} title="在当前版之后新增一版" onClick={() => setForm({ kind: 'add', at: state.page + 1 })}>＋ 新增</button>
      </div>
      <div ref={list} className={drag?.to !== undefined ? 'page-list dragging' : 'page-list'}>
        {doc?.pages.map((p) => {
          const view = state.views.get(p.number);
          const errors = doc.diagnostics.filter((d) => 'page' in d && d.page === p.number && d.severity === 'error').length;
          const marks = view ? doc.marks.filter((m) => m.status === 'open' && characterBox(view.layout, m.anchor)).length : 0;
          const moving = drag?.to !== undefined && drag.page === p.number;
          const before = drag?.to !== undefined && !moving && drag.to === p.number && drag.to < drag.page;
          const after = drag?.to !== undefined && !moving && drag.to === p.number && drag.to > drag.page;
          return (
            <div
              key={p.number}
              role="button"
              tabIndex={0}
              className={`page-thumb${p.number === state.page ? ' active' : ''}${moving ? ' moving' : ''}${before ? ' drop-before' : ''}${after ? ' drop-after' : ''}`}
              data-page={p.number}
              onPointerDown={(e) => down(e, p.number)}
              onPointerMove={move}
              onPointerUp={() => up(p.number)}
              onPointerCancel={() => setDrag(undefined)}
              onKeyDown={(e) => e.key === 'Enter' && store.showPage(p.number)}
            >
              <div className="thumb-frame">{view ? <Thumbnail view={view} store={store} /> : <div className="thumb-empty" />}</div>
              <button className="thumb-edit" data-edit={p.number} disabled={reading} title="版名、责任编辑、美编、校对；删除本版" onPointerDown={(e) => e.stopPropagation()} onClick={() => setForm({ kind: 'edit', page: p.number })}>✎</button>
              <div className="thumb-label">
                <b>第{p.number}版</b> {p.section}
              </div>
              <div className="thumb-meta">
                责编 {p.editor}
                {p.auto && <span className="tag-auto" title="自动排版：第一次调整后转为固定版块">自动</span>}
                {errors > 0 && <span className="badge error" title="错误">{errors}</span>}
                {marks > 0 && <span className="badge mark" title="未改的校对标记">{marks}</span>}
              </div>
            </div>
          );
        })}
      </div>
      {form && <PageForm store={store} state={state} target={form} close={() => setForm(undefined)} />}
    </nav>
  );
}
