/** Find and replace across the issue (issue 11's tools): the hits, 全部替换 in one undoable step, one place only, and the refusals. */
import { expect, test } from 'vitest';
import { findText, hitContext } from '../../src-main/model/find-text.js';
import type { Article } from '../../src-main/model/issue.js';
import type { TextRun } from '../../src-main/model/display-list.js';
import type { DocumentSession } from '../../src-main/session/document-session.js';
import { ok, refused, session } from '../helpers/session.js';

const articles = async (s: DocumentSession): Promise<Article[]> => (await s.getState()).articles;
const pageText = async (s: DocumentSession, page: number): Promise<string> =>
  (await s.getPage({ page })).layout.items.filter((i): i is TextRun => i.kind === 'text').map((r) => r.text).join('');

test('every place a text stands is found, in headlines, bodies and captions, and each says where it is', async () => {
  const s = session();
  const hits = findText(await articles(s), { find: '江城' });
  expect(hits.length).toBeGreaterThan(10);
  const parts = new Set(hits.map((h) => h.part));
  expect(parts.has('headline')).toBe(true);
  expect(parts.has('body')).toBe(true);
  for (const h of hits) {
    const a = (await articles(s)).find((x) => x.id === h.article) as Article;
    expect(hitContext(a, h).match).toBe('江城');
  }
  expect(findText(await articles(s), { find: '' })).toEqual([]);
});

test('全部替换 changes every place in one undoable step, on the pages too; undo brings all back', async () => {
  const s = session();
  const count = findText(await articles(s), { find: '江城' }).length;
  const r = ok(await s.replaceText({ find: '江城', replace: '锦城', matchCase: false }));
  expect(r.state.undo).toBe(`全部替换“江城”为“锦城”（${count}处）`);
  expect(findText(r.state.articles, { find: '江城' })).toEqual([]);
  expect(findText(r.state.articles, { find: '锦城' }).length).toBeGreaterThanOrEqual(count);
  expect(await pageText(s, 1)).toContain('锦城秋粮总产再创新高');
  ok(await s.undo());
  expect(findText(await articles(s), { find: '江城' }).length).toBe(count);
  expect(await pageText(s, 1)).toContain('江城秋粮总产再创新高');
});

test('替换 changes only the place asked for; a place that no longer holds the text is refused', async () => {
  const s = session();
  const hits = findText(await articles(s), { find: '江城' });
  const second = hits[1];
  if (!second) throw new Error('the sample says 江城 more than once');
  const { length: _length, ...at } = second;
  const r = ok(await s.replaceText({ find: '江城', replace: '锦城', matchCase: false, at }));
  expect(r.state.undo).toMatch(/^替换《.+》中的“江城”$/);
  const after = findText(r.state.articles, { find: '江城' });
  expect(after.length).toBe(hits.length - 1);
  expect(after[0]).toEqual(hits[0]);
  expect(refused(await s.replaceText({ find: '江城', replace: '锦城', matchCase: false, at }))).toBe('这里已不是“江城”：请重新查找');
});

test('Latin case is told apart only when asked; a text not found, or a headline emptied, is refused', async () => {
  const s = session();
  const any = findText(await articles(s), { find: 'app' }).length;
  expect(any).toBeGreaterThan(0);
  expect(findText(await articles(s), { find: 'app', matchCase: true }).length).toBeLessThan(any);
  expect(refused(await s.replaceText({ find: '不存在的字样', replace: 'x', matchCase: false }))).toBe('没有找到“不存在的字样”');
  const headline = (await articles(s)).find((a) => a.id === 'autumn-harvest')?.headline as string;
  expect(refused(await s.replaceText({ find: headline, replace: '', matchCase: false }))).toBe(`替换后《${headline}》的主题为空`);
  expect((await s.getState()).undo).toBeUndefined();
});

test('a proof mark stays on its character when a replacement before it changes the length', async () => {
  const s = session();
  const harvest = (await articles(s)).find((a) => a.id === 'autumn-harvest') as Article;
  const body = harvest.paragraphs[0] as string;
  const offset = body.indexOf('万亩');
  ok(await s.addMark({ anchor: { article: harvest.id, part: 'body', paragraph: 0, offset }, comment: '核对面积' }));
  const first = body.indexOf('江城');
  expect(first).toBeGreaterThanOrEqual(0);
  expect(first).toBeLessThan(offset);
  ok(await s.replaceText({ find: '江城', replace: '锦江市', matchCase: false }));
  const mark = (await s.getState()).marks[0];
  const text = (await articles(s)).find((a) => a.id === harvest.id)?.paragraphs[0] as string;
  expect(text.slice(mark?.anchor.offset ?? -1, (mark?.anchor.offset ?? -1) + 2)).toBe('万亩');
});
