/** The little form that opens where a proofreader clicked: the marked character and a comment. */
import { useState } from 'react';
import type { EditorState, EditorStore } from '../store/editor-store.js';

export function MarkDraft({ store, draft, zoom }: { store: EditorStore; draft: NonNullable<EditorState['draftMark']>; zoom: number }): React.JSX.Element {
  const [comment, setComment] = useState('');
  const submit = (): void => {
    if (comment.trim()) void store.addMark(draft.anchor, comment.trim());
  };
  return (
    <form
      className="mark-draft"
      style={{ left: draft.x * zoom, top: draft.y * zoom + 6 }}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="mark-draft-title">
        校对标记 <q>{draft.quote}</q>
      </div>
      <textarea
        autoFocus
        rows={3}
        placeholder="修改意见，例如：改为“的”"
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          if (e.key === 'Escape') store.startMark(undefined);
        }}
      />
      <div className="row-end">
        <button type="button" onClick={() => store.startMark(undefined)}>取消</button>
        <button type="submit" className="primary" disabled={!comment.trim()}>添加</button>
      </div>
    </form>
  );
}
