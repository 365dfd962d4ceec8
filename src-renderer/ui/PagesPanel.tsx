/** The pages of the issue as thumbnails (text greeked), with 版次 and 版名, problems and open marks. */
import { useEffect, useRef } from 'react';
import type { PageView } from '../../src-main/service/api.js';
import { drawPage } from '../draw/draw-page.js';
import { characterBox } from '../../src-main/proof/glyph-boxes.js';
import type { EditorState, EditorStore } from '../store/editor-store.js';

const THUMB_WIDTH = 128;

function Thumbnail({ view, store }: { view: PageView; store: EditorStore }): React.JSX.Element {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const scale = (THUMB_WIDTH / view.layout.width) * dpr;
    c.width = Math.round(view.layout.width * scale);
    c.height = Math.round(view.layout.height * scale);
    drawPage(ctx, view, store.resources, { scale, greek: true });
  }, [view, store]);
  return <canvas ref={canvas} style={{ width: THUMB_WIDTH, height: (THUMB_WIDTH * view.layout.height) / view.layout.width }} />;
}

export function PagesPanel({ store, state }: { store: EditorStore; state: EditorState }): React.JSX.Element {
  const doc = state.doc;
  return (
    <nav className="pages-panel" aria-label="版面">
      <div className="panel-title">版面 <span className="count">{doc?.pages.length ?? 0}</span></div>
      {doc?.pages.map((p) => {
        const view = state.views.get(p.number);
        const errors = doc.diagnostics.filter((d) => 'page' in d && d.page === p.number && d.severity === 'error').length;
        const marks = view ? doc.marks.filter((m) => m.status === 'open' && characterBox(view.layout, m.anchor)).length : 0;
        return (
          <button key={p.number} className={`page-thumb${p.number === state.page ? ' active' : ''}`} data-page={p.number} onClick={() => store.showPage(p.number)}>
            <div className="thumb-frame">{view ? <Thumbnail view={view} store={store} /> : <div className="thumb-empty" />}</div>
            <div className="thumb-label">
              <b>第{p.number}版</b> {p.section}
            </div>
            <div className="thumb-meta">
              责编 {p.editor}
              {errors > 0 && <span className="badge error" title="错误">{errors}</span>}
              {marks > 0 && <span className="badge mark" title="未改的校对标记">{marks}</span>}
            </div>
          </button>
        );
      })}
    </nav>
  );
}
