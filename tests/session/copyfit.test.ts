/** Copyfit figures (issue 11's tools): overset text counted in 字 and about how many 行, empty lines in about how many 字. */
import { expect, test } from 'vitest';
import type { Diagnostic } from '../../src-main/model/display-list.js';
import { ok, session } from '../helpers/session.js';

const of = (ds: readonly Diagnostic[], kind: 'overset' | 'underset', article: string) => ds.find((d) => d.kind === kind && d.article === article) as Extract<Diagnostic, { kind: 'overset' | 'underset' }> | undefined;

test('text over its block is counted in characters and lines; each paragraph more adds its own lines', async () => {
  const s = session();
  const harvest = (await s.getState()).articles.find((a) => a.id === 'autumn-harvest');
  const base = harvest?.paragraphs ?? [];
  const para = '今年全市新建高标准农田十二万亩，灌排设施同步改造。'.repeat(4); // 100 characters
  const one = ok(await s.editArticle({ article: 'autumn-harvest', changes: { paragraphs: [...base, para, para] } }));
  const over = of(one.state.diagnostics, 'overset', 'autumn-harvest');
  expect(over?.kind).toBe('overset');
  const two = ok(await s.editArticle({ article: 'autumn-harvest', changes: { paragraphs: [...base, para, para, para] } }));
  const more = of(two.state.diagnostics, 'overset', 'autumn-harvest');
  if (over?.kind !== 'overset' || more?.kind !== 'overset') throw new Error('expected overset');
  expect(more.chars - over.chars).toBe(100);
  // A column of a broadsheet holds 10 to 20 characters: 100 more are 5 to 10 more lines.
  expect(more.lines - over.lines).toBeGreaterThanOrEqual(5);
  expect(more.lines - over.lines).toBeLessThanOrEqual(10);
  expect(over.lines).toBeGreaterThanOrEqual(Math.ceil(over.chars / 20));
});

test('empty lines at a block foot say about how much text would fill them', async () => {
  const s = session();
  const harvest = (await s.getState()).articles.find((a) => a.id === 'autumn-harvest');
  const r = ok(await s.editArticle({ article: 'autumn-harvest', changes: { paragraphs: (harvest?.paragraphs ?? []).slice(0, 2) } }));
  const under = of(r.state.diagnostics, 'underset', 'autumn-harvest');
  if (under?.kind !== 'underset') throw new Error('expected underset');
  expect(under.lines).toBeGreaterThanOrEqual(2);
  expect(under.chars).toBeGreaterThanOrEqual(under.lines * 10);
});
