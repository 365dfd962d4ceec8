/** Headline controls (issue 11's tools): a block's main headline set in another size (号 or pt), font, alignment, lines, or vertical; each undoable, refused where it would not fit. */
import { expect, test } from 'vitest';
import type { TextRun } from '../../src-main/model/display-list.js';
import type { DocumentSession } from '../../src-main/session/document-session.js';
import { ok, refused, session } from '../helpers/session.js';

const HARVEST = 'autumn-harvest';

async function harvest(s: DocumentSession): Promise<{ block: number; runs: TextRun[]; title: NonNullable<Awaited<ReturnType<DocumentSession['getPage']>>['blocks'][number]>['title']; left: number; right: number }> {
  const view = await s.getPage({ page: 1 });
  const b = view.blocks.find((x) => x.article === HARVEST);
  if (!b) throw new Error('the sample has 江城秋粮总产再创新高 on page 1');
  const runs = view.layout.items.filter((i): i is TextRun => i.kind === 'text' && i.source?.article === HARVEST && i.source.part === 'headline');
  const xs = b.outline.map(([x]) => x);
  return { block: b.index, runs, title: b.title, left: Math.min(...xs), right: Math.max(...xs) };
}

test('a size in 号 or in pt sets the headline there; the block shows it as its own, and undo gives the template\'s back', async () => {
  const s = session();
  const before = await harvest(s);
  expect(before.title.own).toEqual({});
  const r = ok(await s.styleHeadline({ page: 1, block: before.block, look: { size: '小一' } }));
  expect(r.state.undo).toBe('修改《江城秋粮总产再创新高》标题字号');
  const after = await harvest(s);
  expect(after.title).toMatchObject({ size: 24, own: { size: '小一' } });
  expect(after.runs.every((run) => run.size === 24)).toBe(true);
  ok(await s.styleHeadline({ page: 1, block: before.block, look: { size: 20 } }));
  expect((await harvest(s)).runs.every((run) => run.size === 20)).toBe(true);
  ok(await s.styleHeadline({ page: 1, block: before.block, look: { size: null } }));
  expect((await harvest(s)).title).toMatchObject({ size: before.title.size, own: {} });
  ok(await s.undo());
  expect((await harvest(s)).title.own).toEqual({ size: 20 });
});

test('another font, alignment to the left, and one line at most each change how the headline is set', async () => {
  const s = session();
  const before = await harvest(s);
  const font = before.runs[0]?.font;
  ok(await s.styleHeadline({ page: 1, block: before.block, look: { role: before.title.role === 'headline-hei' ? 'headline-song' : 'headline-hei' } }));
  expect((await harvest(s)).runs[0]?.font).not.toBe(font);
  const centred = Math.min(...(await harvest(s)).runs.map((r) => r.x));
  ok(await s.styleHeadline({ page: 1, block: before.block, look: { align: 'left' } }));
  const left = await harvest(s);
  expect(Math.min(...left.runs.map((r) => r.x))).toBeLessThan(centred - 10);
  expect(Math.min(...left.runs.map((r) => r.x)) - left.left).toBeLessThan(20);
  // A long headline held to one line is condensed and shrunk to fit it.
  ok(await s.editArticle({ article: HARVEST, changes: { headline: '江城秋粮总产再创新高 全年粮食产量连续五年稳定在高位' } }));
  ok(await s.styleHeadline({ page: 1, block: before.block, look: { lines: 1 } }));
  const one = await harvest(s);
  expect(new Set(one.runs.map((r) => r.y)).size).toBe(1);
  expect((await s.getState()).diagnostics.some((d) => d.kind === 'headline-shrunk' && d.article === HARVEST)).toBe(true);
});

test('a font fonts.json does not name, a size that is no size, or one that would print over the story below is refused', async () => {
  const s = session();
  const { block } = await harvest(s);
  expect(refused(await s.styleHeadline({ page: 1, block, look: { role: 'fangzheng-xiaobiaosong' } }))).toBe('没有字体“fangzheng-xiaobiaosong”：fonts.json 里没有这个字体');
  expect(refused(await s.styleHeadline({ page: 1, block, look: { size: '特大号' } }))).toBe('字号“特大号”不对：写号数（如小初、一号）或 6–200 pt');
  expect(refused(await s.styleHeadline({ page: 1, block, look: { size: 120, lines: 4 } }))).toMatch(/^《江城秋粮总产再创新高》的标题.*压/);
  expect((await harvest(s)).title.own).toEqual({});
});
