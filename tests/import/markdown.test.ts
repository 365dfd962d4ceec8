import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src-main/import/import-file.js';
import { FIXTURES, tempFolder } from './temp-files.js';

const write = tempFolder();

describe('Markdown', () => {
  it('maps headings to tiers, splits articles at --- and at each #, and keeps images with caption and credit', async () => {
    const { articles } = await importFile(join(FIXTURES, 'two-stories.md'));
    expect(articles).toEqual([
      {
        id: 'article-1',
        kicker: '守护一江碧水',
        headline: '江城启动长江岸线生态修复工程',
        subhead: '——今年将新增滨江绿地三百公顷',
        byline: '本报讯（记者 何清）',
        paragraphs: [
          '3月18日，江城市长江岸线生态修复工程在江滩公园开工。工程全长二十六公里，将分三期完成岸坡治理、湿地恢复和滨江步道建设。',
          '市生态环境局负责人表示，工程完工后，沿江重点排口将全部完成整治，江豚栖息的浅滩湿地也将得到保护。',
        ],
        styles: [{ paragraph: 1, start: 20, end: 31, style: 'bold' }],
        images: [{ src: 'photos/jiangtan.jpg', caption: '工人在江滩公园铺设生态护坡', credit: '本报记者 吴昊 摄' }],
      },
      {
        id: 'article-2',
        headline: '社区食堂开进老旧小区',
        byline: '本报讯（记者 唐宁）',
        paragraphs: [
          '“一荤两素十二块钱，吃得饱也吃得好。”在东风社区新开的长者食堂里，七十六岁的李大爷边吃边夸。',
          '截至目前，全市已建成社区食堂一百一十二家，覆盖老旧小区两百余个。',
        ],
        styles: [{ paragraph: 1, start: 23, end: 27, style: 'italic' }],
        images: [],
      },
      {
        id: 'article-3',
        kicker: '民生无小事',
        headline: '公交夜班线路增至二十条',
        byline: '本报讯（记者 唐宁）',
        paragraphs: ['市公交集团今起新开通四条夜班公交线路，全市夜班线路增至二十条。'],
        images: [],
      },
    ]);
  });

  it('keeps **bold** and *italic* as styles over exactly their characters, and notes tiers and boundaries', async () => {
    const { articles, notes } = await importFile(join(FIXTURES, 'two-stories.md'));
    const styled = (i: number) => articles[i]!.styles!.map((r) => [articles[i]!.paragraphs[r.paragraph]!.slice(r.start, r.end), r.style]);
    expect(styled(0)).toEqual([['重点排口将全部完成整治', 'bold']]);
    expect(styled(1)).toEqual([['老旧小区', 'italic']]);
    expect(notes.filter((n) => n.kind === 'article-boundary').map((n) => [n.article, n.line])).toEqual([
      ['article-2', 16],
      ['article-3', 22],
    ]);
    expect(notes.filter((n) => n.kind === 'warning' && /bold|italic/.test(n.message))).toEqual([]);
    expect(notes.find((n) => n.kind === 'headline' && n.line === 22)?.message).toContain('引题');
  });

  it('sets a deeper heading inside the text as a bold 小标题, with a note', async () => {
    const source = '# 主题行\n\n第一段文字。\n\n## 小标题\n\n第二段文字。\n';
    const { articles, notes } = await importFile(write('intertitle.md', source));
    expect(articles).toEqual([
      { id: 'article-1', headline: '主题行', paragraphs: ['第一段文字。', '小标题', '第二段文字。'], styles: [{ paragraph: 1, start: 0, end: 3, style: 'bold' }], images: [] },
    ]);
    expect(notes.some((n) => n.kind === 'headline' && n.message.includes('“小标题” (line 5) is a 小标题'))).toBe(true);
  });

  it('hands a heading with no text under it on to the story below as its 栏题', async () => {
    const source = '# 聚焦两会\n\n# 代表委员热议科技创新\n\n本报讯（记者 林涛）连日来，代表委员建言献策。\n';
    const { articles } = await importFile(write('banner.md', source));
    expect(articles).toEqual([{ id: 'article-1', banner: '聚焦两会', headline: '代表委员热议科技创新', byline: '本报讯（记者 林涛）', paragraphs: ['连日来，代表委员建言献策。'], images: [] }]);
  });

  it('finds the 主题 at the level the title groups share: # 引题, ## 主题, ### 副题', async () => {
    const source = '# 文明创建进行时\n\n## 背街小巷换新颜\n\n正文一。\n\n---\n\n## 公交专线通到医院\n\n### 六条线路串起三甲医院\n\n正文二。\n';
    const { articles } = await importFile(write('levels.md', source));
    expect(articles.map((a) => [a.kicker, a.headline, a.subhead])).toEqual([
      ['文明创建进行时', '背街小巷换新颜', undefined],
      [undefined, '公交专线通到医院', '六条线路串起三甲医院'],
    ]);
  });

  it('reads Markdown without headings like plain text', async () => {
    const source = '口袋公园开放\n\n本报讯（记者 钟岚）城区三座口袋公园建成开放。\n';
    const { articles } = await importFile(write('flat.md', source));
    expect(articles).toEqual([{ id: 'article-1', headline: '口袋公园开放', byline: '本报讯（记者 钟岚）', paragraphs: ['城区三座口袋公园建成开放。'], images: [] }]);
  });
});
