/**
 * The title lines above a story → 栏题 / 引题 / 主题 / 副题. A line starting with —— is a 副题
 * and the line above it the 主题; lines that stand apart above the rest (a blank line between)
 * are 栏题. Otherwise: one line is the 主题; of two the longer is the 主题 unless they are
 * close in length and only the second carries figures (a 副题 of facts under its 主题); three
 * are 引题, 主题, 副题 in order; a fourth above them is the 栏题.
 */
import { charLength, isDashSubhead } from './text-rules.js';

export interface Tiers {
  banner?: string;
  kicker?: string;
  headline: string;
  subhead?: string;
  /** Why, for the note. */
  reason: string;
  /** Another reading is as likely: the note says so, so that an editor checks it. */
  uncertain?: boolean;
}

/** Several lines of one tier are set as one, an ideographic space between them. */
const join = (lines: readonly string[]): string | undefined => (lines.length > 0 ? lines.join('　') : undefined);

/** `apart`: how many of the first lines stand apart from the rest (a blank line under them). */
export function titleTiers(lines: readonly string[], apart = 0): Tiers {
  const lead = apart > 0 && apart < lines.length ? lines.slice(0, apart) : [];
  const tiers = tiersOf(lines.slice(lead.length));
  if (lead.length === 0) return tiers;
  const banner = join([...lead, ...(tiers.banner ? [tiers.banner] : [])]);
  return { ...tiers, ...(banner ? { banner } : {}), reason: `the line standing apart above the titles is the 栏题; ${tiers.reason}` };
}

function tiersOf(lines: readonly string[]): Tiers {
  const dash = lines.findIndex((l, i) => i > 0 && isDashSubhead(l));
  if (dash > 0) {
    const above = lines.slice(0, dash - 1);
    return defined({
      banner: join(above.slice(0, -1)),
      kicker: above[above.length - 1],
      headline: lines[dash - 1] ?? '',
      subhead: join(lines.slice(dash)),
      reason: 'the line starting with —— is the 副题 and the line above it the 主题',
    });
  }
  const [a = '', b, c] = lines;
  if (b === undefined) return { headline: a, reason: 'the only title line is the 主题' };
  if (lines.length >= 4) {
    const last = lines.slice(-3);
    return defined({ banner: join(lines.slice(0, -3)), kicker: last[0], headline: last[1] ?? '', subhead: last[2], reason: 'of four title lines the first is the 栏题, then 引题, 主题 and 副题' });
  }
  if (c !== undefined) return { kicker: a, headline: b, subhead: c, reason: 'three title lines are 引题, 主题 and 副题 in order' };
  const [wa, wb] = [width(a), width(b)];
  if (wa >= LONG && wb >= LONG) {
    return { headline: a, subhead: b, reason: 'both lines are long and a 引题 is short: the first is the 主题, the second its 副题', ...(wb > wa ? { uncertain: true } : {}) };
  }
  if (wb > wa && wb < wa * 1.5 && hasFigures(b) && !hasFigures(a)) {
    return { headline: a, subhead: b, reason: 'the second line is a little longer but states the figures, as a 副题 under its 主题 does', uncertain: true };
  }
  const uncertain = Math.abs(wa - wb) <= 2 ? { uncertain: true } : {};
  if (wa > wb) return { headline: a, subhead: b, reason: 'of two title lines the longer, the first, is the 主题', ...uncertain };
  return { kicker: a, headline: b, reason: 'of two title lines the longer (or, when equal, the second) is the 主题', ...uncertain };
}

/** A line this wide (in em) is too long for a 引题. */
const LONG = 12;

/** Set width in em: a Latin letter or digit is about half a Chinese character. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\x20-\x7e]/u.test(ch) ? 0.5 : 1;
  return w > 0 ? w : charLength(text);
}

/** Figures: digits, or a Chinese numeral with a measure word (一百八十个, 两万余人). */
function hasFigures(text: string): boolean {
  return /\d|[一二两三四五六七八九十百千万亿]+(?:余|多)?[个万亿元人家所项条座次户名位倍公里亩吨]/u.test(text);
}

function defined(t: { banner?: string | undefined; kicker?: string | undefined; headline: string; subhead?: string | undefined; reason: string }): Tiers {
  const out: Tiers = { headline: t.headline, reason: t.reason };
  if (t.banner) out.banner = t.banner;
  if (t.kicker) out.kicker = t.kicker;
  if (t.subhead) out.subhead = t.subhead;
  return out;
}
