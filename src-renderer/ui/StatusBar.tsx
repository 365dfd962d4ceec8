/** The status line: the last message (refusals in red), the current page, reflow time, save state. */
import type { EditorState } from '../store/editor-store.js';

const time = (iso: string): string => new Date(iso).toLocaleTimeString('zh-CN', { hour12: false });

export function StatusBar({ state }: { state: EditorState }): React.JSX.Element {
  const doc = state.doc;
  const view = state.views.get(state.page);
  return (
    <footer className="status-bar">
      <span className={`status-message${state.message?.error ? ' error' : ''}`} role="status" key={state.message?.at}>
        {state.message?.text ?? (state.mode === 'proof' ? '校对模式：点击文字添加标记' : '拖动稿件移动，拖动边角调整栏数和行数；Shift+点击多选，一起拖动；方向键微调；Ctrl+C/X/V 复制、剪切、粘贴，Ctrl+D 副本；PageUp/PageDown 翻版')}
      </span>
      {view && <span>第{view.number}版 {view.section} · {view.grid.columns}栏 × {view.grid.lines}行</span>}
      {doc && <span title="最近一次重排用时">重排 {doc.composeMs} ms</span>}
      {doc && <span className={doc.dirty ? 'unsaved' : ''}>{doc.dirty ? (doc.autosavedAt ? `未保存 · 已自动保存 ${time(doc.autosavedAt)}` : '未保存') : '已保存'}</span>}
      {state.busy && <span className="busy">排版中…</span>}
    </footer>
  );
}
