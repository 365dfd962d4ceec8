/**
 * The bar of a window that only reads: who writes and since when, and 接管编辑, asked first (the
 * other window then reads, and what it had not saved comes along).
 */
import type { DocumentState } from '../../src-main/api/api-types.js';
import type { EditorStore } from '../store/editor-store.js';

const time = (iso: string): string => new Date(iso).toLocaleTimeString('zh-CN', { hour12: false });

export function ReadOnlyBar({ store, access, asking }: { store: EditorStore; access: DocumentState['access']; asking: boolean }): React.JSX.Element | null {
  if (access.writes) return null;
  const who = access.holder ? `${access.holder}${access.since ? `自 ${time(access.since)} 起` : ''}正在编辑这期报纸` : '这期报纸已在别处打开过，那里已不再编辑';
  return (
    <div className="read-only" role="status">
      <b>只读</b>
      {asking ? (
        <>
          <span>接管后，{access.holder ?? '那里'}变为只读，它尚未保存的修改一并接过来。</span>
          <button className="primary" data-cmd="take-over-yes" autoFocus onClick={() => void store.takeOver(true)}>接管编辑</button>
          <button onClick={() => store.cancelTakeOver()}>取消</button>
        </>
      ) : (
        <>
          <span>{who}；这里可以看版、导出，不能修改。</span>
          <button data-cmd="take-over" onClick={() => void store.takeOver()}>接管编辑…</button>
        </>
      )}
    </div>
  );
}
