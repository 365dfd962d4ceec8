/**
 * 1–3 title lines of plain text → 引题 / 主题 / 副题. A line starting with —— is the 副题; of two
 * lines the longer is the 主题 (a tie goes to the second, as 引题 + 主题 is the commoner pair);
 * three lines are 引题, 主题, 副题 in order.
 */
import { charLength, isDashSubhead } from './text-rules.js';

export interface Tiers {
  kicker?: string;
  headline: string;
  subhead?: string;
  /** Why, for the note. */
  reason: string;
}

export function titleTiers(lines: readonly string[]): Tiers {
  const [a = '', b, c] = lines;
  if (b === undefined) return { headline: a, reason: 'the only title line is the 主题' };
  if (c !== undefined) return { kicker: a, headline: b, subhead: c, reason: 'three title lines are 引题, 主题 and 副题 in order' };
  if (isDashSubhead(b)) return { headline: a, subhead: b, reason: 'the line starting with —— is the 副题' };
  if (charLength(a) > charLength(b)) return { headline: a, subhead: b, reason: 'of two title lines the longer, the first, is the 主题' };
  return { kicker: a, headline: b, reason: 'of two title lines the longer (or, when equal, the second) is the 主题' };
}
