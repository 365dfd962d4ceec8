/**
 * The little form that opens where a proofreader clicked: the marked character, a comment, and
 * the proofreader's name (remembered on this computer for the next mark).
 */
import { useState } from 'react';
import type { EditorState, EditorStore } from '../store/editor-store.js';

const AUTHOR_KEY = 'banmian.proofreader';

export function MarkDraft({ store, draft, zoom }: { store: EditorStore; draft: NonNullable<EditorState['draftMark']>; zoom: number }): React.JSX.Element {
  const [comment, setComment] = useState('');
  const [author, setAuthor] = useState(() => localStorage.getItem(AUTHOR_KEY) ?? '');
  const submit = (): void => {
    if (!comment.trim()) return;
    if (author.trim()) localStorage.setItem(AUTHOR_KEY, author.trim());
    void store.addMark(draft.anchor, comment.trim(), author.trim() || undefined);
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
      <input className="mark-author" name="author" placeholder="校对人" maxLength={100} value={author} onChange={(e) => setAuthor(e.target.value)} />
      <div className="row-end">
        <button type="button" onClick={() => store.startMark(undefined)}>取消</button>
        <button type="submit" className="primary" disabled={!comment.trim()}>添加</button>
      </div>
    </form>
  );
}
