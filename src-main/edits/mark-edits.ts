/** Proof marks placed, changed and removed: a proofreader's work, undoable like any edit. */
import { partText, quoteAt, type ProofAnchor, type ProofMark, type ProofStatus } from '../proof/proof-marks.js';
import type { Snapshot, SnapshotEdit } from './edit.js';

export interface NewMark {
  anchor: ProofAnchor;
  comment: string;
  author?: string;
}

/** A mark on the character at `anchor`; `id` and `at` (ISO time) come from the caller, so this stays a function of its inputs. */
export function addMark(doc: Snapshot, req: NewMark, id: string, at: string): SnapshotEdit {
  const { anchor, comment, author } = req;
  const article = doc.issue.articles.find((a) => a.id === anchor.article);
  const text = article && partText(article, anchor.part, anchor.paragraph);
  if (text === undefined || anchor.offset >= text.length) return { problem: '标记的位置不在稿件文字上' };
  const mark: ProofMark = { id, anchor, quote: quoteAt(text, anchor.offset), comment, ...(author ? { author } : {}), status: 'open', created: at, updated: at };
  return { snapshot: { ...doc, marks: [...doc.marks, mark] }, label: `校对标记“${mark.quote}”` };
}

export function updateMark(doc: Snapshot, req: { id: string; comment?: string; status?: ProofStatus }, at: string): SnapshotEdit {
  const { id, comment, status } = req;
  const mark = doc.marks.find((m) => m.id === id);
  if (!mark) return { problem: '找不到这条校对标记' };
  const next = { ...mark, ...(comment !== undefined ? { comment } : {}), ...(status ? { status } : {}), updated: at };
  const label = status && status !== mark.status ? (status === 'resolved' ? '标记已改' : '重开标记') : '修改标记';
  return { snapshot: { ...doc, marks: doc.marks.map((m) => (m === mark ? next : m)) }, label: `${label}“${mark.quote}”` };
}

export function removeMark(doc: Snapshot, id: string): SnapshotEdit {
  const mark = doc.marks.find((m) => m.id === id);
  if (!mark) return { problem: '找不到这条校对标记' };
  return { snapshot: { ...doc, marks: doc.marks.filter((m) => m !== mark) }, label: `删除标记“${mark.quote}”` };
}
