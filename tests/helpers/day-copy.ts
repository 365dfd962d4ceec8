/**
 * A day of copy for `npm run bench`: about 20 article files of about 70,000 characters, written
 * as a newsroom's copy editors write them — 引题, 主题 and sometimes a —— 副题 over each story, a
 * reporter line or a 本报讯 lead, paragraphs indented with two full-width spaces and a blank line
 * apart, stories two blank lines apart, now and then a 图片新闻 item, a 简讯 column or a （完）.
 * A few long stories, many medium ones, some short. The same seed always gives the same files.
 * All text is invented for the bench (the city 澜川, its districts and people do not exist).
 */
import { prng } from './prng.js';

/** The title tiers of one story, as a copy editor reads them. */
export interface StoryTitles {
  banner?: string;
  kicker?: string;
  headline: string;
  subhead?: string;
}

export interface CopyFile {
  name: string;
  text: string;
  /** Each story of the file, in order. */
  stories: StoryTitles[];
}

const FILES = 20;
const TARGET_CHARS = 70_000;
const MAX_STORIES_PER_FILE = 4;
const INDENT = '　　';

const PLACES = ['东渡区', '西岭区', '南湖区', '临水县', '北坝镇', '青石镇', '白沙街道', '柳溪村', '文昌街道', '石门村', '河口镇', '新港区'];
const CITIES = ['北京', '上海', '杭州', '广州', '成都'];
const PEOPLE = ['林秀芳', '周建国', '陈立新', '赵春梅', '孙志刚', '钱玉兰', '吴海涛', '郑小燕', '冯德胜', '褚明华', '卫红霞', '蒋国庆', '沈雅琴', '韩立军', '杨桂英', '朱晓峰', '秦海波', '许丽娟', '何文斌', '吕淑珍'];
const REPORTERS = ['田雨', '方晓琳', '唐振宇', '曹文静', '邓思远', '袁梦', '谢宏伟', '罗佳宁', '宋雪', '潘志强', '高远', '顾晓东'];
const CORRESPONDENTS = ['马丽', '刘畅', '魏东', '程晨'];
const DESKS = [
  'yaowen', 'chengshi', 'jingji', 'minsheng', 'nongcun', 'keji', 'wenhua', 'jiaoyu', 'tiyu', 'shehui',
  'fazhi', 'huanbao', 'jiaotong', 'jiankang', 'qiye', 'shequ', 'lvyou', 'zhengwu', 'quxian', 'kuaixun',
];

/**
 * Sentences with slots: {p} a place, {n} a person, {a} a small number, {b} a round hundreds,
 * {r} a rate, {m} a month, {d} a day. Each slot is filled anew, so paragraphs seldom match;
 * most {p} of a story name the place in its 主题.
 */
const SENTENCES = [
  '清晨七点，{p}的农贸市场里已经人来人往，摊主们忙着摆放刚从地里采摘的蔬菜。',
  '记者从市住房和城乡建设局了解到，今年全市计划改造老旧小区{b}个，惠及居民四万余户。',
  '“过去下雨天门口全是积水，现在路修好了，出门再也不用绕道。”居民{n}笑着说。',
  '据统计，今年前{m}个月，全市外贸进出口总额同比增长{r}%，增速高于全省平均水平。',
  '在{p}的一处施工现场，工人们正在加紧铺设雨污分流管道，力争汛期前全部完工。',
  '项目负责人{n}介绍，采用新工艺后，每平方米的施工成本下降了近三成。',
  '改造后的街道两侧新增了{a}处停车位，还设置了休息座椅和便民饮水点。',
  '{p}组织{a}支志愿服务队，逐户上门讲解医保缴费和养老服务政策。',
  '市统计局的数据显示，全市规模以上工业企业利润总额同比增长{r}%。',
  '“群众的事再小也是大事，我们要一件一件抓落实。”{p}有关负责人表示。',
  '近年来，当地先后引进农产品加工企业{a}家，带动周边{b}多户农户增收。',
  '合作社理事长{n}说，今年的订单比去年多了一倍，社员们的干劲更足了。',
  '走进{p}文化站，书画室里墨香阵阵，排练厅里不时传出悠扬的琴声。',
  '据了解，该服务中心设有{a}张床位，可为周边老人提供日间照料、助餐和康复服务。',
  '{m}月{d}日上午，{p}首批安置房交付使用，{b}户居民领到了新房钥匙。',
  '企业技术总监{n}表示，下一步将加快生产线调试，力争年内实现满负荷生产。',
  '每天天刚亮，环卫工人{n}就推着保洁车沿着河岸清扫，一干就是十几年。',
  '学校新建的图书馆藏书{b}余册，周末和寒暑假向周边居民免费开放。',
  '在智能化车间里，一台台机械臂有条不紊地完成焊接、喷涂和装配工序。',
  '今年以来，全市新增城镇就业岗位{b}个，城镇调查失业率保持在合理区间。',
  '夜幕降临，澜江两岸华灯初上，沿江步道上散步、骑行的市民络绎不绝。',
  '{p}这片曾经杂草丛生的空地，如今变成了绿树成荫的口袋公园。',
  '“孩子在家门口就能上好学校，我们心里踏实多了。”家长{n}说。',
  '据气象部门预测，未来一周我市以多云天气为主，午后局部地区有雷阵雨。',
  '市交通运输局有关负责人介绍，新线路开通后，沿线居民到市中心的时间将缩短{a}分钟。',
  '活动现场，{a}家企业拿出{b}多个岗位，吸引了众多高校毕业生前来咨询。',
  '村里的老党员{n}带头把自家的闲置房屋改成了民宿，每年能增加两万多元收入。',
  '专家指出，发展数字经济要坚持应用牵引，让更多中小企业用得上、用得起。',
  '截至{m}月底，{p}累计完成植树造林{b}亩，森林覆盖率进一步提高。',
  '为方便群众办事，政务服务中心推出了延时服务和周末服务，实现“不打烊”。',
  '{p}的河道经过清淤和生态修复，水质稳定达到地表水三类标准。',
  '工作人员{n}告诉记者，目前报名人数已超过{b}人，课程排到了下个月。',
  '在社区食堂，一荤两素一汤只要十二元，七十岁以上的老人还能享受八折优惠。',
  '据介绍，该项目总投资{a}亿元，建成后可提供就业岗位{b}个。',
  '当地还建立了农产品质量追溯体系，消费者扫一扫二维码就能看到产地信息。',
  '“这几年村里变化太大了，路宽了，灯亮了，水也清了。”年过七旬的{n}感慨地说。',
  '市场监管部门在检查中发现问题{a}处，已责令相关商户限期整改。',
  '下一步，{p}将继续完善配套设施，推动更多公共服务向基层延伸。',
  '医院开设的夜间门诊每天接诊患者{b}余人次，有效缓解了白天的就诊压力。',
  '从早上八点到晚上六点，{n}和同事们要检查{a}个点位的设备运行情况。',
  '近日，记者跟随巡河员沿着柳溪走了一趟，河面清澈，岸边芦苇青青。',
  '该校今年共开设人工智能、航模、编程等兴趣课程{a}门，学生可自主选修。',
  '文旅部门的数据显示，假期期间全市共接待游客{b}万人次，同比增长{r}%。',
  '市民{n}是这座城市书房的常客，每周都要带着孙子来借几本绘本。',
  '为了赶在雨季之前完成抢收，农机手们白天黑夜轮班作业。',
  '有关负责人表示，将以此次检查为契机，建立长效机制，防止问题反弹。',
  '在青石镇的茶园里，采茶工人{n}手指翻飞，一上午就采了十几斤鲜叶。',
  '这项改革实施以来，{p}的企业开办时间压缩至一个工作日以内。',
  '社区工作者{n}把居民的诉求一条条记在本子上，能当场解决的当场解决。',
  '“以前卖菜要挑着担子走十几里山路，现在在家门口就能卖出去。”菜农{n}说。',
  '目前，全市已建成充电桩{b}个，基本实现城区三公里充电服务圈。',
  '面对突如其来的强降雨，{p}连夜转移群众{b}余人，没有发生人员伤亡。',
  '记者在现场看到，新建的体育公园里有篮球场、足球场和一条环形跑道。',
  '按照计划，这座桥梁将于{m}月底前完成主体施工，年内建成通车。',
  '一些居民反映，小区周边的早餐店太少，上班前常常来不及吃饭。',
  '针对这一情况，街道引进了{a}家便民早餐店，并在地铁口设置了早餐车。',
  '他说，做好这项工作，关键在于倾听群众的声音，把群众的需求放在心上。',
  '依托当地丰富的竹林资源，{p}办起了竹编工坊，产品远销海外。',
  '据测算，这一举措每年可为企业减轻负担约{a}亿元。',
  '如今，越来越多的年轻人选择回到家乡创业，为乡村发展注入了新的活力。',
];

/** What happened, after a place: the 主题 of a story. */
const HEADLINE_ACTS = [
  '新增十二处口袋公园', '老旧小区改造全面开工', '夜间门诊延长到晚上九点', '首批安置房交付使用', '社区食堂开到居民楼下',
  '智能工厂首条生产线投产', '农产品直播间卖出好行情', '河道治理换来一湾清水', '新开五条公交微循环线路', '百年老街完成修缮',
  '养老服务中心投入运营', '中小学新增三千个学位', '茶园迎来春茶采摘季', '竹编工坊带富一方百姓', '政务服务实现周末不打烊',
  '建成三公里充电服务圈', '体育公园向市民免费开放', '农家书屋成了村民的“加油站”', '早餐车开到地铁口', '汛期转移群众确保安全',
  '高标准农田建设提速', '退役军人服务站实现全覆盖', '返乡创业的年轻人多了', '科技小院扎根田间地头', '街巷“微更新”留住烟火气',
  '外贸企业订单排到年底', '口腔健康筛查走进校园', '“共享农机”解了农忙之急', '背街小巷亮起来了', '一张网管好城市排水',
  '垃圾分类积分能换生活用品', '夜市点亮消费新场景', '首届乡村运动会开幕', '千人参加义务植树活动', '新能源公交车全面上线',
  '加装电梯惠及千户居民', '非遗传承人走进课堂', '防汛应急演练检验实战能力', '“一老一小”服务有了新去处', '老厂房变身文创园区',
  '冬春农田水利建设全面铺开', '招聘会送来三千个岗位', '城市书房开到家门口', '菜篮子工程保供稳价', '消防安全大检查全面启动',
];
const KICKERS = ['家门口的幸福', '老城焕新颜', '春耕正当时', '一线见闻', '绿水青山', '产业兴旺', '文明新风', '幸福养老', '稳岗就业', '乡村新貌', '教育惠民', '数字赋能', '夏收夏种', '民生实事'];
const BANNERS = ['走基层', '聚焦乡村振兴', '城市更新观察', '一线调研', '民生实事进行时'];
const SUBHEADS = ['——来自{p}的蹲点调查', '——记{p}社区工作者{n}', '——{p}着力提升公共服务水平', '——一位基层干部的工作日记', '——来自生产一线的报告', '——{p}以项目建设带动发展综述', '——{p}推进基层治理的探索'];
const CROSSHEADS = ['老街巷迎来新变化', '一件事一次办', '让群众少跑腿', '产业链条越拉越长', '人才留得住', '好日子还在后头', '小切口解决大问题', '服务延伸到家门口', '绿色发展底气足', '从“有没有”到“好不好”'];
/** 图片新闻: a short title and what the picture shows. */
const PHOTOS: ReadonlyArray<readonly [string, string]> = [
  ['江畔晨练', '市民在{p}新建成的滨江步道上晨练。'], ['春播', '农民驾驶农机在{p}的田间播种。'],
  ['钢梁吊装', '工人在{p}的大桥施工现场进行钢梁吊装作业。'], ['学剪纸', '孩子们在{p}文化站跟着非遗传承人学习剪纸。'],
  ['古镇夜色', '游客在{p}的老街上观看民俗表演。'], ['义诊进社区', '志愿者在{p}为社区老人测量血压。'],
  ['丰收时节', '村民在{p}的晒场上翻晒稻谷。'], ['校园运动会', '小学生在{p}的操场上参加趣味运动会。'],
  ['龙舟竞渡', '龙舟队在{p}的河面上进行训练。'], ['银发课堂', '老年学员在{p}的老年大学学习书法。'],
];
const PHOTO_CONTEXT = ['当天天气晴好，现场气氛热烈。', '近年来，当地持续完善公共服务设施，群众生活日益丰富。', '据了解，类似活动今年已举办了二十余场。', '活动吸引了不少周边群众前来参与。'];
const BRIEF_TITLES = [
  '市图书馆举办读书分享会', '西岭区开展防溺水安全教育', '澜江湿地公园迎来候鸟', '青石镇举办农民丰收节', '市急救中心新增五辆救护车',
  '南湖区启动夜间巡逻', '白沙街道开展义诊活动', '临水县举行职业技能大赛', '全市中小学开展消防演练', '新港区上线停车诱导系统',
  '北坝镇开通城乡客运专线', '文昌街道举办邻里节', '市博物馆推出青少年研学课程', '河口镇建成农产品冷链仓库', '市体育馆开放夜间健身时段',
  '柳溪村完成饮水工程改造',
];

/** One story, photo item group or 简讯 column: its lines ('' a blank line) and its stories' titles. */
interface Piece {
  lines: string[];
  stories: StoryTitles[];
  long: boolean;
}

/** Characters that are not white space: what the bench counts. */
export function copyChars(text: string): number {
  return [...text.replace(/\s/gu, '')].length;
}

export function dayCopy(seed: number): CopyFile[] {
  const rnd = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const chance = (p: number): boolean => rnd() < p;
  const shuffled = <T>(xs: readonly T[]): T[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  let home = PLACES[0] as string;
  const fill = (template: string): string =>
    template.replace(/\{([pnabrmd])\}/gu, (_, slot: string) => {
      switch (slot) {
        case 'p': return chance(0.6) ? home : pick(PLACES);
        case 'n': return pick(PEOPLE);
        case 'a': return String(int(2, 60));
        case 'b': return String(int(12, 98) * 10);
        case 'r': return `${int(1, 30)}.${int(1, 9)}`;
        case 'm': return String(int(1, 12));
        default: return String(int(1, 28));
      }
    });
  // Sentences come off a shuffled deck, so that a story seldom says the same thing twice.
  let deck: string[] = [];
  const sentence = (): string => {
    if (deck.length === 0) deck = shuffled(SENTENCES);
    return fill(deck.pop() as string);
  };
  const seen = new Set<string>();
  /** Text new to the day: made again until it is. */
  const fresh = (make: () => string): string => {
    let text = make();
    while (seen.has(text)) text = make();
    seen.add(text);
    return text;
  };
  const paragraph = (min: number, max: number): string => fresh(() => Array.from({ length: int(min, max) }, sentence).join(''));
  // The 主题s of the day: a place and what happened there, no two alike.
  const acts = shuffled(HEADLINE_ACTS);
  const photoDeck = shuffled(PHOTOS);
  const briefTitles = shuffled(BRIEF_TITLES);
  let headlines = 0;
  const headline = (): string => {
    home = PLACES[headlines % PLACES.length] as string;
    return `${home}${acts[headlines++ % acts.length]}`;
  };

  const titles = (): { lines: string[]; titles: StoryTitles } => {
    const main = headline();
    const t: StoryTitles = { headline: main };
    const lines: string[] = [];
    // A 栏题 stands apart from the titles under it, a blank line between.
    if (chance(0.1)) {
      t.banner = pick(BANNERS);
      lines.push(t.banner, '');
    } else if (chance(0.5)) {
      // An 引题 is well shorter than its 主题, or it would read as the 主题.
      const kickers = KICKERS.filter((k) => k.length * 1.5 < main.length);
      if (kickers.length > 0) {
        t.kicker = pick(kickers);
        lines.push(t.kicker);
      }
    }
    lines.push(main);
    if (chance(0.3)) {
      t.subhead = fill(pick(SUBHEADS).replace('{p}', home));
      lines.push(t.subhead);
    }
    if (chance(0.5)) lines.push('');
    return { lines, titles: t };
  };

  const story = (bodyChars: number, long: boolean): Piece => {
    const head = titles();
    const lines = [...head.lines];
    const reporter = pick(REPORTERS);
    const correspondent = chance(0.3) ? pick(CORRESPONDENTS) : undefined;
    let lead = '';
    switch (int(0, 2)) {
      case 0:
        lines.push(`本报记者 ${reporter}${correspondent ? `　通讯员 ${correspondent}` : ''}`, '');
        break;
      case 1:
        lead = `本报讯（记者 ${reporter}${correspondent ? ` 通讯员 ${correspondent}` : ''}）`;
        break;
      default:
        lead = `本报${pick(CITIES)}${int(1, 12)}月${int(1, 28)}日电（记者 ${reporter}）`;
    }
    const crossheads = shuffled(CROSSHEADS);
    let chars = 0;
    let sinceCrosshead = 0;
    for (let i = 0; chars < bodyChars; i++) {
      if (long && i > 1 && sinceCrosshead > 1_100) {
        lines.push(crossheads.pop() ?? '', '');
        sinceCrosshead = 0;
      }
      const text = long ? paragraph(3, 6) : paragraph(2, 5);
      lines.push(`${INDENT}${i === 0 ? lead : ''}${text}`, '');
      chars += copyChars(text);
      sinceCrosshead += copyChars(text);
    }
    lines.pop();
    if (chance(0.25)) lines.push('（完）');
    return { lines, stories: [head.titles], long };
  };

  const photos = (): Piece => {
    const lines = ['图片新闻', ''];
    const stories: StoryTitles[] = [];
    for (let i = int(1, 2); i > 0; i--) {
      const [title, scene] = photoDeck.pop() ?? ['', ''];
      if (stories.length > 0) lines.push('', '');
      home = pick(PLACES);
      const caption = fresh(() => `${int(1, 12)}月${int(1, 28)}日，${fill(scene)}${pick(PHOTO_CONTEXT)}`);
      lines.push(title, `${INDENT}${caption}`, `本报记者 ${pick(REPORTERS)} 摄`);
      stories.push(stories.length === 0 ? { banner: '图片新闻', headline: title } : { headline: title });
    }
    return { lines, stories, long: false };
  };

  const briefs = (): Piece => {
    const lines = ['简讯', ''];
    for (let i = int(4, 6); i > 0; i--) lines.push(briefTitles.pop() ?? '', `${INDENT}本报讯　${paragraph(1, 2)}`, '');
    lines.pop();
    return { lines, stories: [{ headline: '简讯' }], long: false };
  };

  // The day's pieces: a few long stories, some short, photos, a 简讯 column, then medium ones to the total.
  const pieces: Piece[] = [];
  for (let i = int(3, 4); i > 0; i--) pieces.push(story(int(4_000, 6_000), true));
  for (let i = int(10, 14); i > 0; i--) pieces.push(story(int(300, 700), false));
  for (let i = int(2, 4); i > 0; i--) pieces.push(photos());
  pieces.push(briefs());
  let total = pieces.reduce((n, p) => n + copyChars(p.lines.join('')), 0);
  while (total < TARGET_CHARS - 1_200) {
    const medium = story(Math.max(1_200, Math.min(int(1_200, 2_500), TARGET_CHARS - total - 150)), false);
    pieces.push(medium);
    total += copyChars(medium.lines.join(''));
  }

  // Into files: a long story has its file to itself; the rest share files, up to four stories each.
  const files: Piece[][] = pieces.filter((p) => p.long).map((p) => [p]);
  for (const piece of shuffled(pieces.filter((p) => !p.long))) {
    if (files.length < FILES) {
      files.push([piece]);
      continue;
    }
    const open = files.filter((f) => !f[0]?.long && f.reduce((n, p) => n + p.stories.length, 0) + piece.stories.length <= MAX_STORIES_PER_FILE);
    pick(open.length > 0 ? open : files).push(piece);
  }
  return shuffled(files).map((file, i) => ({
    name: `${String(i + 1).padStart(2, '0')}-${DESKS[i % DESKS.length]}.txt`,
    text: `${file.map((p) => p.lines.join('\n')).join('\n\n\n')}\n`,
    stories: file.flatMap((p) => p.stories),
  }));
}
