import { describe, expect, it } from 'vitest';
import { importFile } from '../../src-main/import/import-file.js';
import { makePlainDocx, makeStyledDocx, PNG } from './make-files.js';
import { tempFolder } from './temp-files.js';

const write = tempFolder();

describe('Word .docx', () => {
  it('maps Title, Heading and reporter lines to tiers and byline, and extracts the embedded picture', async () => {
    const path = write('farm story.docx', await makeStyledDocx());
    const { articles, assets } = await importFile(path);
    expect(articles).toEqual([
      {
        id: 'article-1',
        kicker: '科技赋能',
        headline: '我市智慧农业示范区年内扩至十个',
        subhead: '——数字大棚让蔬菜种植更省心',
        byline: '本报记者 罗晓梅',
        paragraphs: [
          '在新洲区的智慧农业示范区，一排排数字大棚整齐排列。温度、湿度和光照全部由手机远程调控，种植户足不出户就能管好大棚。',
          '示范区负责人介绍，今年将再建设四个示范区，带动周边农户增收。',
        ],
        styles: [{ paragraph: 0, start: 25, end: 42, style: 'bold' }],
        images: [{ src: 'farm-story-image-1.png', caption: '图为种植户在数字大棚内查看蔬菜长势。', credit: '本报记者 罗晓梅 摄' }],
      },
      {
        id: 'article-2',
        headline: '图书馆延长开放时间',
        byline: '本报讯（记者 江帆）',
        paragraphs: ['从4月1日起，市图书馆每天开放至晚上九点。'],
        images: [],
      },
    ]);
    expect(assets).toHaveLength(1);
    expect(assets?.[0]?.name).toBe('farm-story-image-1.png');
    expect(Buffer.from(assets?.[0]?.bytes ?? new Uint8Array()).equals(PNG)).toBe(true);
  });

  it('keeps the bold run as a style over exactly its characters', async () => {
    const { articles, notes } = await importFile(write('bold.docx', await makeStyledDocx()));
    const [range] = articles[0]!.styles!;
    expect(articles[0]!.paragraphs[range!.paragraph]!.slice(range!.start, range!.end)).toBe('温度、湿度和光照全部由手机远程调控');
    expect(range!.style).toBe('bold');
    expect(notes.filter((n) => n.kind === 'warning' && /bold|italic/.test(n.message))).toEqual([]);
  });

  it('recognises titles in a Word file without heading styles as in plain text', async () => {
    const { articles, notes } = await importFile(write('plain.docx', await makePlainDocx()));
    expect(articles).toEqual([
      {
        id: 'article-1',
        headline: '城区新增三座口袋公园',
        byline: '本报讯（记者 钟岚）',
        paragraphs: ['近日，城区三座口袋公园建成开放，为周边居民增添了休闲好去处。', '公园内设有健身步道和儿童游乐区。'],
        images: [],
      },
    ]);
    expect(notes[0]?.message).toContain('No headings found');
  });
});
