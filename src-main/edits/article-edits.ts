/**
 * Changes to articles: new texts for an article's parts (its proof marks follow the text), and
 * articles added from imported files, unplaced.
 */
import { PART_NAMES } from '../model/article-parts.js';
import { findText, replaceInArticle, type FindQuery, type TextHit } from '../model/find-text.js';
import type { Article, Issue } from '../model/issue.js';
import { followEdits } from '../proof/follow-edits.js';
import type { ProofMark } from '../proof/proof-marks.js';
import type { IssueEdit, Snapshot, SnapshotEdit } from './edit.js';

const TEXT_FIELDS = ['banner', 'kicker', 'headline', 'subhead', 'byline', 'note', 'credit'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/**
 * The most an article's text may hold after an edit: the longest feature runs to a few ten
 * thousand characters; a paste of millions would hold every other window while it is set.
 */
const MAX_ARTICLE_CHARS = 200_000;
const MAX_PARAGRAPH_CHARS = 50_000;
const MAX_PART_CHARS = 2000;

/** New texts for an article; an empty text other than the headline removes its part. */
export interface ArticleChanges extends Partial<Record<TextField, string>> {
  paragraphs?: readonly string[];
}

export function editArticle(doc: Snapshot, id: string, changes: ArticleChanges): SnapshotEdit {
  const before = doc.issue.articles.find((a) => a.id === id);
  if (!before) return { problem: `没有稿件“${id}”` };
  if (changes.headline !== undefined && changes.headline.trim() === '') return { problem: '主题不能为空' };
  const tooLong = lengthProblem(changes);
  if (tooLong) return { problem: tooLong };
  const after: Article = { ...before };
  const changed: Array<TextField | 'body'> = [];
  for (const f of TEXT_FIELDS) {
    const value = changes[f];
    if (value === undefined || value === (before[f] ?? '')) continue;
    changed.push(f);
    if (value === '' && f !== 'headline') delete after[f];
    else after[f] = value;
  }
  if (changes.paragraphs && changes.paragraphs.join('\n') !== before.paragraphs.join('\n')) {
    changed.push('body');
    after.paragraphs = [...changes.paragraphs];
    // Bold and italic runs are kept where their paragraph's text is unchanged.
    const styles = before.styles?.filter((s) => before.paragraphs[s.paragraph] === after.paragraphs[s.paragraph]);
    if (styles?.length) after.styles = styles;
    else delete after.styles;
  }
  if (changed.length === 0) return { snapshot: doc, label: '' };
  const issue = { ...doc.issue, articles: doc.issue.articles.map((a) => (a === before ? after : a)) };
  const marks = followEdits(doc.marks, before, after);
  const label = `修改《${after.headline}》${changed.map((f) => PART_NAMES[f]).join('、')}`;
  return { snapshot: { issue, marks }, label, key: `edit:${id}:${changed.join(',')}` };
}

const count = (n: number): string => n.toLocaleString('en');

/** Why the new texts are longer than an article may be, in the editor's words. */
function lengthProblem(changes: ArticleChanges): string | undefined {
  for (const f of TEXT_FIELDS) {
    const n = changes[f]?.length ?? 0;
    if (n > MAX_PART_CHARS) return `${PART_NAMES[f]}太长：${count(n)} 字，最多 ${count(MAX_PART_CHARS)} 字`;
  }
  const paragraphs = changes.paragraphs ?? [];
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  if (total > MAX_ARTICLE_CHARS) return `正文太长：${count(total)} 字，一篇最多 ${count(MAX_ARTICLE_CHARS)} 字，请分成几篇`;
  const long = paragraphs.findIndex((p) => p.length > MAX_PARAGRAPH_CHARS);
  if (long >= 0) return `正文第${long + 1}段太长：${count(paragraphs[long]?.length ?? 0)} 字，一段最多 ${count(MAX_PARAGRAPH_CHARS)} 字，请分段`;
  return undefined;
}

/**
 * The query's text replaced with `replacement` in every article, or only at one place (`at`): one
 * undoable step, proof marks following. A part left empty goes, as in the article editor; a
 * headline may not be emptied.
 */
export function replaceText(doc: Snapshot, q: FindQuery, replacement: string, at?: Omit<TextHit, 'length'>): SnapshotEdit {
  let marks = doc.marks;
  let total = 0;
  let problem: string | undefined;
  const articles = doc.issue.articles.map((a) => {
    const hits = findText([a], q).filter((h) => !at || (h.article === at.article && h.part === at.part && h.paragraph === at.paragraph && h.offset === at.offset));
    if (hits.length === 0 || problem) return a;
    const { article } = replaceInArticle(a, q, replacement, at);
    const after = withoutEmptyParts(article, a);
    problem = after.headline.trim() === '' ? `替换后《${a.headline}》的主题为空` : lengthProblem(after);
    marks = followEdits(movedPast(marks, hits, replacement.length), article, after);
    total += hits.length;
    return after;
  });
  if (problem) return { problem };
  if (total === 0) return { problem: at ? `这里已不是“${q.find}”：请重新查找` : `没有找到“${q.find}”` };
  const issue = { ...doc.issue, articles };
  const one = at && doc.issue.articles.find((a) => a.id === at.article);
  const label = one ? `替换《${one.headline}》中的“${q.find}”` : `全部替换“${q.find}”为“${replacement}”（${total}处）`;
  return { snapshot: { issue, marks }, label };
}

/**
 * Marks moved by the replacements before them in their part (each hit's change in length); a mark
 * on a replaced character goes to where the replacement starts.
 */
function movedPast(marks: readonly ProofMark[], hits: readonly TextHit[], replacement: number): readonly ProofMark[] {
  return marks.map((m) => {
    const { article, part, paragraph, offset } = m.anchor;
    let moved = offset;
    for (const h of hits) {
      if (h.article !== article || h.part !== part || h.paragraph !== paragraph || h.offset > offset) continue;
      moved += offset < h.offset + h.length ? h.offset - offset : replacement - h.length;
    }
    return moved === offset ? m : { ...m, anchor: { ...m.anchor, offset: moved } };
  });
}

/** Parts a replacement emptied taken out (a paragraph too, while one is left); bold and italic runs kept where their paragraph is unchanged. */
function withoutEmptyParts(after: Article, before: Article): Article {
  const out: Article = { ...after };
  for (const f of TEXT_FIELDS) if (f !== 'headline' && out[f] !== undefined && out[f].trim() === '') delete out[f];
  const kept = after.paragraphs.filter((p) => p.trim() !== '');
  out.paragraphs = kept.length > 0 ? kept : [''];
  const styles = before.styles?.filter((s) => before.paragraphs[s.paragraph] === out.paragraphs[s.paragraph]);
  if (styles?.length) out.styles = styles;
  else delete out.styles;
  return out;
}

/** Imported articles, added to the issue on no page (未上版); their ids are already unique in it. */
export function addArticles(issue: Issue, articles: readonly Article[]): IssueEdit {
  if (articles.length === 0) return { issue, label: '' };
  return { issue: { ...issue, articles: [...issue.articles, ...articles] }, label: `导入${articles.length}篇稿件` };
}
