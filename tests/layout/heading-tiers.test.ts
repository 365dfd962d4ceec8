/** 栏题 above the 引题, and the 编者按 before the body: set as what they are, every character mapped back. */
import { expect, test } from 'vitest';
import type { TextRun } from '../../src-main/model/display-list.js';
import { compose, makeIssue, newsText } from '../helpers/issue.js';
import { testFonts } from '../helpers/typeset.js';

const NOTE = '【编者按】从今天起，本报开设“老城新事”专栏，记录老城区的新变化。';

test('栏题, 引题, 主题 and 副题 stand in that order over the body, the 编者按 before the byline, its label bold', () => {
  const issue = makeIssue(
    [{ id: 'a', banner: '聚焦乡村振兴', kicker: '春耕时节', headline: '万亩良田开犁播种', subhead: '——记合作社的一天', note: NOTE, byline: '本报记者 周文静', paragraphs: [newsText(120), newsText(80, 5)] }],
    [[{ article: 'a', column: 1, span: 4, top: 0, height: 30 }]],
  );
  const comp = compose(issue);
  const runs = (comp.pages[0]?.items ?? []).filter((i): i is TextRun => i.kind === 'text' && i.source?.article === 'a');
  const top = (part: string): number => Math.min(...runs.filter((r) => r.source?.part === part).map((r) => r.y));
  expect(top('banner')).toBeLessThan(top('kicker'));
  expect(top('kicker')).toBeLessThan(top('headline'));
  expect(top('headline')).toBeLessThan(top('subhead'));
  expect(top('subhead')).toBeLessThan(top('note'));
  expect(top('note')).toBeLessThan(top('byline'));
  const text = (part: string): string => runs.filter((r) => r.source?.part === part).map((r) => r.text).join('');
  expect(text('banner')).toBe('聚焦乡村振兴');
  expect(text('note')).toBe(NOTE);
  const fonts = testFonts();
  const label = runs.find((r) => r.source?.part === 'note' && r.source.offset === 0);
  expect(label?.font).toBe(fonts.role('emphasis-hei').key);
  const rest = runs.filter((r) => r.source?.part === 'note' && r.source.offset >= 5);
  expect(rest.length).toBeGreaterThan(0);
  for (const r of rest) {
    expect(r.font).toBe(fonts.role('emphasis-kai').key);
    expect(NOTE.slice(r.source?.offset, (r.source?.offset ?? 0) + r.text.length)).toBe(r.text);
  }
  expect(comp.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

test('an article on no page reports its 栏题, 编者按 and photo captions with the rest of its text', () => {
  const issue = makeIssue(
    [
      { id: 'a', paragraphs: [newsText(40)] },
      { id: 'b', banner: '图片新闻', headline: '澜江晨雾', note: NOTE, paragraphs: ['江面升起薄雾。'], images: [{ src: 'missing:b-photo-1', caption: '货船驶过文峰塔', credit: '本报记者 杨帆 摄' }] },
    ],
    [[{ article: 'a', column: 1, span: 4, top: 0, height: 10 }]],
  );
  const unplaced = compose(issue).diagnostics.find((d) => d.kind === 'unplaced');
  expect(unplaced && 'text' in unplaced ? unplaced.text : '').toBe(['图片新闻', '澜江晨雾', NOTE, '江面升起薄雾。', '货船驶过文峰塔', '本报记者 杨帆 摄'].join('\n'));
});

test('a byline naming only people stands on its own line; a 本报讯 lead runs in at the head of the first paragraph', () => {
  /** The y of the byline's last line, and whether body text shares it. */
  const byline = (text: string): { alone: boolean; text: string } => {
    const issue = makeIssue([{ id: 'a', byline: text, paragraphs: [newsText(200)] }], [[{ article: 'a', column: 1, span: 1, top: 0, height: 80 }]]);
    const runs = (compose(issue).pages[0]?.items ?? []).filter((i): i is TextRun => i.kind === 'text' && i.source?.article === 'a');
    const own = runs.filter((r) => r.source?.part === 'byline');
    const last = own[own.length - 1];
    return { alone: !runs.some((r) => r.source?.part === 'body' && r.y === last?.y && r.x > (last?.x ?? 0)), text: own.map((r) => r.text).join('').replace(/\s/g, '') };
  };
  expect(byline('本报记者 唐振宇')).toEqual({ alone: true, text: '本报记者唐振宇' });
  expect(byline('本报记者 唐振宇　通讯员 马丽').alone).toBe(true);
  expect(byline('本报讯（记者 王堃）')).toEqual({ alone: false, text: '本报讯（记者王堃）' });
  expect(byline('本报北京电').alone).toBe(false);
});
