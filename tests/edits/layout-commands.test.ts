/**
 * The session's layout commands: unplaced articles put on pages and taken off, auto-placed pages
 * turned into blocks on their first edit, pages added, deleted, moved and renamed. Each with its
 * refusals, its undo, and only the pages it touches composed again; no text is ever lost.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FontLibrary } from '../../src-main/fonts/font-library.js';
import { readImageSizes } from '../../src-main/assets/image-sizes.js';
import { autoPlace } from '../../src-main/layout/auto-place.js';
import { fitHeight } from '../../src-main/layout/fit-height.js';
import { PageGrid } from '../../src-main/layout/grid.js';
import type { TextRun } from '../../src-main/model/display-list.js';
import type { Article, Issue } from '../../src-main/model/issue.js';
import { loadIssue } from '../../src-main/model/load-issue.js';
import { loadTemplate } from '../../src-main/model/template.js';
import type { DocumentState, PageView } from '../../src-main/api/api-types.js';
import type { DocumentSession } from '../../src-main/session/document-session.js';
import { copySample } from '../helpers/serve.js';
import { ok, refused, session } from '../helpers/session.js';

const revisions = async (s: DocumentSession): Promise<number[]> => (await s.getState()).pages.map((p) => p.revision);
const text = (view: PageView): string => view.layout.items.filter((i): i is TextRun => i.kind === 'text').map((r) => r.text).join('');
const bodyOf = (view: PageView, article: string): string =>
  view.layout.items.filter((i): i is TextRun => i.kind === 'text' && i.source?.article === article && i.source.part === 'body').map((r) => r.text).join('');

const fonts = FontLibrary.load();
const grid = new PageGrid(loadTemplate('broadsheet'), fonts.role(loadTemplate('broadsheet').body.role));
const articleOf = (state: DocumentState, id: string): Article => state.articles.find((a) => a.id === id) as Article;

/** Every character of every article is on a page or in an unplaced or overset diagnostic. */
async function nothingLost(s: DocumentSession): Promise<void> {
  const state = await s.getState();
  const shown = new Map<string, string>();
  for (const p of state.pages) {
    for (const r of (await s.getPage({ page: p.number })).layout.items) {
      if (r.kind === 'text' && r.source?.part === 'body') shown.set(r.source.article, (shown.get(r.source.article) ?? '') + r.text);
    }
  }
  for (const a of state.articles) {
    const lost = state.diagnostics.filter((d) => (d.kind === 'unplaced' || d.kind === 'overset') && d.article === a.id).map((d) => ('text' in d ? d.text : '')).join('');
    const all = a.paragraphs.join('').replace(/\s/g, '');
    const seen = `${shown.get(a.id) ?? ''}${lost}`.replace(/\s/g, '');
    for (const ch of new Set(all)) expect(seen.includes(ch), `${a.id}: ${ch}`).toBe(true);
  }
}

// city-football-final is the last block of page 2: columns 1–4, lines 78–91.
const FOOTBALL = { page: 2, block: 6 };

describe('taking a block off and putting an unplaced article on a page', () => {
  test('a removed block leaves its article unplaced with all its text, recomposes only its page, and undoes', async () => {
    const s = session();
    const before = await revisions(s);
    const r = ok(await s.removeBlock(FOOTBALL));
    expect(r.state.undo).toBe('撤下《锦水队3∶1逆转夺得冠军》');
    expect(r.state.unplaced).toEqual(['city-football-final']);
    const diag = r.state.diagnostics.find((d) => d.kind === 'unplaced');
    expect(diag?.kind === 'unplaced' && diag.text).toContain(articleOf(r.state, 'city-football-final').paragraphs[0]);
    expect(await revisions(s)).toEqual([before[0], (before[1] as number) + 1]);
    expect((await s.getPage({ page: 2 })).blocks.map((b) => b.article)).not.toContain('city-football-final');
    await nothingLost(s);
    ok(await s.undo());
    expect((await s.getState()).unplaced).toEqual([]);
    expect((await s.getState()).diagnostics.some((d) => d.kind === 'unplaced')).toBe(false);
  });

  test('an article dropped on free space gets a block as high as its text needs, fitted, and undoes', async () => {
    const s = session();
    ok(await s.removeBlock(FOOTBALL));
    const before = await revisions(s);
    const article = articleOf(await s.getState(), 'city-football-final');
    const drop = { article: article.id, page: 2, column: 1, span: 4, top: 78 };
    const expected = fitHeight(article, { article: article.id, column: 1, span: 4, top: 78, fit: true }, grid, fonts) as number;
    expect(expected).toBeLessThanOrEqual(14);
    const preview = await s.previewArticle(drop);
    expect(preview).toEqual({ ok: true, column: 1, span: 4, top: 78, height: expected, fitted: true });
    const r = ok(await s.placeArticle(drop));
    expect(r.state.undo).toBe('上版《锦水队3∶1逆转夺得冠军》');
    expect(r.state.unplaced).toEqual([]);
    expect(await revisions(s)).toEqual([before[0], (before[1] as number) + 1]);
    const view = await s.getPage({ page: 2 });
    expect(view.blocks.at(-1)).toMatchObject({ article: article.id, column: 1, span: 4, top: 78, height: expected });
    expect(r.state.diagnostics.filter((d) => d.kind === 'overset' && d.article === article.id)).toEqual([]);
    expect(bodyOf(view, article.id)).toContain(article.paragraphs[0]?.slice(-6));
    ok(await s.undo());
    expect((await s.getState()).unplaced).toEqual([article.id]);
  });

  test('an article that needs more room than there is gets the free lines, and its overset is reported', async () => {
    const s = session();
    ok(await s.removeBlock(FOOTBALL));
    const article = articleOf(await s.getState(), 'city-football-final');
    const needs = fitHeight(article, { article: article.id, column: 1, span: 1, top: 0, fit: true }, grid, fonts) as number;
    expect(needs).toBeGreaterThan(14);
    const r = ok(await s.placeArticle({ article: article.id, page: 2, column: 1, span: 1, top: 78 }));
    expect((await s.getPage({ page: 2 })).blocks.at(-1)).toMatchObject({ column: 1, span: 1, top: 78, height: 14 });
    expect(r.state.diagnostics.some((d) => d.kind === 'overset' && d.article === article.id)).toBe(true);
    await nothingLost(s);
  });

  test.each([
    ['onto another block', { page: 2, column: 1, span: 4, top: 70 }, /与《.+》重叠/],
    ['past the last column', { page: 2, column: 7, span: 3, top: 80 }, /超出版心：第7–9栏，本版只有8栏/],
    ['onto the masthead', { page: 1, column: 1, span: 3, top: 2 }, /压住报头/],
    ['onto a page that does not exist', { page: 5, column: 1, span: 2, top: 80 }, /没有第5版/],
  ])('an article dropped %s is refused and nothing changes', async (_, where, message) => {
    const s = session();
    ok(await s.removeBlock(FOOTBALL));
    const drop = { article: 'city-football-final', ...where };
    expect(refused(await s.placeArticle(drop))).toMatch(message);
    const preview = await s.previewArticle(drop);
    expect(!preview.ok && preview.message).toMatch(message);
    expect((await s.getState()).undo).toBe('撤下《锦水队3∶1逆转夺得冠军》');
  });

  test('an article already on a page, or one the issue does not have, is refused', async () => {
    const s = session();
    expect(refused(await s.placeArticle({ article: 'autumn-harvest', page: 2, column: 1, span: 2, top: 80 }))).toBe('《江城秋粮总产再创新高》已在第1版');
    expect(refused(await s.placeArticle({ article: 'nope', page: 2, column: 1, span: 2, top: 80 }))).toBe('没有稿件“nope”');
    expect(refused(await s.removeBlock({ page: 2, block: 40 }))).toBe('第2版没有第41块稿件');
  });
});

describe('continuing a story onto a later page (下转, made in the app)', () => {
  const LONGER = '今年全市新建高标准农田十二万亩，灌排设施同步改造，秋粮单产比上年提高百分之六。';

  test('an overset story dropped on a later page gets a block as high as the rest of its text; 下转 and 上接 lines follow, and it undoes', async () => {
    const s = session();
    const harvest = articleOf(await s.getState(), 'autumn-harvest');
    ok(await s.editArticle({ article: harvest.id, changes: { paragraphs: [...harvest.paragraphs, ...Array(8).fill(LONGER)] } }));
    ok(await s.addPage({ at: 3, template: 'broadsheet', section: '经济', editor: '李强' }));
    expect((await s.getState()).diagnostics.some((d) => d.kind === 'overset' && d.article === harvest.id)).toBe(true);
    const drop = { article: harvest.id, page: 3, column: 1, span: 3, top: 0 };
    const preview = await s.previewJump(drop);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview).toMatchObject({ column: 1, span: 3, top: 0, fitted: true });
    const r = ok(await s.continueArticle(drop));
    expect(r.state.undo).toBe('《江城秋粮总产再创新高》下转第3版');
    expect(r.state.diagnostics.filter((d) => (d.kind === 'overset' || d.kind === 'underset') && d.article === harvest.id)).toEqual([]);
    const page3 = await s.getPage({ page: 3 });
    expect(page3.blocks).toEqual([expect.objectContaining({ article: harvest.id, column: 1, span: 3, top: 0, height: preview.height })]);
    // The continued text is there, under the repeated headline, and the jump lines name each other's pages.
    expect(bodyOf(page3, harvest.id)).toContain(LONGER.slice(0, 12));
    expect(text(page3)).toContain(harvest.headline);
    expect(await jumpLines(s)).toEqual({ 1: ['（下转第2版）', '（下转第3版）'], 2: ['（上接第1版）'], 3: ['（上接第1版）'] });
    await nothingLost(s);
    // Its numbers are kept: the page moved before page 2 is page 2, and the lines say so.
    ok(await s.movePage({ page: 3, to: 2 }));
    expect((await jumpLines(s))[1]).toContain('（下转第2版）');
    expect((await jumpLines(s))[2]).toEqual(['（上接第1版）']);
    ok(await s.undo());
    ok(await s.undo());
    expect((await s.getPage({ page: 3 })).blocks).toEqual([]);
    expect((await s.getState()).diagnostics.some((d) => d.kind === 'overset' && d.article === harvest.id)).toBe(true);
  });

  test('a story that fits, one not on a page, or a page not after its last block is refused, and nothing changes', async () => {
    const s = session();
    ok(await s.addPage({ at: 3, template: 'broadsheet', section: '经济', editor: '李强' }));
    const drop = { article: 'autumn-harvest', page: 3, column: 1, span: 3, top: 0 };
    expect(refused(await s.continueArticle(drop))).toBe('《江城秋粮总产再创新高》的文字已全部排下，没有要下转的');
    const harvest = articleOf(await s.getState(), 'autumn-harvest');
    ok(await s.editArticle({ article: harvest.id, changes: { paragraphs: [...harvest.paragraphs, LONGER, LONGER] } }));
    expect(refused(await s.continueArticle({ ...drop, page: 1, top: 80 }))).toBe('《江城秋粮总产再创新高》排到了第1版，下转只能接到后面的版上');
    const preview = await s.previewJump({ ...drop, column: 7, span: 3 });
    expect(!preview.ok && preview.message).toMatch(/超出版心/);
    ok(await s.removeBlock(FOOTBALL));
    expect(refused(await s.continueArticle({ ...drop, article: 'city-football-final' }))).toBe('《锦水队3∶1逆转夺得冠军》还没有上版：请从未上版拖到版面上');
    expect((await s.getPage({ page: 3 })).blocks).toEqual([]);
  });
});

/** The sample with page 2 laid out automatically from its articles (lead-metro then ends on page 1). */
function autoSample(): { file: string; articles: string[] } {
  const file = copySample();
  const issue = JSON.parse(readFileSync(file, 'utf8')) as Issue;
  const page = issue.pages[1] as Issue['pages'][number];
  const articles = page.blocks.map((b) => b.article).filter((a) => a !== 'lead-metro');
  issue.pages[1] = { ...page, blocks: [], articles };
  writeFileSync(file, JSON.stringify(issue));
  return { file, articles };
}

describe('auto-placed pages', () => {
  test('show the blocks auto-placement gave them; the first move makes them the page\'s own in one undoable step', async () => {
    const { file, articles } = autoSample();
    const s = session(file);
    const state = await s.getState();
    expect(state.pages.map((p) => p.auto)).toEqual([false, true]);
    const auto = await s.getPage({ page: 2 });
    const issue = loadIssue(file);
    const expected = autoPlace(articles.map((id) => issue.articles.find((a) => a.id === id) as Article), grid, 0, fonts, readImageSizes(issue, file)).blocks;
    expect(auto.auto).toBe(true);
    expect(auto.blocks.map(({ article, column, span, top, height }) => ({ article, column, span, top, height }))).toEqual(expected.map(({ article, column, span, top, height }) => ({ article, column, span, top, height })));

    const b = auto.blocks[1] as PageView['blocks'][number];
    const r = ok(await s.placeBlock({ page: 2, block: 1, column: b.column, span: b.span, top: b.top, height: b.height - 2 }));
    expect(r.state.pages[1]?.auto).toBe(false);
    const explicit = await s.getPage({ page: 2 });
    expect(explicit.auto).toBe(false);
    expect(explicit.blocks.map((x) => x.article)).toEqual(auto.blocks.map((x) => x.article));
    expect(explicit.blocks[1]?.height).toBe(b.height - 2);
    expect(explicit.blocks.filter((_, i) => i !== 1).map((x) => [x.column, x.span, x.top, x.height])).toEqual(auto.blocks.filter((_, i) => i !== 1).map((x) => [x.column, x.span, x.top, x.height]));

    // Back to its height, the page composes exactly as auto-placement composed it.
    ok(await s.placeBlock({ page: 2, block: 1, column: b.column, span: b.span, top: b.top, height: b.height }));
    const others = (v: PageView) => v.layout.items.filter((i) => i.kind !== 'text' || i.source?.article !== b.article);
    expect(others(await s.getPage({ page: 2 }))).toEqual(others(auto));

    ok(await s.undo());
    ok(await s.undo());
    expect((await s.getState()).pages[1]?.auto).toBe(true);
    expect((await s.getPage({ page: 2 })).layout).toEqual(auto.layout);
  });

  test('typing into a story keeps its auto-placed page as it is (fixed as blocks, one undoable step); 重新自动排版 places it anew', async () => {
    const { file, articles } = autoSample();
    const s = session(file);
    const auto = await s.getPage({ page: 2 });
    const places = (v: PageView) => v.blocks.map((b) => [b.article, b.column, b.span, b.top, b.height]);
    const story = auto.blocks[0]?.article as string;
    const before = (await s.getState()).articles.find((a) => a.id === story)?.paragraphs ?? [];
    // A quarter more text: auto-placement would give the story a taller block and move the rest.
    const longer = [...before, ...before.slice(0, Math.max(1, Math.ceil(before.length / 4)))];
    const typed = ok(await s.editArticle({ article: story, changes: { paragraphs: longer } }));
    expect(typed.state.pages[1]?.auto).toBe(false);
    const fixed = await s.getPage({ page: 2 });
    expect(places(fixed)).toEqual(places(auto));
    expect(text(fixed)).toContain((longer.at(-1) as string).slice(0, 12));

    // Undo takes back the text and the fixing together.
    ok(await s.undo());
    expect((await s.getState()).pages[1]?.auto).toBe(true);
    expect((await s.getPage({ page: 2 })).layout).toEqual(auto.layout);

    ok(await s.redo());
    const replaced = ok(await s.autoPlacePage({ page: 2 }));
    expect(replaced.state.undo).toBe('第2版重新自动排版');
    expect(replaced.state.pages[1]?.auto).toBe(true);
    const again = await s.getPage({ page: 2 });
    const issue = loadIssue(file);
    const edited = issue.articles.map((a) => (a.id === story ? { ...a, paragraphs: longer } : a));
    const order = auto.blocks.map((b) => b.article).filter((id, i, all) => all.indexOf(id) === i);
    const expected = autoPlace(order.map((id) => edited.find((a) => a.id === id) as Article), grid, 0, fonts, readImageSizes(issue, file)).blocks;
    expect(again.blocks.map((b) => [b.article, b.column, b.span, b.top, b.height])).toEqual(expected.map((b) => [b.article, b.column, b.span, b.top, b.height]));
    expect(places(again)).not.toEqual(places(auto));
    expect(articles).toEqual(expect.arrayContaining(order));
    expect(refused(await s.autoPlacePage({ page: 9 }))).toBe('没有第9版');
    await nothingLost(s);
  });

  test('removing a block of an auto-placed page keeps the others where they were and does not bring it back', async () => {
    const { file } = autoSample();
    const s = session(file);
    const auto = await s.getPage({ page: 2 });
    const gone = auto.blocks[0]?.article as string;
    // Auto-placement found no room for some articles of the list: they are unplaced already.
    const left = (await s.getState()).unplaced;
    expect(left).not.toContain(gone);
    const r = ok(await s.removeBlock({ page: 2, block: 0 }));
    expect([...r.state.unplaced].sort()).toEqual([...left, gone].sort());
    const after = await s.getPage({ page: 2 });
    expect(after.blocks.map((b) => [b.article, b.column, b.top, b.height])).toEqual(auto.blocks.slice(1).map((b) => [b.article, b.column, b.top, b.height]));
    await nothingLost(s);
  });
});

const jumpLines = async (s: DocumentSession): Promise<Record<number, string[]>> => {
  const out: Record<number, string[]> = {};
  for (const p of (await s.getState()).pages) out[p.number] = text(await s.getPage({ page: p.number })).match(/（[上下][转接]第\d+版）/g) ?? [];
  return out;
};

describe('pages', () => {
  test('a page added before page 2 is numbered 2; the pages after it move up and the continuation lines follow', async () => {
    const s = session();
    expect(await jumpLines(s)).toEqual({ 1: ['（下转第2版）'], 2: ['（上接第1版）'] });
    const r = ok(await s.addPage({ at: 2, template: 'tabloid', section: '专题', editor: '王芳' }));
    expect(r.state.undo).toBe('新增第2版（专题）');
    expect(r.state.pages.map((p) => [p.number, p.section, p.template])).toEqual([[1, '要闻', 'broadsheet'], [2, '专题', 'tabloid'], [3, '城市', 'broadsheet']]);
    expect((await s.getPage({ page: 2 })).blocks).toEqual([]);
    expect(text(await s.getPage({ page: 2 }))).toContain('责任编辑 王芳');
    expect(await jumpLines(s)).toEqual({ 1: ['（下转第3版）'], 2: [], 3: ['（上接第1版）'] });
    expect(text(await s.getPage({ page: 1 }))).toContain('今日3版');
    ok(await s.undo());
    expect(await jumpLines(s)).toEqual({ 1: ['（下转第2版）'], 2: ['（上接第1版）'] });
  });

  test('pages moved by dragging are numbered anew, and 下转/上接 name the new numbers', async () => {
    const s = session();
    ok(await s.addPage({ at: 3, template: 'broadsheet', section: '体育', editor: '李强' }));
    const r = ok(await s.movePage({ page: 2, to: 3 }));
    expect(r.state.undo).toBe('第2版（城市）移到第3版');
    expect(r.state.pages.map((p) => p.section)).toEqual(['要闻', '体育', '城市']);
    expect(await jumpLines(s)).toEqual({ 1: ['（下转第3版）'], 2: [], 3: ['（上接第1版）'] });
    // The 城市 page first: lead-metro now starts there and goes on to 要闻.
    ok(await s.movePage({ page: 3, to: 1 }));
    expect((await s.getState()).pages.map((p) => p.section)).toEqual(['城市', '要闻', '体育']);
    expect(await jumpLines(s)).toEqual({ 1: ['（下转第2版）'], 2: ['（上接第1版）'], 3: [] });
    expect(text(await s.getPage({ page: 1 }))).toContain('第1版　责任编辑 陈立');
    expect(refused(await s.movePage({ page: 7, to: 1 }))).toBe('没有第7版');
    ok(await s.undo());
    ok(await s.undo());
    expect((await s.getState()).pages.map((p) => p.section)).toEqual(['要闻', '城市', '体育']);
  });

  test('a deleted page\'s articles become unplaced with all their text; the last page cannot be deleted', async () => {
    const s = session();
    const onPage2 = (await s.getPage({ page: 2 })).blocks.map((b) => b.article).filter((a) => a !== 'lead-metro');
    const r = ok(await s.deletePage({ page: 2 }));
    expect(r.state.undo).toBe('删除第2版（城市）');
    expect(r.state.pages.map((p) => p.number)).toEqual([1]);
    expect(r.state.unplaced).toEqual(r.state.articles.map((a) => a.id).filter((id) => onPage2.includes(id)));
    expect(r.state.diagnostics.some((d) => d.kind === 'overset' && d.article === 'lead-metro')).toBe(true);
    await nothingLost(s);
    expect(refused(await s.deletePage({ page: 1 }))).toBe('一期报纸至少要有一个版');
    ok(await s.undo());
    expect((await s.getState()).unplaced).toEqual([]);
  });

  test('a page\'s 版名 and names are edited on that page only; empty 版名 is refused, empty 美编 removes it', async () => {
    const s = session();
    const before = await revisions(s);
    const r = ok(await s.editPage({ page: 2, section: '城市新闻', editor: '赵敏', proofreader: '钱进', designer: '' }));
    expect(r.state.undo).toBe('修改第2版版名、责任编辑、美编、校对');
    expect(r.state.pages[1]).toMatchObject({ section: '城市新闻', editor: '赵敏', proofreader: '钱进' });
    expect(r.state.pages[1]).not.toHaveProperty('designer');
    expect(await revisions(s)).toEqual([before[0], (before[1] as number) + 1]);
    const header = text(await s.getPage({ page: 2 }));
    expect(header).toContain('城市新闻');
    expect(header).toContain('第2版　责任编辑 赵敏　校对 钱进');
    expect(refused(await s.editPage({ page: 2, section: '' }))).toBe('版名不能为空');
    expect(refused(await s.addPage({ at: 1, template: 'magazine', section: '副刊', editor: '王' }))).toBe('没有模板“magazine”');
    ok(await s.undo());
    expect((await s.getState()).pages[1]).toMatchObject({ section: '城市', editor: '陈立', designer: '林晓' });
  });
});
