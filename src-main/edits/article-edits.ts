/**
 * Changes to articles: new texts for an article's parts (its proof marks follow the text), and
 * articles added from imported files, unplaced.
 */
import { PART_NAMES } from '../model/article-parts.js';
import type { Article, Issue } from '../model/issue.js';
import { followEdits } from '../proof/follow-edits.js';
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

/** Imported articles, added to the issue on no page (未上版); their ids are already unique in it. */
export function addArticles(issue: Issue, articles: readonly Article[]): IssueEdit {
  if (articles.length === 0) return { issue, label: '' };
  return { issue: { ...issue, articles: [...issue.articles, ...articles] }, label: `导入${articles.length}篇稿件` };
}
