/** Small facts about Chinese newspaper copy that the recognisers share. */

/** Characters a finished sentence or paragraph ends with (closing quotes and brackets included). */
const CLOSING = new Set(Array.from('。！？!?…；;：:”’」』）)》〉】]．.'));

/** Characters a headline never ends with: it would be the middle of a sentence. */
const OPEN_ENDING = new Set(Array.from('，,、；;：:（(“‘「『《'));

export function lastChar(text: string): string {
  const trimmed = text.trimEnd();
  const last = trimmed.codePointAt(trimmed.length - 1) ?? 0;
  // A character outside the BMP ends in a low surrogate: step back to its start.
  const start = last >= 0xdc00 && last <= 0xdfff ? trimmed.length - 2 : trimmed.length - 1;
  return start < 0 ? '' : String.fromCodePoint(trimmed.codePointAt(start) ?? 0);
}

export function endsSentence(text: string): boolean {
  return CLOSING.has(lastChar(text));
}

/** Length in characters (not UTF-16 units); texts longer than `cap` units are not counted exactly. */
export function charLength(text: string, cap = Infinity): number {
  return text.length > cap ? text.length : Array.from(text).length;
}

/** 本报讯（记者 孙艳）, 本报北京3月5日电（记者 …）, 新华社上海3月5日电（…）: the run-in lead of paragraph 1. */
const LEAD = /^((?:本报讯|本报[^\s（(，。]{1,20}电|新华社[^\s（(，。]{1,20}电|中新社[^\s（(，。]{1,20}电)[\s\u3000]*(?:[（(][^（()）\n]{1,60}[）)])?)[\s\u3000]*/u;

/** Splits the run-in lead off a first paragraph: `{ lead: '本报讯（记者 孙艳）', rest: '…' }`. */
export function splitLead(text: string): { lead: string; rest: string } | undefined {
  const m = LEAD.exec(text);
  if (!m?.[1]) return undefined;
  return { lead: m[1].trim(), rest: text.slice(m[0].length).trim() };
}

/** A line of its own naming the reporters, set between headline and body: 本报记者 张三 李四. */
export function isBylineLine(text: string): boolean {
  return (
    charLength(text, 80) <= 40 &&
    /^(?:文[／/]|图[／/]|文图[／/]|文[／/]图[　\s]*)?(?:本报(?:特约)?记者|本报通讯员|新华社记者|特约记者|记者|通讯员|实习生)[\s\u3000]*[^\s\u3000，。]/u.test(text) &&
    !/[。，！？]/u.test(text) &&
    !/摄(?:影报道)?$/u.test(text)
  );
}

/**
 * A line that can be a title tier (引题, 主题 or 副题): short, with no full stop, not ending
 * mid-sentence, and not one of the other short things that stand above a body.
 */
export function isTitleLike(text: string): boolean {
  if (text.length === 0 || charLength(text, 72) > 36 || text.includes('。')) return false;
  if (OPEN_ENDING.has(lastChar(text))) return false;
  if (/^[（(].*[）)]$/u.test(text)) return false; // （完）, （本报记者 王磊 摄）
  return !isBylineLine(text) && !splitLead(text) && !/摄(?:影报道)?[）)]?$/u.test(text);
}

/** ——记某某 is set as a 副题. */
export function isDashSubhead(text: string): boolean {
  return /^(?:——|--|－－|—)/u.test(text);
}

/** A line made of one symbol repeated: ===, ---, ＊＊＊, * * *, ~~~ … separates articles. */
export function isSeparator(text: string): boolean {
  return /^([=＝\-－—*＊~～#＃·•])\1{2,}$/u.test(text.replace(/[\s\u3000]+/gu, ''));
}

/** Joins two pieces of one sentence: a space only between two Latin words. */
export function joinPieces(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/** Text with hard line breaks (a soft break in Markdown, <br> in Word) → one line, joined as above. */
export function joinLines(text: string): string {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .reduce((acc, s) => (acc ? joinPieces(acc, s) : s), '');
}

/** 【编者按】… / 编者按：… : the editor's note set before a story. */
export function isEditorsNote(text: string): boolean {
  return /^[【［\[]?编者(?:按|的话)[】］\]]?[：:\s\u3000]?/u.test(text) && charLength(text, 20) > 4;
}

/**
 * A line that ends a story: （完）, （本报记者 郑可）, （据澜川消防微信公众号）, （记者 姚思远）. Short and
 * bracketed whole; a photo credit (…摄) is recognised as such elsewhere.
 */
export function isEndCredit(text: string): boolean {
  return charLength(text, 80) <= 40 && /^[（(][^（()）]+[）)]$/u.test(text) && !/摄(?:影报道)?[）)]$/u.test(text);
}

/** A photo credit ending a line: …摄, …摄影, …摄影报道, in brackets or not. */
export function isPhotoCredit(text: string): boolean {
  return /(?<!拍)摄(?:影报道|影)?[）)]?$/u.test(text);
}

/** The heading of a column of short items: 简讯, 本市短讯, 快讯, 要闻简报, 一句话新闻. */
export function isBriefsHeading(text: string): boolean {
  return charLength(text, 30) <= 10 && /(?:简讯|短讯|快讯|简报|速递|一句话新闻|简明新闻)$/u.test(text);
}

/**
 * A run-in item of a brief column: ■东渡区新增三处口袋公园　日前，… — the marker and title up to
 * the first space; the length (in UTF-16 units) of the title with its marker, or 0.
 */
export function runInTitle(text: string): number {
  const m = /^[■●▲◆★□○△◇☆][^\s\u3000，。]{2,30}(?=[\s\u3000])/u.exec(text);
  return m ? m[0].length : 0;
}
