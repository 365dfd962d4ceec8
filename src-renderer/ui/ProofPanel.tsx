/** The proof marks (校对): what was marked, the comment, open or done; click to see it on the page. */
import { useState } from 'react';
import { PART_NAMES } from '../../src-main/model/article-parts.js';
import { characterBox, pageOfAnchor } from '../../src-main/proof/glyph-boxes.js';
import type { EditorState, EditorStore } from '../store/editor-store.js';

export function ProofPanel({ store, state }: { store: EditorStore; state: EditorState }): React.JSX.Element {
  const [filter, setFilter] = useState<'all' | 'open' | 'resolved'>('all');
  const [openOnly, setOpenOnly] = useState(false);
  const doc = state.doc;
  if (!doc) return <div className="side-body" />;
  const layouts = store.layouts();
  const marks = doc.marks.filter((m) => filter === 'all' || m.status === filter);
  const open = doc.marks.filter((m) => m.status === 'open').length;
  return (
    <div className="side-body proof-panel">
      <div className="proof-head">
        <div className="segmented small">
          {(['all', 'open', 'resolved'] as const).map((f) => (
            <button key={f} className={filter === f ? 'on' : ''} onClick={() => setFilter(f)}>
              {f === 'all' ? `全部 ${doc.marks.length}` : f === 'open' ? `未改 ${open}` : `已改 ${doc.marks.length - open}`}
            </button>
          ))}
        </div>
      </div>
      <div className="proof-export">
        <button className="primary" data-cmd="export-proof" onClick={() => void store.exportProof(openOnly)} title="校样PDF：每条标记编号标在字上并作为PDF批注，末页列出全部标记，供签字">导出带标记的校样PDF</button>
        <label><input type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} /> 只含未改</label>
      </div>
      {state.mode !== 'proof' && <p className="hint">切换到“校对”模式，点击版面上的字即可加标记。</p>}
      {marks.length === 0 && state.mode === 'proof' && <p className="hint">点击版面上的字，写下修改意见。</p>}
      <ol className="mark-list">
        {marks.map((m) => {
          const article = doc.articles.find((a) => a.id === m.anchor.article);
          const page = pageOfAnchor(layouts, m.anchor);
          const number = doc.marks.indexOf(m) + 1;
          return (
            <li key={m.id} className={`mark-item ${m.status}${state.focusMark === m.id ? ' focus' : ''}`} data-mark={m.id}>
              <button
                className="mark-main"
                onClick={() => {
                  const box = page === undefined ? undefined : characterBox(layouts.get(page) as NonNullable<ReturnType<typeof layouts.get>>, m.anchor);
                  store.showHighlight(box && page !== undefined ? { page, x: box.x, y: box.top, w: box.width, h: box.bottom - box.top } : undefined, m.id);
                }}
              >
                <span className="mark-no">{number}</span>
                <q className="mark-quote">{m.quote}</q>
                <span className="mark-comment">{m.comment}</span>
                <span className="mark-where">
                  {page ? `第${page}版` : '不在版面上'} · 《{article?.headline ?? m.anchor.article}》{PART_NAMES[m.anchor.part]}
                </span>
              </button>
              <div className="mark-actions">
                <button onClick={() => void store.setMarkStatus(m.id, m.status === 'open' ? 'resolved' : 'open')}>{m.status === 'open' ? '已改' : '重开'}</button>
                <button onClick={() => void store.removeMark(m.id)}>删除</button>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
