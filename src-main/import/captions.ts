/**
 * Photo items in running text: 图为…。本报记者 王磊 摄 / （新华社记者 李明 摄） / 本报记者 王磊 摄影报道 /
 * 图片说明：…. Splits such a paragraph into the caption and the credit.
 */

export interface PhotoText {
  caption?: string;
  credit?: string;
  /** The credit stood in brackets: （本报记者 王磊 摄）; `credit` keeps them, as printed. */
  bracketed: boolean;
}

const CAPTION_START = /^(?:图片说明[：:]?|图为|[上下左右]图[：:为]?)/u;
const LABEL = /^图片说明[：:]?[\s\u3000]*/u;
/** Ends in a photographer's credit; 拍摄 ("to film") is an ordinary word, not a credit. */
const CREDIT_END = /(?<!拍)摄(?:影报道|影)?$/u;
const BRACKETED_CREDIT = /[（(][^（()）]{1,60}?(?<!拍)摄(?:影报道|影)?[）)]$/u;
const WHO = /(?:本报(?:特约)?(?:摄影)?记者|本报通讯员|新华社(?:记者|发)|中新社(?:记者|发)|特约摄影|通讯员|记者|摄影)/gu;

/** The caption/credit parts of a photo paragraph, or undefined for an ordinary paragraph. */
export function photoText(text: string): PhotoText | undefined {
  const bracket = BRACKETED_CREDIT.exec(text);
  if (bracket) return withCaption(text.slice(0, bracket.index), bracket[0], true);
  if (CREDIT_END.test(text)) {
    const split = creditStart(text);
    return withCaption(text.slice(0, split), text.slice(split).trim(), false);
  }
  if (CAPTION_START.test(text)) return { caption: text.replace(LABEL, '').trim(), bracketed: false };
  return undefined;
}

function withCaption(before: string, credit: string, bracketed: boolean): PhotoText {
  const caption = before.replace(LABEL, '').trim();
  return caption ? { caption, credit, bracketed } : { credit, bracketed };
}

/**
 * Where the credit begins in "caption credit 摄": after the caption's last full stop, else at the
 * first word such as 本报记者 (本报记者 X 通讯员 Y 摄影报道 is one credit), else at the last
 * space-separated name before 摄.
 */
function creditStart(text: string): number {
  const stop = Math.max(text.lastIndexOf('。'), text.lastIndexOf('！'), text.lastIndexOf('？'));
  if (stop >= 0) return stop + 1;
  const suffix = CREDIT_END.exec(text)?.index ?? text.length;
  const who = [...text.matchAll(WHO)].find((m) => m.index < suffix);
  if (who) return who.index;
  const words = text.split(/([\s\u3000]+)/u);
  // "市民在公园赏花 王磊 摄" → ["市民在公园赏花", " ", "王磊", " ", "摄"]: the credit is the name and 摄.
  const keep = words[words.length - 1] === '摄' ? 3 : 1;
  const creditWords = words.slice(Math.max(0, words.length - keep));
  return words.length > keep ? text.length - creditWords.join('').length : 0;
}
