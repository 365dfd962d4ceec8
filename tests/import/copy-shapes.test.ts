/**
 * The copy fixtures (tests/fixtures/copy/README.md says what a copy editor makes of each) import
 * to that structure: every heading tier a heading, never an article of its own or a body paragraph.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src-main/import/import-file.js';
import type { Article } from '../../src-main/model/issue.js';

const COPY = (name: string): string => fileURLToPath(new URL(`../fixtures/copy/${name}`, import.meta.url));

/** An article as the README describes it: its tiers, byline, credit, how many 小标题 and photos. */
interface Shape {
  banner?: string;
  kicker?: string;
  headline: string;
  subhead?: string;
  byline?: string;
  note?: boolean;
  credit?: string;
  paragraphs?: number;
  headings?: string[];
  photos?: Array<{ caption?: boolean; credit?: string }>;
}

function shapeOf(a: Article, want: Shape): Shape {
  const got: Shape = { headline: a.headline };
  if (a.banner) got.banner = a.banner;
  if (a.kicker) got.kicker = a.kicker;
  if (a.subhead) got.subhead = a.subhead;
  if (a.byline) got.byline = a.byline;
  if (want.note !== undefined) got.note = a.note !== undefined;
  if (a.credit) got.credit = a.credit;
  if (want.paragraphs !== undefined) got.paragraphs = a.paragraphs.length;
  const bold = (a.styles ?? []).filter((s) => s.style === 'bold' && s.start === 0 && s.end === a.paragraphs[s.paragraph]?.length);
  if (want.headings !== undefined) got.headings = bold.map((s) => a.paragraphs[s.paragraph] ?? '');
  if (want.photos !== undefined) got.photos = a.images.map((i) => ({ ...(i.caption ? { caption: true } : {}), ...(i.credit ? { credit: i.credit } : {}) }));
  return got;
}

const SHAPES: Array<[string, Shape[]]> = [
  ['one-tier.txt', [{ headline: '澜川地铁3号线全线洞通', byline: '本报讯（记者 韩晓雪）', paragraphs: 4 }]],
  ['two-tiers-above.txt', [{ kicker: '一粒稻种的“进城”之路', headline: '临水县育种基地年供优质稻种三千万斤', byline: '本报记者 苏明远　通讯员 黄子琪', paragraphs: 5 }]],
  ['kicker-headline-subhead.txt', [{ kicker: '守护澜江一湾碧水', headline: '十年禁渔换来鱼翔浅底', subhead: '——澜川市长江流域禁捕退捕工作综述', byline: '本报讯（记者 林晚秋）', paragraphs: 4 }]],
  ['banner-two-stories.txt', [
    { banner: '聚焦乡村振兴', headline: '山坳里建起“共享菜园”', byline: '本报讯（记者 邱雨桐 通讯员 蒋涛）', paragraphs: 3 },
    { kicker: '“土专家”走上讲台', headline: '农民夜校开进村部大院', byline: '本报记者 潘一舟', paragraphs: 3 },
  ]],
  ['page-banner-three-stories.txt', [
    { banner: '民生实事进行时·2025', headline: '今年首批十二所新建学校秋季开学', byline: '本报讯（记者 龚雪莹）', paragraphs: 2 },
    { headline: '家门口的养老服务站多了', subhead: '一百八十个社区实现助餐服务全覆盖', byline: '本报记者 韦思琪　通讯员 梁晨', paragraphs: 2 },
    { headline: '老旧小区加装电梯提速', byline: '本报讯（记者 彭立新）', paragraphs: 2 },
  ]],
  ['photo-local.txt', [
    { banner: '图片新闻', headline: '澜江晨雾', paragraphs: 1, photos: [{ credit: '本报记者 杨帆 通讯员 许静 刘一鸣 摄影报道' }] },
    { headline: '槐花开满老街巷', paragraphs: 1, photos: [{ credit: '本报记者 杨帆 摄' }] },
  ]],
  ['photo-xinhua.txt', [
    { headline: '龙舟竞渡迎端午', paragraphs: 1, photos: [{ credit: '（新华社记者 程立 摄）' }] },
    { headline: '麦收时节机声隆', paragraphs: 1, photos: [{ credit: '（新华社记者 程立 汪楠 摄）' }] },
  ]],
  ['briefs.txt', [{
    headline: '简讯', paragraphs: 12,
    headings: ['市图书馆延长夜间开放时间', '澜江大桥夜间封闭检修', '西岭区新增五条公交微循环线', '全市首家“共享厨房”开门迎客', '临水县举办首届杨梅文化节', '澜川博物馆推出“夜游”活动'],
  }]],
  ['briefs-runin.txt', [{ headline: '本市短讯', paragraphs: 5, headings: [] }]],
  ['editor-note.txt', [{ kicker: '老城新事', headline: '百年书院里又闻读书声', byline: '本报记者 沈清禾', note: true, paragraphs: 3 }]],
  ['long-crossheads.txt', [{
    kicker: '老工业基地的“新”答卷', headline: '澜川：从“一根管子”到一条产业链', subhead: '——来自东渡装备制造产业园的调查', byline: '本报记者 罗启明　董欣然',
    headings: ['老厂房里长出新产业', '一张网连起上下游', '从“制造”到“智造”', '走出去的底气', '人才从哪里来'],
  }]],
  ['tiny-stories.txt', [
    { headline: '澜川籍选手获全国游泳冠军赛两金', byline: '本报北京5月21日电（记者 钱卫东）', credit: '（完）', paragraphs: 1 },
    { headline: '暑期托管班6月20日起报名', byline: '本报讯（记者 郑可 实习生 卢佳怡）', paragraphs: 1 },
    { headline: '澜江夜游航线恢复运营', credit: '（本报记者 郑可）', paragraphs: 2 },
    { headline: '我市启动第三次全国土壤普查外业调查', byline: '本报临水6月3日电（记者 贾文博 实习生 巫嘉禾）', credit: '（本报记者 贾文博 实习生 巫嘉禾）', paragraphs: 1 },
    { headline: '西岭区一居民楼凌晨起火无人伤亡', credit: '（据澜川消防微信公众号）', paragraphs: 1 },
  ]],
  ['mixed-scripts.txt', [{ headline: 'AI质检进车间　良品率提升3.2个百分点', subhead: '“LC-Vision 2.0”在澜川智造产业园投用', byline: '本报讯（记者 温思齐）', paragraphs: 5 }]],
  ['enc-gb18030.txt', [{ kicker: '“赶大集”赶出新气象', headline: '北坝镇千年古集焕新开市', byline: '本报讯（记者 刘䶮 通讯员 王堃）', paragraphs: 4 }]],
  ['enc-utf16le-bom.txt', [{ headline: '澜川港集装箱吞吐量创同期新高', subhead: '前5个月完成68.3万标箱，同比增长12.6%', byline: '本报讯（记者 殷若水）', paragraphs: 3 }]],
  ['enc-utf8-bom-crlf.txt', [{ headline: '社区“微议事”解决大问题', byline: '本报记者 欧阳静　通讯员 祝小楠', paragraphs: 3 }]],
  ['md-three-levels.md', [{
    kicker: '夏粮丰收在望', headline: '澜川二十八万亩小麦开镰收割', subhead: '——预计总产量较上年增长百分之四', byline: '本报讯（记者 唐小禾 通讯员 简宁）', paragraphs: 4,
    photos: [{ caption: true, credit: '本报记者 唐小禾 摄' }],
  }]],
  ['md-two-stories.md', [
    { kicker: '文明城市创建进行时', headline: '背街小巷里的“绣花功夫”', byline: '本报讯（记者 伍佳琪）', paragraphs: 2, photos: [{ caption: true, credit: '本报记者 伍佳琪 摄' }] },
    { headline: '公交“爱心专线”通到了医院门口', subhead: '——六条线路串起全市十一家三甲医院', byline: '本报讯（记者 蔡明哲 实习生 柯雨晴）' },
  ]],
  ['broadsheet-lead-metro.txt', [{
    kicker: '串起城市“双十字”骨架', headline: '澜川地铁5号线开通初期运营', subhead: '——全长三十二公里设站二十四座，日均客流预计四十万人次', byline: '本报记者 韩晓雪　宋景行',
    paragraphs: 17, headings: ['一条线带动一片城', '细节处见温度', '建设者的坚守'], photos: [{ caption: true, credit: '本报记者 杨帆 摄' }],
  }]],
  ['broadsheet-trade.txt', [{ headline: '前三季度全市外贸进出口增长9.4%', byline: '本报讯（记者 殷若水）', paragraphs: 4 }]],
  ['broadsheet-culture.txt', [{ kicker: '老手艺遇上新课堂', headline: '南湖区十二所中小学开设非遗课程', byline: '本报记者 沈清禾　通讯员 杜若', paragraphs: 5, photos: [{ caption: true, credit: '本报记者 沈清禾 摄' }] }]],
  ['broadsheet-farm.txt', [{ headline: '小小蘑菇撑起增收“致富伞”', byline: '本报记者 唐小禾　通讯员 简宁', paragraphs: 5, headings: [] }]],
  ['broadsheet-health.txt', [{ headline: '全市二级以上医院实现检查结果互认', subhead: '患者转诊不必重复检查，预计每年可节省费用约一亿元', byline: '本报讯（记者 何文斌）', paragraphs: 4 }]],
  ['broadsheet-comment.txt', [{ kicker: '澜川观察', headline: '让“口袋公园”装满民生温度', credit: '（作者系本报评论员）', paragraphs: 4 }]],
  ['broadsheet-shorts.txt', [
    { headline: '澜川港开通至东盟第五条集装箱航线', byline: '本报讯（记者 殷若水 通讯员 黎明）', paragraphs: 1 },
    { headline: '全市首个“夜间托育点”投用', byline: '本报讯（记者 郑可 实习生 卢佳怡）', paragraphs: 1 },
    { headline: '临水县冬季森林防火进入关键期', byline: '本报临水12月3日电（记者 贾文博）', paragraphs: 1 },
  ]],
  ['broadsheet-photo.txt', [{ banner: '图片新闻', headline: '初雪里的老城', paragraphs: 1, photos: [{ credit: '本报记者 杨帆 摄' }] }]],
  ['broadsheet-briefs.txt', [{ headline: '简讯', paragraphs: 10, headings: ['澜川图书馆新馆试开放', '冬季供暖热线开通', '东渡区新增公共充电桩六百个', '西岭区举办冬季招聘会', '市民健身中心推出夜场优惠'] }]],
];

describe('copy in the shapes a newsroom delivers imports to the structure a copy editor expects', () => {
  it.each(SHAPES)('%s', async (file, want) => {
    const { articles } = await importFile(COPY(file));
    expect(articles.map((a, i) => shapeOf(a, want[i] ?? { headline: '' }))).toEqual(want);
  });

  it('runs in the titles of a ■ brief column bold', async () => {
    const [briefs] = (await importFile(COPY('briefs-runin.txt'))).articles;
    const titles = (briefs?.styles ?? []).map((s) => briefs?.paragraphs[s.paragraph]?.slice(s.start, s.end));
    expect(titles).toEqual(['■东渡区新增三处口袋公园', '■市民热线上线“一键挪车”', '■西岭区启动夏季送清凉活动', '■临水县完成首批高标准农田验收', '■澜川职业技术学院新设无人机专业']);
  });

  it('says where a reading of the tiers is uncertain', async () => {
    const { notes } = await importFile(COPY('banner-two-stories.txt'));
    expect(notes.filter((n) => n.kind === 'headline' && n.message.includes('check the tiers')).map((n) => n.article)).toEqual(['article-2']);
  });
});
