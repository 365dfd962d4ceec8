import { describe, expect, it } from 'vitest';
import { photoText } from '../../src-main/import/captions.js';
import { splitLead, isSeparator, isTitleLike } from '../../src-main/import/text-rules.js';
import { titleTiers } from '../../src-main/import/title-tiers.js';

describe('photo captions and credits', () => {
  it.each([
    ['图为市民在公园赏花。本报记者 王磊 摄', { caption: '图为市民在公园赏花。', credit: '本报记者 王磊 摄', bracketed: false }],
    ['图为市民在公园赏花（新华社记者 李明 摄）', { caption: '图为市民在公园赏花', credit: '（新华社记者 李明 摄）', bracketed: true }],
    ['（本报记者 王磊 摄）', { credit: '（本报记者 王磊 摄）', bracketed: true }],
    ['本报记者 杨帆 通讯员 许静 刘一鸣 摄影报道', { credit: '本报记者 杨帆 通讯员 许静 刘一鸣 摄影报道', bracketed: false }],
    ['本报记者 黄蕾 摄影报道', { credit: '本报记者 黄蕾 摄影报道', bracketed: false }],
    ['市民在公园赏花 王磊 摄', { caption: '市民在公园赏花', credit: '王磊 摄', bracketed: false }],
    ['图片说明：游客在古镇游览', { caption: '游客在古镇游览', bracketed: false }],
  ])('%s', (text, expected) => {
    expect(photoText(text)).toEqual(expected);
  });

  it('leaves ordinary text alone, including the word 拍摄', () => {
    expect(photoText('剧组正在江边拍摄')).toBeUndefined();
    expect(photoText('他说，今年要多种一些蔬菜。')).toBeUndefined();
  });
});

describe('title tiers', () => {
  it('reads one to three lines', () => {
    expect(titleTiers(['只有主题'])).toMatchObject({ headline: '只有主题' });
    expect(titleTiers(['短引题', '这一行比较长是主题'])).toMatchObject({ kicker: '短引题', headline: '这一行比较长是主题' });
    expect(titleTiers(['这一行比较长是主题', '较短副题'])).toMatchObject({ headline: '这一行比较长是主题', subhead: '较短副题' });
    expect(titleTiers(['短', '——破折号开头是副题，哪怕更长'])).toMatchObject({ headline: '短', subhead: '——破折号开头是副题，哪怕更长' });
    expect(titleTiers(['一', '二', '三'])).toMatchObject({ kicker: '一', headline: '二', subhead: '三' });
  });

  it('reads four lines, lines standing apart, dashes and figures', () => {
    expect(titleTiers(['聚焦乡村振兴', '春耕时节', '万亩良田开犁播种', '——记合作社的一天'])).toMatchObject({ banner: '聚焦乡村振兴', kicker: '春耕时节', headline: '万亩良田开犁播种', subhead: '——记合作社的一天' });
    expect(titleTiers(['聚焦乡村振兴', '春耕时节', '万亩良田开犁播种'], 1)).toMatchObject({ banner: '聚焦乡村振兴', kicker: '春耕时节', headline: '万亩良田开犁播种' });
    expect(titleTiers(['栏题', '引题', '主题', '——副题一', '副题二'])).toMatchObject({ banner: '栏题', kicker: '引题', headline: '主题', subhead: '——副题一　副题二' });
    // A little longer but stating the figures: the 副题 of facts under its 主题.
    expect(titleTiers(['家门口的养老服务站多了', '一百八十个社区实现助餐服务全覆盖'])).toMatchObject({ headline: '家门口的养老服务站多了', subhead: '一百八十个社区实现助餐服务全覆盖', uncertain: true });
    // Both too long for a 引题.
    expect(titleTiers(['省内代表委员热议科技创新话题', '加快发展新质生产力成为高频词汇'])).toMatchObject({ headline: '省内代表委员热议科技创新话题', subhead: '加快发展新质生产力成为高频词汇' });
    expect(titleTiers(['稳岗扩就业', '我市春季招聘会提供岗位两万余个'])).toMatchObject({ kicker: '稳岗扩就业', headline: '我市春季招聘会提供岗位两万余个' });
  });
});

describe('line rules', () => {
  it('splits the run-in lead in its common forms', () => {
    expect(splitLead('本报讯（记者 孙艳）今天，……')).toEqual({ lead: '本报讯（记者 孙艳）', rest: '今天，……' });
    expect(splitLead('新华社北京3月5日电（记者 张三 李四） 今天上午……')).toEqual({ lead: '新华社北京3月5日电（记者 张三 李四）', rest: '今天上午……' });
    expect(splitLead('本报讯 今天上午……')).toEqual({ lead: '本报讯', rest: '今天上午……' });
    expect(splitLead('本报记者昨天获悉……')).toBeUndefined();
  });

  it('knows separators and title-like lines', () => {
    expect(['===', '---', '＊＊＊', '* * *', '～～～', '———'].every(isSeparator)).toBe(true);
    expect(isSeparator('——记一位老党员')).toBe(false);
    expect(isTitleLike('我市春季招聘会提供岗位两万余个')).toBe(true);
    expect(isTitleLike('春天来了！')).toBe(true);
    expect(isTitleLike('这是一个完整的句子。')).toBe(false);
    expect(isTitleLike('今年社里新添了八台插秧机，')).toBe(false);
    expect(isTitleLike('（完）')).toBe(false);
    expect(isTitleLike('本报记者 周文静')).toBe(false);
  });
});
