/**
 * Several blocks at once (issue 11's tools): moved together, taken off together, cut and pasted onto
 * another page with their looks, copied as 副本, duplicated; each one undoable step.
 */
import { expect, test } from 'vitest';
import type { DocumentSession } from '../../src-main/session/document-session.js';
import { ok, refused, session } from '../helpers/session.js';

// Page 2 of the sample: 2 nanmen-market-reopens (cols 1–4, lines 14–58), 3 village-fire-brigade,
// 4 small-business-tax (cols 1–4, lines 59–77), 5 elderly-canteen, 6 city-football-final (cols 1–4, lines 78–91).
const placeOf = async (s: DocumentSession, page: number, article: string) => (await s.getPage({ page })).blocks.find((b) => b.article === article);

test('two blocks moved together keep their shape, in one undoable step; a move that puts one past the foot is refused', async () => {
  const s = session();
  ok(await s.removeBlock({ page: 2, block: 6 }));
  const r = ok(await s.moveBlocks({ page: 2, blocks: [2, 4], columns: 0, lines: 14 }));
  expect(r.state.undo).toBe('移动2块稿件');
  expect(await placeOf(s, 2, 'nanmen-market-reopens')).toMatchObject({ column: 1, top: 28, height: 45 });
  expect(await placeOf(s, 2, 'small-business-tax')).toMatchObject({ column: 1, top: 73, height: 19 });
  ok(await s.undo());
  expect(await placeOf(s, 2, 'nanmen-market-reopens')).toMatchObject({ top: 14 });
  expect(await placeOf(s, 2, 'small-business-tax')).toMatchObject({ top: 59 });
  expect(refused(await s.moveBlocks({ page: 2, blocks: [2, 4], columns: 0, lines: 15 }))).toBe('《前10个月小微企业减税降费超40亿元》超出版心：排到第93行，本版只有92行');
  expect(refused(await s.moveBlocks({ page: 2, blocks: [2, 4], columns: 4, lines: 0 }))).toMatch(/重叠/);
});

test('blocks taken off together go to 未上版 whole; one undo brings them all back', async () => {
  const s = session();
  const r = ok(await s.removeBlocks({ page: 2, blocks: [3, 5] }));
  expect(r.state.undo).toBe('撤下2块稿件');
  expect(r.state.unplaced.sort()).toEqual(['elderly-canteen', 'village-fire-brigade']);
  ok(await s.undo());
  expect((await s.getState()).unplaced).toEqual([]);
});

test('a block cut from page 2 is pasted on page 3 at its place with its look; a copied one comes as a copy (副本)', async () => {
  const s = session();
  ok(await s.addPage({ at: 3, template: 'broadsheet', section: '社会', editor: '李强' }));
  const cut = await s.copyBlocks({ page: 2, blocks: [5] });
  expect(cut).toEqual([expect.objectContaining({ article: 'elderly-canteen', column: 5, span: 4, top: 65, height: 27 })]);
  ok(await s.removeBlocks({ page: 2, blocks: [5] }));
  const pasted = ok(await s.pasteBlocks({ page: 3, items: cut }));
  expect(pasted.state.undo).toBe('粘贴1块稿件');
  expect(pasted.state.unplaced).toEqual([]);
  expect(await placeOf(s, 3, 'elderly-canteen')).toMatchObject({ column: 5, span: 4, top: 65, height: 27 });

  const copied = await s.copyBlocks({ page: 2, blocks: [3] });
  const again = ok(await s.pasteBlocks({ page: 3, items: copied.map((c) => ({ ...c, top: 0 })) }));
  expect(again.state.undo).toBe('粘贴1块稿件（1篇为副本）');
  const copy = again.state.articles.find((a) => a.id === 'village-fire-brigade-copy');
  const original = again.state.articles.find((a) => a.id === 'village-fire-brigade');
  expect(copy?.paragraphs).toEqual(original?.paragraphs);
  expect(await placeOf(s, 3, 'village-fire-brigade-copy')).toMatchObject({ column: 5, top: 0 });
  expect(await placeOf(s, 2, 'village-fire-brigade')).toBeDefined();
  // Pasted again where the copy now stands: refused, nothing changes.
  expect(refused(await s.pasteBlocks({ page: 3, items: copied.map((c) => ({ ...c, top: 0 })) }))).toMatch(/^粘贴不下：与《.+》重叠/);
});

test('创建副本 adds a copy of each story to 未上版 under an id of its own', async () => {
  const s = session();
  const r = ok(await s.duplicateArticles({ articles: ['elderly-canteen', 'elderly-canteen'] }));
  expect(r.state.undo).toBe('创建2篇稿件的副本');
  expect(r.state.unplaced).toEqual(['elderly-canteen-copy', 'elderly-canteen-copy2']);
  expect(refused(await s.duplicateArticles({ articles: ['nope'] }))).toBe('没有稿件“nope”');
});
