/** The article editor's drafts: the editor's text wins over late replies, refusals keep it, undo shows through. */
import { describe, expect, test } from 'vitest';
import type { Article } from '../../src-main/model/issue.js';
import { answered, givenUp, outgoing, reconciled, refusalOf, shownTexts, typed, type Drafts } from '../../src-renderer/store/article-draft.js';

const article = (paragraphs: string[], headline = '老街换新颜'): Article => ({ id: 'a', headline, paragraphs, images: [] });
const none: Drafts = new Map();

describe('article drafts', () => {
  test('a reply to an older edit does not replace newer typing; the last reply hands the field back to the document', () => {
    let d = typed(none, 'a', 'body', '老');
    const first = outgoing(d);
    d = typed(first.drafts, 'a', 'body', '老街');
    d = answered(d, first.edits[0]!, { ok: true, article: article(['老']) });
    expect(shownTexts(article(['老']), d.get('a')).body).toBe('老街');
    const second = outgoing(d);
    expect(second.edits[0]?.changes).toEqual({ paragraphs: ['老街'] });
    d = answered(second.drafts, second.edits[0]!, { ok: true, article: article(['老街']) });
    expect(d.size).toBe(0);
  });

  test('a blank line being typed is held until the document moves away from it (undo)', () => {
    const out = outgoing(typed(none, 'a', 'body', '第一段\n'));
    let d = answered(out.drafts, out.edits[0]!, { ok: true, article: article(['第一段']) });
    expect(shownTexts(article(['第一段']), d.get('a')).body).toBe('第一段\n');
    expect(reconciled(d, [article(['第一段'])])).toBe(d);
    d = reconciled(d, [article(['原来的段落'])]);
    expect(shownTexts(article(['原来的段落']), d.get('a')).body).toBe('原来的段落');
  });

  test('a refused edit keeps its text and reason through other changes until given up', () => {
    const out = outgoing(typed(none, 'a', 'headline', '新标题'));
    let d = answered(out.drafts, out.edits[0]!, { ok: false, message: '主题太长' });
    d = reconciled(d, [article(['正文'], '旧标题')]);
    expect(refusalOf(d.get('a'))).toBe('主题太长');
    expect(shownTexts(article(['正文'], '旧标题'), d.get('a')).headline).toBe('新标题');
    d = givenUp(d, 'a');
    expect(shownTexts(article(['正文'], '旧标题'), d.get('a')).headline).toBe('旧标题');
    expect(reconciled(typed(none, 'gone', 'body', 'x'), [article(['正文'])]).size).toBe(0);
  });
});
