/** Article and proof-mark edits as pure functions: the snapshot they give, or the refusal. */
import { describe, expect, test } from 'vitest';
import { addArticles, editArticle } from '../../src-main/edits/article-edits.js';
import type { Snapshot } from '../../src-main/edits/edit.js';
import { addMark, removeMark, updateMark } from '../../src-main/edits/mark-edits.js';
import type { Article, Issue } from '../../src-main/model/issue.js';

const article: Article = {
  id: 'a',
  headline: '老街改造完工',
  byline: '本报讯（记者 林涛）',
  paragraphs: ['老街改造历时八个月，今天正式完工。', '街坊们说，路平了，灯亮了。'],
  styles: [{ paragraph: 1, start: 0, end: 3, style: 'bold' }],
  images: [],
};
const issue = { format: 'banmian-issue', version: 1, paper: { name: '江城日报' }, date: '2026-12-01', pages: [], articles: [article] } as unknown as Issue;
const doc: Snapshot = { issue, marks: [] };
const AT = '2026-12-01T08:00:00.000Z';

const snapshot = (edit: ReturnType<typeof editArticle>): Snapshot => {
  if ('problem' in edit) throw new Error(edit.problem);
  return edit.snapshot;
};

describe('editArticle', () => {
  test('changes only the fields that differ, labels them in Chinese and keys the undo step by field', () => {
    const edit = editArticle(doc, 'a', { headline: '老街改造完工', byline: '本报讯（记者 林涛 通讯员 何静）' });
    expect('problem' in edit).toBe(false);
    if ('problem' in edit) return;
    expect(edit.label).toBe('修改《老街改造完工》电头');
    expect(edit.key).toBe('edit:a:byline');
    const after = edit.snapshot.issue.articles[0] as Article;
    expect(after.byline).toBe('本报讯（记者 林涛 通讯员 何静）');
    expect(after.paragraphs).toBe(article.paragraphs);
    expect(doc.issue.articles[0]?.byline).toBe('本报讯（记者 林涛）');
  });

  test('a new body keeps the bold runs of unchanged paragraphs only; an empty byline goes', () => {
    const kept = snapshot(editArticle(doc, 'a', { paragraphs: ['老街改造历时九个月，今天正式完工。', '街坊们说，路平了，灯亮了。'] })).issue.articles[0] as Article;
    expect(kept.styles).toEqual(article.styles);
    const gone = snapshot(editArticle(doc, 'a', { paragraphs: ['老街改造历时八个月。', '街坊们说好。'], byline: '' })).issue.articles[0] as Article;
    expect(gone.styles).toBeUndefined();
    expect('byline' in gone).toBe(false);
  });

  test('no change is the same snapshot; an unknown article or an empty headline is refused', () => {
    expect(snapshot(editArticle(doc, 'a', { headline: article.headline }))).toBe(doc);
    expect(editArticle(doc, 'b', { headline: '新' })).toEqual({ problem: '没有稿件“b”' });
    expect(editArticle(doc, 'a', { headline: '  ' })).toEqual({ problem: '主题不能为空' });
  });

  test('a text longer than an article may hold is refused in a sentence that says how long and how long it may be', () => {
    // A 20-million-character paste once held every other window for 11 s: 200,000 is the most.
    expect(editArticle(doc, 'a', { paragraphs: Array.from({ length: 5 }, () => '字'.repeat(45_000)) })).toEqual({ problem: '正文太长：225,000 字，一篇最多 200,000 字，请分成几篇' });
    expect(editArticle(doc, 'a', { paragraphs: ['短段。', '长'.repeat(50_001)] })).toEqual({ problem: '正文第2段太长：50,001 字，一段最多 50,000 字，请分段' });
    expect(editArticle(doc, 'a', { subhead: '副'.repeat(2001) })).toEqual({ problem: '副题太长：2,001 字，最多 2,000 字' });
    expect('snapshot' in editArticle(doc, 'a', { paragraphs: Array.from({ length: 4 }, () => '字'.repeat(50_000)) })).toBe(true);
  });

  test('addArticles appends the imported articles unplaced', () => {
    const more: Article = { id: 'b', headline: '简讯', paragraphs: ['一句话。'], images: [] };
    const edit = addArticles(issue, [more]);
    expect('problem' in edit ? edit.problem : edit.issue.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect('problem' in edit ? '' : edit.label).toBe('导入1篇稿件');
  });
});

describe('proof mark edits', () => {
  const anchor = { article: 'a', part: 'body' as const, paragraph: 0, offset: 2 };

  test('a mark quotes its character and carries the given id and time; updating and removing find it by id', () => {
    const added = snapshot(addMark(doc, { anchor, comment: '改为“改建”', author: '校对 王敏' }, 'm1', AT));
    expect(added.marks).toEqual([expect.objectContaining({ id: 'm1', anchor, status: 'open', created: AT, updated: AT, author: '校对 王敏' })]);
    expect(added.marks[0]?.quote).toContain('改');
    const resolved = updateMark(added, { id: 'm1', status: 'resolved' }, '2026-12-01T09:00:00.000Z');
    expect('problem' in resolved ? resolved.problem : resolved.label).toMatch(/^标记已改/);
    expect('problem' in resolved ? undefined : resolved.snapshot.marks[0]?.status).toBe('resolved');
    expect(snapshot(removeMark(added, 'm1')).marks).toEqual([]);
  });

  test('a mark off the text, or an unknown mark, is refused', () => {
    expect(addMark(doc, { anchor: { ...anchor, offset: 99 }, comment: 'x' }, 'm1', AT)).toEqual({ problem: '标记的位置不在稿件文字上' });
    expect(updateMark(doc, { id: 'zz', comment: 'x' }, AT)).toEqual({ problem: '找不到这条校对标记' });
    expect(removeMark(doc, 'zz')).toEqual({ problem: '找不到这条校对标记' });
  });
});
