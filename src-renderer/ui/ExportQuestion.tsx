/** Asked before an export while the pages still have errors: export anyway, or go to the check list. */
import { useEffect, useRef } from 'react';
import type { EditorState, EditorStore } from '../store/editor-store.js';

export function ExportQuestion({ store, ask }: { store: EditorStore; ask: NonNullable<EditorState['askExport']> }): React.JSX.Element {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div className="modal export-question" role="alertdialog" aria-labelledby="export-question-title" onKeyDown={(e) => e.key === 'Escape' && store.cancelExport()}>
        <h2 id="export-question-title">版面上还有错误，仍要导出{ask.preset === 'plant' ? '印厂' : '校样'}PDF吗？</h2>
        <p className="export-errors">{ask.errors}。</p>
        <p className="hint">取消后在“检查”里逐条查看，点一条即可在版面上看到它。</p>
        <div className="row-end">
          <button ref={cancel} onClick={() => store.cancelExport()} data-cmd="export-cancel">取消，去检查</button>
          <button className="danger" onClick={() => void store.exportPdf(ask.preset, true)} data-cmd="export-anyway">仍然导出</button>
        </div>
      </div>
    </div>
  );
}
