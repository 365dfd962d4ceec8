/** The document session behind the app: commands, refusals, undo/redo, autosave and recovery, proof marks. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { TextRun } from '../../src-main/model/display-list.js';
import { ProofFileSchema } from '../../src-main/proof/proof-marks.js';
import { MERGE_MS } from '../../src-main/session/history.js';
import type { DocumentSession } from '../../src-main/session/document-session.js';
import { autosavePath, proofPath } from '../../src-main/session/sidecar-files.js';
import { copySample } from '../helpers/serve.js';
import { ok, session } from '../helpers/session.js';

const pageText = async (s: DocumentSession, page: number, article: string): Promise<string> =>
  (await s.getPage({ page })).layout.items.filter((i): i is TextRun => i.kind === 'text' && i.source?.article === article).map((r) => r.text).join('');
const revisions = async (s: DocumentSession): Promise<number[]> => (await s.getState()).pages.map((p) => p.revision);

// autumn-harvest is block 1 of page 1: columns 6–8, lines 10–44, with blocks under and beside it.
const HARVEST = { page: 1, block: 1, column: 6, span: 3, top: 10, height: 35 };

describe('placing blocks', () => {
  test('a resize and a move change the block, recompose only its page and can be undone and redone', async () => {
    const s = session();
    const before = await revisions(s);
    const resized = ok(await s.placeBlock({ ...HARVEST, height: 33 }));
    expect(resized.state.undo).toBe('调整《江城秋粮总产再创新高》');
    ok(await s.placeBlock({ ...HARVEST, top: 12, height: 33 }));
    const block = (await s.getPage({ page: 1 })).blocks[1];
    expect(block).toMatchObject({ article: 'autumn-harvest', column: 6, span: 3, top: 12, height: 33 });
    const after = await revisions(s);
    expect(after[0]).toBe((before[0] as number) + 2);
    expect(after[1]).toBe(before[1]);
    expect((await s.getState()).dirty).toBe(true);

    ok(await s.undo());
    expect((await s.getPage({ page: 1 })).blocks[1]).toMatchObject({ top: 10, height: 33 });
    ok(await s.undo());
    expect((await s.getPage({ page: 1 })).blocks[1]).toMatchObject({ top: 10, height: 35 });
    expect((await s.getState()).dirty).toBe(false);
    expect((await s.undo()).ok).toBe(false);
    ok(await s.redo());
    expect((await s.getPage({ page: 1 })).blocks[1]).toMatchObject({ height: 33 });
  });

  test.each([
    ['over the masthead', { top: 5 }, /压住报头/],
    ['onto another block', { top: 12 }, /与《小学生有了“AI阅读伙伴”》重叠/],
    ['past the last column', { column: 7 }, /超出版心：第7–9栏，本版只有8栏/],
    ['past the last line', { top: 60 }, /超出版心：排到第95行/],
    ['onto a page that does not exist', { page: 9 }, /没有第9版/],
    ['so short that its headline would print over the block below', { height: 1 }, /^《江城秋粮总产再创新高》的标题放不下（第1版）：会超出版块 \d+ 行，压在下面的内容上/],
  ])('a block dragged %s is refused with a message and nothing changes', async (_, change, message) => {
    const s = session();
    const before = await s.getState();
    const r = await s.placeBlock({ ...HARVEST, ...change });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
    expect(r.state.undo).toBeUndefined();
    expect(r.state.pages).toEqual(before.pages);
    expect((await s.previewPlacement({ ...HARVEST, ...change })).ok).toBe(false);
  });

  test('a preview shows the page with the block moved without changing the document', async () => {
    const s = session();
    const preview = await s.previewPlacement({ ...HARVEST, height: 20 });
    expect(preview.ok).toBe(true);
    if (preview.ok) expect(preview.page.blocks[1]?.height).toBe(20);
    expect((await s.getPage({ page: 1 })).blocks[1]?.height).toBe(35);
    expect((await s.getState()).undo).toBeUndefined();
  });
});

describe('taking articles off and putting them back', () => {
  const unplaced = async (s: DocumentSession): Promise<string[]> => (await s.getState()).diagnostics.flatMap((d) => (d.kind === 'unplaced' ? [d.article] : []));
  const metroBlocks = async (s: DocumentSession): Promise<number> =>
    (await s.getPage({ page: 1 })).blocks.filter((b) => b.article === 'lead-metro').length + (await s.getPage({ page: 2 })).blocks.filter((b) => b.article === 'lead-metro').length;

  test('taking off the first block of a continued story takes the whole story off, and undo puts both parts back', async () => {
    const s = session();
    const r = ok(await s.removeBlock({ page: 1, block: 0 }));
    expect(r.state.undo).toBe('撤下《地铁5号线一期今晨开通运营》，连同第2版的转版');
    expect(await metroBlocks(s)).toBe(0);
    expect(await unplaced(s)).toContain('lead-metro');
    ok(await s.undo());
    expect(await metroBlocks(s)).toBe(2);
    expect(await unplaced(s)).not.toContain('lead-metro');
  });

  test('taking off only the continuation leaves the story on its first page', async () => {
    const s = session();
    const r = ok(await s.removeBlock({ page: 2, block: 0 }));
    expect(r.state.undo).toBe('撤下《地铁5号线一期今晨开通运营》第2版的转版部分');
    expect((await s.getPage({ page: 1 })).blocks[0]?.article).toBe('lead-metro');
    expect(await unplaced(s)).not.toContain('lead-metro');
  });

  test('a story taken off and put back keeps its headline size and photo frame, scaled into a narrower block', async () => {
    const file = copySample();
    const s = session(file);
    /** lead-metro's block on page 1 as saved. */
    const savedBlock = async (): Promise<Record<string, unknown> | undefined> => {
      ok(await s.save());
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { pages: Array<{ blocks: Array<Record<string, unknown>> }>; articles: Array<Record<string, unknown>> };
      expect(saved.articles.find((a) => a.id === 'lead-metro')).not.toHaveProperty('lastBlock');
      return saved.pages[0]?.blocks.find((b) => b.article === 'lead-metro');
    };
    ok(await s.removeBlock({ page: 1, block: 0 }));
    ok(await s.placeArticle({ article: 'lead-metro', page: 1, column: 1, span: 5, top: 10 }));
    expect(await savedBlock()).toMatchObject({ headlineSize: '小初', photos: [{ image: 0, column: 1, span: 3, height: 14 }] });

    ok(await s.undo());
    ok(await s.placeArticle({ article: 'lead-metro', page: 1, column: 1, span: 2, top: 10 }));
    const narrow = (await savedBlock())?.photos as Array<{ column: number; span: number; height: number }>;
    expect(narrow[0]).toMatchObject({ column: 1, span: 2 });
    expect(narrow[0]?.height).toBeLessThan(14);
  });
});

describe('editing articles', () => {
  test('an edited paragraph reflows the pages the article is on, and only those', async () => {
    const s = session();
    const before = await revisions(s);
    const harvest = (await s.getState()).articles.find((a) => a.id === 'autumn-harvest');
    const paragraphs = [`金秋十月，${harvest?.paragraphs[0]}`, ...(harvest?.paragraphs.slice(1) ?? [])];
    ok(await s.editArticle({ article: 'autumn-harvest', changes: { paragraphs } }));
    expect(await pageText(s, 1, 'autumn-harvest')).toContain('金秋十月');
    const after = await revisions(s);
    expect(after).toEqual([(before[0] as number) + 1, before[1]]);

    // lead-metro runs on from page 1 to page 2: both pages reflow.
    ok(await s.editArticle({ article: 'lead-metro', changes: { headline: '地铁5号线今晨开通' } }));
    expect(await revisions(s)).toEqual([(after[0] as number) + 1, (after[1] as number) + 1]);
    expect(await pageText(s, 1, 'lead-metro')).toContain('地铁5号线今晨开通');
  });

  test('typing into one field in quick succession is one undo step; a pause makes a new one', async () => {
    let now = Date.parse('2026-11-26T08:00:00Z');
    const s = session(copySample(), { now: () => new Date(now) });
    const original = (await s.getState()).articles.find((a) => a.id === 'riverside-park')?.headline;
    for (const headline of ['锦', '锦水', '锦水河']) {
      ok(await s.editArticle({ article: 'riverside-park', changes: { headline } }));
      now += 300;
    }
    now += MERGE_MS;
    ok(await s.editArticle({ article: 'riverside-park', changes: { headline: '锦水河公园' } }));
    ok(await s.undo());
    expect((await s.getState()).articles.find((a) => a.id === 'riverside-park')?.headline).toBe('锦水河');
    ok(await s.undo());
    expect((await s.getState()).articles.find((a) => a.id === 'riverside-park')?.headline).toBe(original);
  });

  test('an empty headline is refused; an empty subhead removes it', async () => {
    const s = session();
    const r = await s.editArticle({ article: 'autumn-harvest', changes: { headline: '  ' } });
    expect(!r.ok && r.message).toBe('主题不能为空');
    ok(await s.editArticle({ article: 'autumn-harvest', changes: { subhead: '' } }));
    expect((await s.getState()).articles.find((a) => a.id === 'autumn-harvest')).not.toHaveProperty('subhead');
  });
});

test('imported article files join the issue unplaced, listed as such, and the import can be undone', async () => {
  const s = session();
  const text = '市图书馆延长开放时间\n\n本报讯 从下月起，市图书馆每天开放到晚上九点。\n\n读者可凭借阅证入馆。';
  const r = ok(await s.importArticles({ files: [{ name: 'library.txt', data: Buffer.from(text).toString('base64') }] }));
  const added = r.state.articles.find((a) => a.id === 'library-1');
  expect(added?.headline).toBe('市图书馆延长开放时间');
  expect(r.state.diagnostics.find((d) => d.kind === 'unplaced' && d.article === 'library-1')).toBeDefined();
  const bad = await s.importArticles({ files: [{ name: 'notes.doc', data: Buffer.from('x').toString('base64') }] });
  expect(!bad.ok && bad.message).toMatch(/^导入失败：notes\.doc：是旧版 Word 的 \.doc 文件：请另存为 \.docx/);
  ok(await s.undo());
  expect((await s.getState()).articles.some((a) => a.id === 'library-1')).toBe(false);
});

describe('saving, autosave and recovery', () => {
  test('save writes the issue atomically and the file reads back as the edited issue', async () => {
    const file = copySample();
    const s = session(file);
    ok(await s.placeBlock({ ...HARVEST, height: 30 }));
    ok(await s.save());
    expect((await s.getState()).dirty).toBe(false);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { pages: Array<{ blocks: Array<{ height: number }> }> };
    expect(saved.pages[0]?.blocks[1]?.height).toBe(30);
    expect(existsSync(autosavePath(file))).toBe(false);
    const again = session(file);
    expect((await again.getPage({ page: 1 })).blocks[1]?.height).toBe(30);
  });

  test('an unsaved change is autosaved beside the issue and offered back on reopening', async () => {
    const file = copySample();
    const s = session(file, { autosaveMs: 20 });
    ok(await s.editArticle({ article: 'riverside-park', changes: { headline: '滨江公园北段开放' } }));
    await expect.poll(() => existsSync(autosavePath(file))).toBe(true);
    expect((await s.getState()).autosavedAt).toBeDefined();
    expect(JSON.parse(readFileSync(file, 'utf8')).articles.find((a: { id: string }) => a.id === 'riverside-park').headline).not.toBe('滨江公园北段开放');

    // The first session never closes, as in a crash; its lock goes stale (a clock a minute on).
    const reopened = session(file, { now: () => new Date(Date.now() + 60_000) });
    expect((await reopened.getState()).recovery?.savedAt).toBeDefined();
    ok(await reopened.resolveRecovery({ restore: true }));
    const state = await reopened.getState();
    expect(state.articles.find((a) => a.id === 'riverside-park')?.headline).toBe('滨江公园北段开放');
    expect(state.dirty).toBe(true);
    expect(state.recovery).toBeUndefined();
  });

  test('edits that never pause are still autosaved, at most the delay after the first', async () => {
    const file = copySample();
    const s = session(file, { autosaveMs: 300 });
    const started = Date.now();
    let text = '滨江公园北段开放';
    // An edit every 50 ms, for three times the delay: waiting for a pause would write nothing.
    while (Date.now() - started < 900 && !existsSync(autosavePath(file))) {
      text += '字';
      ok(await s.editArticle({ article: 'riverside-park', changes: { headline: text } }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(existsSync(autosavePath(file))).toBe(true);
    expect(readFileSync(autosavePath(file), 'utf8')).toContain('滨江公园北段开放字');
    s.close();
  });

  test('recovery can be declined, which removes the autosave', async () => {
    const file = copySample();
    const s = session(file, { autosaveMs: 10_000 });
    ok(await s.editArticle({ article: 'riverside-park', changes: { headline: '不要的修改' } }));
    s.close();
    expect(existsSync(autosavePath(file))).toBe(true);
    const reopened = session(file);
    ok(await reopened.resolveRecovery({ restore: false }));
    expect(existsSync(autosavePath(file))).toBe(false);
    expect((await reopened.getState()).articles.find((a) => a.id === 'riverside-park')?.headline).not.toBe('不要的修改');
  });

  test('a damaged autosave is kept aside under another name, with a notice', async () => {
    const file = copySample();
    writeFileSync(autosavePath(file), '{"format":"banmian-autosave",');
    const s = session(file);
    const state = await s.getState();
    expect(state.notice).toMatch(/自动保存文件无法读取，已改名为 sample\.banmian\.autosave\.json\.damaged/);
    expect(existsSync(`${autosavePath(file)}.damaged`)).toBe(true);
    expect(state.recovery).toBeUndefined();
  });
});

describe('proof marks', () => {
  test('a mark is anchored to its character, follows edits before it, and is saved in the proof sidecar', async () => {
    const file = copySample();
    const s = session(file);
    const text = (await s.getState()).articles.find((a) => a.id === 'autumn-harvest')?.paragraphs[1] as string;
    const r = ok(await s.addMark({ anchor: { article: 'autumn-harvest', part: 'body', paragraph: 1, offset: 4 }, comment: '核对数字' }));
    const mark = r.state.marks[0];
    expect(mark).toMatchObject({ quote: text[4], status: 'open', comment: '核对数字' });

    // Text inserted before the mark, and a paragraph split before it, move it with its character.
    const harvest = r.state.articles.find((a) => a.id === 'autumn-harvest');
    const paragraphs = [...(harvest?.paragraphs ?? [])];
    paragraphs[1] = `今年，${paragraphs[1]}`;
    ok(await s.editArticle({ article: 'autumn-harvest', changes: { paragraphs } }));
    let moved = (await s.getState()).marks[0];
    expect(moved?.anchor).toMatchObject({ paragraph: 1, offset: 7 });
    paragraphs.splice(1, 1, '今年，', paragraphs[1]?.slice(3) as string);
    ok(await s.editArticle({ article: 'autumn-harvest', changes: { paragraphs } }));
    moved = (await s.getState()).marks[0];
    expect(moved?.anchor).toMatchObject({ paragraph: 2, offset: 4 });
    expect(paragraphs[2]?.[4]).toBe(mark?.quote);

    ok(await s.updateMark({ id: mark?.id as string, status: 'resolved' }));
    ok(await s.save());
    const proof = ProofFileSchema.parse(JSON.parse(readFileSync(proofPath(file), 'utf8')));
    expect(proof.marks).toHaveLength(1);
    expect(proof.marks[0]).toMatchObject({ status: 'resolved', anchor: { paragraph: 2, offset: 4 } });
    expect((await session(file).getState()).marks[0]?.id).toBe(mark?.id);
  });

  test('a mark off the text is refused, and mark changes are undoable', async () => {
    const s = session();
    const r = await s.addMark({ anchor: { article: 'autumn-harvest', part: 'headline', paragraph: 0, offset: 999 }, comment: '？' });
    expect(!r.ok && r.message).toBe('标记的位置不在稿件文字上');
    ok(await s.addMark({ anchor: { article: 'autumn-harvest', part: 'headline', paragraph: 0, offset: 0 }, comment: '字号' }));
    ok(await s.undo());
    expect((await s.getState()).marks).toHaveLength(0);
  });
});

test('export writes the proof PDF beside the issue', async () => {
  const file = copySample();
  const r = await session(file).exportPdf({ preset: 'proof' });
  expect(r.file).toBe(file.replace('sample.banmian.json', 'sample-proof.pdf'));
  expect(readFileSync(r.file).subarray(0, 5).toString()).toBe('%PDF-');
  expect(r.bytes).toBeGreaterThan(10_000);
});
