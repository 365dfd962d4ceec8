/** The toolbar: file and history, import and export, layout or proof mode, grid and zoom. */
import { useRef } from 'react';
import { readsOnly, type EditorState, type EditorStore } from '../store/editor-store.js';
import { readFiles } from './read-files.js';

const ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3];

export function Toolbar({ store, state }: { store: EditorStore; state: EditorState }): React.JSX.Element {
  const doc = state.doc;
  const picker = useRef<HTMLInputElement>(null);
  const zoomPercent = Math.round(state.zoom * 100);
  const reading = readsOnly(state);
  return (
    <header className="toolbar">
      <div className="brand">版面</div>
      <div className="doc-title" title={doc?.fileName}>
        {doc ? `${doc.paper.name} ${doc.date}` : '…'}
        <span className="file-name">{doc?.fileName}</span>
        {doc?.dirty && <span className="dirty" title="有未保存的修改">●</span>}
      </div>
      <div className="tool-group">
        <button onClick={() => void store.undo()} disabled={reading || !doc?.undo} title={doc?.undo ? `撤销：${doc.undo}（Ctrl+Z）` : '撤销'} data-cmd="undo">撤销</button>
        <button onClick={() => void store.redo()} disabled={reading || !doc?.redo} title={doc?.redo ? `重做：${doc.redo}（Ctrl+Shift+Z）` : '重做'} data-cmd="redo">重做</button>
        <button onClick={() => void store.save()} disabled={reading || !doc?.dirty} title="保存（Ctrl+S）" data-cmd="save">保存</button>
      </div>
      <div className="tool-group">
        <button onClick={() => picker.current?.click()} disabled={reading} title="导入 .txt .md .docx 稿件">导入稿件</button>
        <input ref={picker} type="file" name="article-files" multiple accept=".txt,.md,.markdown,.docx" hidden onChange={async (e) => {
          // The event's currentTarget is gone after the first await; cleared, the same file can be chosen again.
          const input = e.currentTarget;
          const files = input.files ? [...input.files] : [];
          input.value = '';
          if (files.length) await store.importArticles(await readFiles(files));
        }} />
        <button onClick={() => void store.exportPdf('plant')} title="出血、裁切线、PDF/X-1a，送印厂">导出印厂PDF</button>
        <button onClick={() => void store.exportPdf('proof')} title="成品尺寸，供校对">导出校样PDF</button>
      </div>
      <div className="segmented" role="group" aria-label="模式">
        <button className={state.mode === 'layout' ? 'on' : ''} onClick={() => store.setMode('layout')} data-mode="layout">排版</button>
        <button className={state.mode === 'proof' ? 'on' : ''} onClick={() => store.setMode('proof')} data-mode="proof">校对</button>
      </div>
      <div className="tool-group">
        <button className={state.showGrid ? 'on' : ''} onClick={() => store.toggleGrid()} title="栏线与基线网格（G）" data-cmd="grid">网格</button>
      </div>
      <div className="tool-group zoom">
        <button onClick={() => store.setZoom(ZOOMS.slice().reverse().find((z) => z < state.zoom - 0.01) ?? state.zoom / 1.25)} title="缩小（Ctrl+-）">−</button>
        <select value={state.fit ? 'fit' : String(state.zoom)} onChange={(e) => store.setZoom(e.target.value === 'fit' ? 'fit' : Number(e.target.value))} aria-label="缩放">
          <option value="fit">适合窗口（{zoomPercent}%）</option>
          {!state.fit && !ZOOMS.includes(state.zoom) && <option value={String(state.zoom)}>{zoomPercent}%</option>}
          {ZOOMS.map((z) => <option key={z} value={String(z)}>{Math.round(z * 100)}%</option>)}
        </select>
        <button onClick={() => store.setZoom(ZOOMS.find((z) => z > state.zoom + 0.01) ?? state.zoom * 1.25)} title="放大（Ctrl+=）">＋</button>
      </div>
    </header>
  );
}
