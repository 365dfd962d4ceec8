/**
 * Seeded article files in the shapes newsroom copy really comes in: 1–4 title lines (some with
 * ——), bylines, 本报讯 leads and datelines, paragraphs cut mid-sentence where a source's columns
 * were cut, blank lines, full-width and other indents, separators, photo captions and credits,
 * bracketed end credits, brief columns, Latin and digits, stray punctuation at paragraph starts,
 * emoji and characters outside the BMP. The same seed always gives the same file (own PRNG, no
 * Math.random), so a failing seed is a fixture to reproduce. All text is invented for the tests.
 */
import { prng } from './prng.js';


export interface FuzzedCopy {
  seed: number;
  /** A file name for it: fuzz-SEED.txt. */
  name: string;
  text: string;
  /** The shapes drawn, for the failure message. */
  shapes: string[];
}

const REPORTERS = ['韩晓雪', '苏明远', '林晚秋', '邱雨桐', '潘一舟', '龚雪莹', '韦思琪', '彭立新', '姚思远', '贾文博', '欧阳静', '温思齐', '殷若水', '钱卫东'];
const CORRESPONDENTS = ['黄子琪', '蒋涛', '梁晨', '方静', '祝小楠', '许静', '王堃'];
const INTERNS = ['卢佳怡', '巫嘉禾', '柯雨晴'];
const PLACES = ['北京', '临水', '西岭', '上海', '杭州', '东渡'];
const BANNERS = ['聚焦乡村振兴', '民生实事进行时', '老城新事', '图片新闻', '走基层·蹲点日记', '高质量发展调研行'];
const KICKERS = ['守护澜江一湾碧水', '一粒稻种的“进城”之路', '老工业基地的“新”答卷', '家门口的幸福', '夏粮丰收在望'];
const HEADLINES = [
  '澜川地铁3号线全线洞通',
  '临水县育种基地年供优质稻种三千万斤',
  '山坳里建起“共享菜园”',
  '百年书院里又闻读书声',
  '社区“微议事”解决大问题',
  'AI质检进车间　良品率提升3.2个百分点',
  '澜川港前5个月集装箱吞吐量增长12.6%',
  '夜游航线恢复运营',
];
const SUBHEADS = ['——澜川市禁捕退捕工作综述', '——来自东渡装备制造产业园的调查', '——六条线路串起全市十一家医院', '—— 记西岭区石门村的一天'];
const CROSSHEADS = ['老厂房里长出新产业', '一张网连起上下游', '人才从哪里来', '走出去的底气'];
const SENTENCES = [
  '清晨六点，东渡新城的建设工地上已是一片繁忙景象。',
  '记者从市发展改革委获悉，今年全市计划实施重点项目三百二十个，总投资超过两千亿元。',
  '“过去办一件事要跑好几个窗口，现在一个窗口就办完了。”前来办事的市民陈女士说。',
  '据介绍，该项目建成后每年可减少二氧化碳排放约4.6万吨。',
  '截至5月底，全市新增城镇就业三万一千人，完成年度目标的百分之五十二。',
  '村党支部书记田有福算了一笔账：菜园每年给村集体带来近五万元收入。',
  '下一步，区里将引入非遗工坊和老字号店铺，让老街既留住烟火气，又焕发新活力。',
  '专家表示，水生生物资源恢复是一个长期过程，仍需久久为功。',
  '系统基于Transformer架构，识别准确率达99.7%，每班可减少质检人员6名。',
  '市民可登录网站（https://www.lanchuan.example.cn/notice?id=42）查询办理进度。',
  '培训课程涵盖电工、厨师、养老护理等十余个专业，学员结业后可获得职业技能等级证书。',
  '这条长三百米的小巷，是今年全市一百二十条背街小巷改造中的一条。',
  '“孩子第一次知道土豆是长在地里的，高兴得不得了。”',
  '夜色中，澜江两岸灯火璀璨，游船缓缓驶过文峰塔。',
  '来自日本的工程师𠮷田健一（Kenichi Yoshida）说,他所在的企业将追加投资约5.6亿元。',
  '会上发布了《澜川市制造业数字化转型三年行动方案（2025—2027年）》。',
  '据统计，当天进场求职人数约一万二千人次，初步达成就业意向四千三百余人。',
  '他流转了六百亩地种小麦，全部采用统一供种、统一防治和机械化收割……',
  '气温最高达到36℃，湿度在45%±5%之间，市民出行请注意防暑。',
  '北坝集有上千年的历史，逢农历初三、初八开集，卖竹编的村民赵𠮷祥一个集日能卖三四百元。',
  '今年以来，R&D投入同比增长18.5%，PCT国际专利申请量达到137件。',
  '大家纷纷点赞👍，说这样的好事要多办😀。',
];
const STRAY = ['？', '！', '、', '。', '”', '，', '…', '?', '!', '·'];
const INDENTS = ['　　', '　　', '　　', '', '    ', '\t', ' 　'];
const SEPARATORS = ['＊＊＊', '===', '---', '■■■', '* * *', '（续）'];
const RARE = ['𠮷', '䶮', '𪚥', '堃', '喆', '赟', '😀', '🎉', '①', '㎡', 'ﬁ'];

export function fuzzCopy(seed: number): FuzzedCopy {
  const rnd = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const chance = (p: number): boolean => rnd() < p;
  const shapes: string[] = [];
  const out: string[] = [];
  const blank = (): void => {
    for (let i = int(0, 2); i > 0; i--) out.push(chance(0.2) ? '　' : '');
  };
  const paragraph = (): string => {
    let text = Array.from({ length: int(1, 4) }, () => pick(SENTENCES)).join('');
    if (chance(0.15)) text = `${pick(STRAY)}${text}`;
    if (chance(0.2)) {
      const chars = [...text];
      const at = int(1, chars.length - 1);
      chars.splice(at, 0, pick(RARE));
      text = chars.join('');
    }
    if (chance(0.3)) {
      // The source's column was cut here: a line break (and often a blank line) in mid-sentence.
      const chars = [...text];
      const at = int(2, Math.max(2, chars.length - 2));
      text = `${chars.slice(0, at).join('')}${chance(0.7) ? '\n\n' : '\n'}${chars.slice(at).join('')}`;
      shapes.push('cut');
    }
    return `${pick(INDENTS)}${text}`;
  };
  const byline = (): string => {
    const who = pick(REPORTERS);
    switch (int(0, 4)) {
      case 0:
        shapes.push('byline-line');
        return `本报记者 ${who}${chance(0.5) ? `　通讯员 ${pick(CORRESPONDENTS)}` : ''}`;
      case 1:
        shapes.push('lead');
        return `本报讯（记者 ${who}${chance(0.3) ? ` 实习生 ${pick(INTERNS)}` : ''}）`;
      case 2:
        shapes.push('dateline');
        return `本报${pick(PLACES)}${int(1, 12)}月${int(1, 28)}日电（记者 ${who}）`;
      case 3:
        shapes.push('lead-plain');
        return '本报讯　';
      default:
        return '';
    }
  };
  const story = (): void => {
    const tiers = int(1, 4);
    shapes.push(`titles:${tiers}`);
    const titles: string[] = [];
    if (tiers >= 4) titles.push(pick(BANNERS));
    if (tiers >= 3 || (tiers === 2 && chance(0.5))) titles.push(pick(KICKERS));
    titles.push(pick(HEADLINES));
    if (titles.length < tiers) titles.push(pick(SUBHEADS));
    out.push(...titles);
    if (chance(0.5)) out.push('');
    const by = byline();
    const count = int(1, 7);
    for (let i = 0; i < count; i++) {
      let p = paragraph();
      if (i === 0 && by.startsWith('本报') && !by.startsWith('本报记者')) p = `${pick(INDENTS)}${by}${p.trimStart()}`;
      else if (i === 0 && by) out.push(by);
      if (i > 0 && chance(0.12)) {
        out.push('', pick(CROSSHEADS), '');
        shapes.push('crosshead');
      }
      out.push(p);
      blank();
    }
    if (chance(0.3)) {
      shapes.push('photo');
      out.push(`${pick(INDENTS)}图为${pick(SENTENCES).replace(/。$/, '')}。`);
      out.push(
        pick([
          `本报记者 ${pick(REPORTERS)} 摄`,
          `（新华社记者 ${pick(REPORTERS)} 摄）`,
          `本报记者 ${pick(REPORTERS)} 通讯员 ${pick(CORRESPONDENTS)} ${pick(CORRESPONDENTS)} 摄影报道`,
        ]),
      );
    }
    if (chance(0.35)) {
      shapes.push('end-credit');
      out.push(pick(['（完）', `（本报记者 ${pick(REPORTERS)}）`, `（记者 ${pick(REPORTERS)} 实习生 ${pick(INTERNS)}）`, '(完)']));
    }
  };
  const briefs = (): void => {
    shapes.push('briefs');
    out.push(pick(['简讯', '本市短讯', '短讯']), '');
    const runIn = chance(0.5);
    for (let i = int(3, 6); i > 0; i--) {
      const title = pick(HEADLINES).replace(/　.*/, '');
      if (runIn) out.push(`${pick(INDENTS)}■${title}　${pick(SENTENCES)}（记者 ${pick(REPORTERS)}）`);
      else out.push(title, `${pick(INDENTS)}本报讯　${pick(SENTENCES)}`);
      if (chance(0.6)) out.push('');
    }
  };

  if (chance(0.2)) {
    shapes.push('page-banner');
    out.push(pick(BANNERS), '');
  }
  if (chance(0.15)) {
    shapes.push('editor-note');
    out.push(`【编者按】${pick(SENTENCES)}${pick(SENTENCES)}`, '');
  }
  const stories = int(1, 4);
  for (let s = 0; s < stories; s++) {
    if (s > 0) {
      if (chance(0.5)) {
        out.push('', pick(SEPARATORS), '');
        shapes.push('separator');
      } else blank();
      out.push('');
    }
    if (chance(0.15)) briefs();
    else story();
  }
  const lf = `${out.join('\n')}\n`;
  const crlf = chance(0.2);
  if (crlf) shapes.push('crlf');
  return { seed, name: `fuzz-${seed}.txt`, text: crlf ? lf.replace(/\n/g, '\r\n') : lf, shapes: [...new Set(shapes)] };
}
