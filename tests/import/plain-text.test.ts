import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src-main/import/import-file.js';
import type { Article } from '../../src-main/model/issue.js';
import { FIXTURES, tempFolder } from './temp-files.js';

const PAGE = join(FIXTURES, 'printed-page.txt');
const PAGE_TEXT = readFileSync(PAGE, 'utf8');
const write = tempFolder();

const EXPECTED: Article[] = [
  {
    id: 'article-1',
    kicker: '春耕时节农事忙',
    headline: '江城万亩良田开犁播种',
    subhead: '——记城郊红星农业合作社的一天',
    byline: '本报记者 周文静',
    paragraphs: [
      '清晨六点，城郊红星农业合作社的机耕队已经出发。二十台拖拉机排成一列，沿着新修的机耕路驶向东湖畔的万亩良田。',
      '合作社理事长刘长根告诉记者，今年社里新添了八台北斗导航插秧机，每台每天能插秧六十亩，比人工快了近三十倍。',
      '“过去插秧要请上百个帮工，现在十几个人就够了。”刘长根说。',
      '科技助力春耕',
      '在田埂边，农技员正在为社员讲解测土配方施肥的要领。据介绍，今年全市将推广测土配方施肥技术一百二十万亩，预计每亩可节省化肥八公斤左右。',
    ],
    styles: [{ paragraph: 3, start: 0, end: 6, style: 'bold' }],
    images: [{ src: 'missing:article-1-photo-1', caption: '图为红星农业合作社的机手驾驶插秧机在田间作业。', credit: '本报记者 周文静 摄' }],
  },
  {
    id: 'article-2',
    kicker: '稳岗扩就业',
    headline: '我市春季招聘会提供岗位两万余个',
    byline: '本报讯（记者 孙艳 通讯员 陈曦）',
    paragraphs: [
      '3月15日，2025年江城市春季大型招聘会在市会展中心举行。来自制造、物流、信息技术等行业的三百余家企业进场招聘，提供就业岗位两万余个。',
      '现场设置了高校毕业生、退役军人、就业困难人员等专区。市人社局有关负责人介绍，招聘会期间还将开展线上直播带岗，帮助求职者足不出户了解企业情况。',
      '据统计，当天进场求职人数约一万二千人次，初步达成就业意向四千三百余人。',
    ],
    images: [],
  },
  {
    id: 'article-3',
    headline: '老街换新颜',
    byline: '本报讯（记者 马骏）',
    paragraphs: [
      '经过半年的改造提升，位于老城区的青石板街日前重新开街。改造中，施工方保留了街区原有的青石路面和明清风格的建筑立面，对地下管网、照明和消防设施进行了全面更新。',
      '“街还是那条街，走起来却舒服多了。”在这里住了四十多年的居民王阿婆说。',
      '下一步，区里将引入非遗工坊和老字号店铺，让老街既留住烟火气，又焕发新活力。',
    ],
    // The credit names a photo that is not in the file: its frame waits for it.
    images: [{ src: 'missing:article-3-photo-1', credit: '（本报记者 马骏 摄）' }],
  },
  {
    id: 'article-4',
    headline: '省内代表委员热议科技创新话题',
    subhead: '加快发展新质生产力成高频词',
    byline: '本报北京3月14日电（记者 林涛）',
    paragraphs: [
      '“创新是第一动力。”连日来，来自我省的全国人大代表、全国政协委员围绕科技创新建言献策。',
      '代表们认为，要把科技创新摆在更加突出的位置，推动创新链、产业链、资金链和人才链深度融合。',
    ],
    images: [],
  },
];

describe('plain text as a printed page gives it', () => {
  it('finds four articles with their tiers, bylines, paragraphs, photo and credit', async () => {
    const { articles } = await importFile(PAGE);
    expect(articles).toEqual(EXPECTED);
  });

  it('notes every join of a cut paragraph, and only those', async () => {
    const { notes } = await importFile(PAGE);
    const joins = notes.filter((n) => n.kind === 'joined-fragments');
    expect(joins.map((n) => [n.article, n.line])).toEqual([
      ['article-1', 9],
      ['article-1', 17],
      ['article-2', 29],
      ['article-3', 39],
      ['article-4', 54],
    ]);
    expect(joins[0]?.message).toContain('line 11');
  });

  it('says why each article boundary was drawn and how the titles were read', async () => {
    const { notes } = await importFile(PAGE);
    const boundaries = notes.filter((n) => n.kind === 'article-boundary');
    expect(boundaries.map((n) => [n.article, n.line])).toEqual([
      [undefined, 24],
      ['article-2', 26],
      ['article-3', 38],
      ['article-4', 49],
    ]);
    expect(boundaries[0]).toMatchObject({ text: '＊＊＊' });
    expect(boundaries[1]?.message).toContain('separator line 24');
    expect(boundaries[2]?.message).toContain('2 blank lines');
    expect(boundaries[3]?.message).toContain('本报北京3月14日电');
    const headline4 = notes.find((n) => n.kind === 'headline' && n.article === 'article-4');
    expect(headline4?.message).toContain('both lines are long');
    expect(notes.find((n) => n.kind === 'caption')?.message).toContain('missing:article-1-photo-1');
    expect(notes.filter((n) => n.kind === 'caption').map((n) => n.article)).toEqual(['article-1', 'article-3']);
    expect(notes.find((n) => n.kind === 'headline' && n.message.includes('科技助力春耕'))?.message).toContain('is a 小标题');
  });

  it('reads the UTF-8 file and says so', async () => {
    const { notes } = await importFile(PAGE);
    expect(notes[0]).toEqual({ kind: 'encoding', message: 'Read as UTF-8 (the bytes are valid UTF-8).' });
  });

  const encodings: [string, () => Uint8Array, RegExp][] = [
    ['GB18030', () => iconv.encode(PAGE_TEXT, 'gb18030'), /^Read as GB18030 \(GBK\) \(detected by chardet/],
    ['GBK with CRLF', () => iconv.encode(PAGE_TEXT.replace(/\n/g, '\r\n'), 'gbk'), /^Read as GB18030/],
    ['UTF-16 LE with BOM', () => iconv.encode(PAGE_TEXT, 'utf-16le', { addBOM: true }), /^Read as UTF-16 LE \(byte-order mark\)/],
    ['UTF-16 BE with BOM', () => iconv.encode(PAGE_TEXT, 'utf-16be', { addBOM: true }), /^Read as UTF-16 BE \(byte-order mark\)/],
    ['UTF-16 LE without BOM', () => iconv.encode(PAGE_TEXT, 'utf-16le'), /^Read as UTF-16 LE \(recognised by its byte pattern/],
    ['UTF-16 BE without BOM', () => iconv.encode(PAGE_TEXT, 'utf-16be'), /^Read as UTF-16 BE \(recognised by its byte pattern/],
    ['UTF-8 with BOM and CRLF', () => iconv.encode(PAGE_TEXT.replace(/\n/g, '\r\n'), 'utf-8', { addBOM: true }), /^Read as UTF-8 \(byte-order mark\)/],
  ];
  it.each(encodings)('imports the same articles from %s', async (name, bytes, note) => {
    const path = write(`${name.replace(/\W+/g, '-')}.txt`, bytes());
    const { articles, notes } = await importFile(path);
    expect(articles).toEqual(EXPECTED);
    expect(notes[0]?.kind).toBe('encoding');
    expect(notes[0]?.message).toMatch(note);
  });

  it('reads UTF-8 with one damaged byte, and warns about the lost character (a byte of 东 is now three �)', async () => {
    const bytes = Buffer.from(PAGE_TEXT);
    bytes[bytes.indexOf('东湖畔')] = 0xff;
    const { articles, notes } = await importFile(write('damaged.txt', bytes));
    expect(articles).toHaveLength(4);
    expect(articles[0]?.paragraphs[0]).toContain('沿着新修的机耕路驶向\uFFFD\uFFFD\uFFFD湖畔');
    expect(notes.slice(0, 2).map((n) => n.message)).toEqual([
      'Read as UTF-8 (the bytes are UTF-8 except for a few damaged ones).',
      '3 characters could not be decoded and show as �.',
    ]);
  });

  it('imports Big5 copy from Hong Kong or Taiwan', async () => {
    const text = '市區新增三座公園\n\n本報訊（記者 陳明）市區三座口袋公園昨日建成開放，為周邊居民增添了休閒好去處。\n';
    const { articles, notes } = await importFile(write('big5.txt', iconv.encode(text, 'big5')));
    expect(articles[0]?.headline).toBe('市區新增三座公園');
    expect(articles[0]?.paragraphs).toEqual(['本報訊（記者 陳明）市區三座口袋公園昨日建成開放，為周邊居民增添了休閒好去處。']);
    expect(notes[0]?.message).toMatch(/^Read as Big5/);
  });
});

describe('plain text without indentation', () => {
  const text = [
    '夜市点亮城市烟火气',
    '',
    '本报讯（记者 黄蕾）入夜，汉江边的滨江夜市人头攒动。摊主们支起小桌，售卖热干面、豆皮和各色小吃，',
    '',
    '游客边逛边尝，热闹非凡。',
    '',
    '文旅融合',
    '',
    '夜市还引入了非遗展演和露天电影，吸引不少年轻人前来打卡。',
    '',
    '本报记者 黄蕾 摄影报道',
  ].join('\n');

  it('joins a cut sentence but sets a short 小标题 apart, and gives the photo-story credit a frame', async () => {
    const { articles } = await importFile(write('no-indent.txt', text));
    expect(articles).toEqual([
      {
        id: 'article-1',
        headline: '夜市点亮城市烟火气',
        byline: '本报讯（记者 黄蕾）',
        paragraphs: [
          '入夜，汉江边的滨江夜市人头攒动。摊主们支起小桌，售卖热干面、豆皮和各色小吃，游客边逛边尝，热闹非凡。',
          '文旅融合',
          '夜市还引入了非遗展演和露天电影，吸引不少年轻人前来打卡。',
        ],
        styles: [{ paragraph: 1, start: 0, end: 4, style: 'bold' }],
        images: [{ src: 'missing:article-1-photo-1', credit: '本报记者 黄蕾 摄影报道' }],
      },
    ]);
  });

  it('takes a short indented line with no sentence punctuation for a 小标题 where every line is indented, but not a short paragraph', async () => {
    const indented = [
      '公园绿地多了',
      '　　本报讯（记者 黄蕾）今年以来，我市新建口袋公园八十六个，市民休闲有了新去处。',
      '',
      '　　家门口的绿色客厅',
      '',
      '　　西岭区青年路的口袋公园里，老人下棋，孩子玩沙，热热闹闹。',
      '',
      '　　真是好地方！',
      '',
      '　　园区管护由社区志愿者认领，每周巡查两次。',
    ].join('\n');
    const [article] = (await importFile(write('indented-crosshead.txt', indented))).articles;
    expect(article?.paragraphs).toEqual(['今年以来，我市新建口袋公园八十六个，市民休闲有了新去处。', '家门口的绿色客厅', '西岭区青年路的口袋公园里，老人下棋，孩子玩沙，热热闹闹。', '真是好地方！', '园区管护由社区志愿者认领，每周巡查两次。']);
    expect(article?.styles).toEqual([{ paragraph: 1, start: 0, end: 8, style: 'bold' }]);
  });

  it('gives an article with no title a marked placeholder headline and a warning', async () => {
    const { articles, notes } = await importFile(write('no-title.txt', '本报讯（记者 黄蕾）今天上午，市民之家举行开放日活动。\n'));
    expect(articles[0]?.headline).toBe('【缺标题】');
    expect(articles[0]?.byline).toBe('本报讯（记者 黄蕾）');
    expect(notes.some((n) => n.kind === 'warning' && n.message.includes('No headline'))).toBe(true);
  });

  it('joins a cut English word with a space and Chinese without one', async () => {
    const source = '标题行\n\n他说，这次合作将采用 open\n\nsource 方式推进，\n\n并在年内完成。\n';
    const { articles } = await importFile(write('latin.txt', source));
    expect(articles[0]?.paragraphs).toEqual(['他说，这次合作将采用 open source 方式推进，并在年内完成。']);
  });
});
