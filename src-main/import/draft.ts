/** An article as a recogniser found it, before the body is shaped and the schema checks it. */

import type { StyledRun } from './source-blocks.js';

export type BodyItem =
  | { kind: 'text'; text: string; line?: number; styled?: StyledRun[] }
  | { kind: 'image'; src: string; caption?: string; credit?: string; line?: number };

export interface Draft {
  id: string;
  /** Where the article starts in the source (1-based line), when the format has lines. */
  line?: number;
  kicker?: string;
  headline?: string;
  subhead?: string;
  /** A reporter line that stood on its own above the body (本报记者 张三). */
  byline?: string;
  body: BodyItem[];
}

export function articleId(index: number): string {
  return `article-${index + 1}`;
}
