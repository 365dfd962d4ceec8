/**
 * A page's 版名 and names (责任编辑, 美编, 校对) in a dialog: for a new page, with its template and
 * the number it takes; for an existing page, with deleting it (asked twice: its articles go back
 * to the unplaced list).
 */
import { useState } from 'react';
import type { EditorState, EditorStore } from '../store/editor-store.js';

export type PageFormTarget = { kind: 'add'; at: number } | { kind: 'edit'; page: number };

export function PageForm({ store, state, target, close }: { store: EditorStore; state: EditorState; target: PageFormTarget; close: () => void }): React.JSX.Element {
  const doc = state.doc;
  const page = target.kind === 'edit' ? doc?.pages.find((p) => p.number === target.page) : undefined;
  const [fields, setFields] = useState({
    section: page?.section ?? '',
    editor: page?.editor ?? '',
    designer: page?.designer ?? '',
    proofreader: page?.proofreader ?? '',
    template: doc?.pages.find((p) => p.number === state.page)?.template ?? doc?.templates[0]?.id ?? '',
    at: target.kind === 'add' ? target.at : 0,
  });
  const [confirming, setConfirming] = useState(false);
  const set = (key: keyof typeof fields, value: string | number): void => setFields({ ...fields, [key]: value });
  const submit = async (): Promise<void> => {
    const done = target.kind === 'add'
      ? await store.addPage({ at: fields.at, template: fields.template, section: fields.section.trim(), editor: fields.editor.trim() })
      : await store.editPage(target.page, { section: fields.section, editor: fields.editor, designer: fields.designer, proofreader: fields.proofreader });
    if (done) close();
  };
  const text = (key: 'section' | 'editor' | 'designer' | 'proofreader', label: string, required: boolean): React.JSX.Element => (
    <label className="field">
      <span>{label}{required && ' *'}</span>
      <input name={key} value={fields[key]} maxLength={40} required={required} onChange={(e) => set(key, e.target.value)} />
    </label>
  );
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <form
        className="dialog page-form"
        aria-label={target.kind === 'add' ? '新增版面' : '版面信息'}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => e.key === 'Escape' && close()}
      >
        <div className="dialog-title">{target.kind === 'add' ? '新增版面' : `第${target.page}版 版面信息`}</div>
        {target.kind === 'add' && (
          <div className="row-2">
            <label className="field">
              <span>模板</span>
              <select name="template" value={fields.template} onChange={(e) => set('template', e.target.value)}>
                {doc?.templates.map((t) => <option key={t.id} value={t.id}>{t.name}（{t.id}）</option>)}
              </select>
            </label>
            <label className="field">
              <span>版次</span>
              <input name="at" type="number" min={1} max={(doc?.pages.length ?? 0) + 1} value={fields.at} onChange={(e) => set('at', Number(e.target.value))} />
            </label>
          </div>
        )}
        {text('section', '版名', true)}
        {text('editor', '责任编辑', true)}
        {target.kind === 'edit' && text('designer', '美编', false)}
        {target.kind === 'edit' && text('proofreader', '校对', false)}
        <div className="row-end">
          {target.kind === 'edit' && !confirming && <button type="button" className="danger left" data-cmd="delete-page" onClick={() => setConfirming(true)}>删除本版</button>}
          {target.kind === 'edit' && confirming && (
            <button type="button" className="danger left" data-cmd="confirm-delete-page" onClick={async () => (await store.deletePage(target.page)) && close()}>
              确定删除？版上稿件转为未上版
            </button>
          )}
          <button type="button" onClick={close}>取消</button>
          <button type="submit" className="primary" disabled={!fields.section.trim() || !fields.editor.trim()}>{target.kind === 'add' ? '新增' : '保存'}</button>
        </div>
      </form>
    </div>
  );
}
