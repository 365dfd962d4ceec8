/** The window: toolbar; pages, page view and side panel; status line. Keys work everywhere. */
import { useEffect, useSyncExternalStore } from 'react';
import { readsOnly, type EditorState, type EditorStore, type Tab } from '../store/editor-store.js';
import { ArticlePanel } from './ArticlePanel.js';
import { DiagnosticsPanel } from './DiagnosticsPanel.js';
import { ExportQuestion } from './ExportQuestion.js';
import { FindPanel } from './FindPanel.js';
import { PagesPanel } from './PagesPanel.js';
import { PageCanvas } from './PageCanvas.js';
import { ProofPanel } from './ProofPanel.js';
import { ReadOnlyBar } from './ReadOnlyBar.js';
import { StatusBar } from './StatusBar.js';
import { Toolbar } from './Toolbar.js';
import { UnplacedPanel } from './UnplacedPanel.js';

const inText = (e: KeyboardEvent): boolean => e.target instanceof HTMLElement && (e.target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName));

/** Arrow keys move the selected block by a column or a line (Shift: five lines). */
function nudge(store: EditorStore, state: EditorState, key: string, shift: boolean): boolean {
  if (!state.selected) return false;
  const step = shift ? 5 : 1;
  const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
  const m = moves[key];
  if (!m) return false;
  void store.nudge(m[0], m[1]);
  return true;
}

export function App({ store }: { store: EditorStore }): React.JSX.Element {
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (store.getSnapshot().askExport) return; // the question's own buttons take the keys
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const reading = readsOnly(store.getSnapshot());
      let handled = true;
      if (reading && ((mod && 'zys'.includes(key)) || (!mod && !inText(e) && (key === 'delete' || key === 'backspace' || key.startsWith('arrow'))))) {
        store.say('只读：要修改，请先“接管编辑”', true);
      } else if (mod && key === 'z' && !e.shiftKey) void store.undo();
      else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) void store.redo();
      else if (mod && key === 's') void store.save();
      else if (mod && key === 'f') store.openFind();
      else if (mod && !inText(e) && !reading && 'cxvd'.includes(key) && key.length === 1) {
        if (key === 'c') void store.copySelected();
        else if (key === 'x') void store.cutSelected();
        else if (key === 'v') void store.paste();
        else void store.duplicateSelected();
      }
      else if (mod && (key === '=' || key === '+')) store.setZoom(store.getSnapshot().zoom * 1.25);
      else if (mod && key === '-') store.setZoom(store.getSnapshot().zoom / 1.25);
      else if (mod && key === '0') store.setZoom('fit');
      else if (inText(e) || mod) handled = false;
      else if (key === 'g') store.toggleGrid();
      else if (e.key === 'PageDown' || e.key === 'PageUp') store.turnPage(e.key === 'PageDown' ? 1 : -1);
      else if ((key === 'delete' || key === 'backspace') && store.getSnapshot().selected) void store.removeSelected();
      else if (key === 'escape') {
        store.select(store.getSnapshot().page, undefined);
        store.startMark(undefined);
      } else handled = nudge(store, store.getSnapshot(), e.key, e.shiftKey);
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const offMenu = window.banmian?.onMenu((command) => {
      if (command === 'undo') void store.undo();
      else if (command === 'redo') void store.redo();
      else if (command === 'save') void store.save();
      else if (command === 'changed') void store.refresh();
      else void store.reload();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu?.();
    };
  }, [store]);

  const fileName = state.doc?.fileName;
  const dirty = state.doc?.dirty;
  useEffect(() => {
    if (fileName) document.title = `${dirty ? '● ' : ''}${fileName} — 版面`;
  }, [fileName, dirty]);

  if (state.loadError) return <div className="load-error">打不开这期报纸：{state.loadError}</div>;
  const doc = state.doc;
  const tabs: Array<[Tab, string, number]> = [
    ['article', '稿件', 0],
    ['unplaced', '未上版', doc?.unplaced.length ?? 0],
    ['check', '检查', doc?.diagnostics.filter((d) => d.severity === 'error').length ?? 0],
    ['proof', '校对', doc?.marks.filter((m) => m.status === 'open').length ?? 0],
    ['find', '查找', 0],
  ];
  return (
    <div className="app">
      <Toolbar store={store} state={state} />
      {doc && <ReadOnlyBar store={store} access={doc.access} asking={state.askTakeOver === true} />}
      {doc?.recovery && (
        <div className="recovery">
          发现 {new Date(doc.recovery.savedAt).toLocaleString('zh-CN', { hour12: false })} 自动保存的未保存修改。
          <button className="primary" onClick={() => void store.resolveRecovery(true)}>恢复</button>
          <button onClick={() => void store.resolveRecovery(false)}>丢弃</button>
        </div>
      )}
      <main className="workspace">
        <PagesPanel store={store} state={state} />
        <PageCanvas store={store} state={state} />
        <aside className="side-panel">
          <div className="tabs" role="tablist">
            {tabs.map(([tab, label, n]) => (
              <button key={tab} role="tab" aria-selected={state.tab === tab} className={state.tab === tab ? 'on' : ''} onClick={() => store.setTab(tab)} data-tab={tab}>
                {label}
                {n > 0 && <span className={`badge ${tab === 'check' ? 'error' : tab === 'unplaced' ? 'count' : 'mark'}`}>{n}</span>}
              </button>
            ))}
          </div>
          {state.tab === 'article' && <ArticlePanel store={store} state={state} />}
          {state.tab === 'unplaced' && <UnplacedPanel store={store} state={state} />}
          {state.tab === 'check' && <DiagnosticsPanel store={store} state={state} />}
          {state.tab === 'proof' && <ProofPanel store={store} state={state} />}
          {state.tab === 'find' && <FindPanel store={store} state={state} />}
        </aside>
      </main>
      <StatusBar state={state} />
      {state.askExport && <ExportQuestion store={store} ask={state.askExport} />}
      {state.dragArticle && (
        <div className="drag-label" style={{ left: state.dragArticle.x + 14, top: state.dragArticle.y + 10 }}>
          {state.dragArticle.jump ? '下转' : ''}《{state.dragArticle.headline}》 {state.dropSpan}栏
        </div>
      )}
    </div>
  );
}
