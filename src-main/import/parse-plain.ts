/**
 * Plain text → drafts. A file may hold several articles: they are cut at separator lines
 * (===, ---, ＊＊＊) and, inside a section, before title lines that follow a story break (two
 * blank lines; one in a file whose paragraphs touch), stand directly above a lead, a reporter line
 * or an 编者按, follow the line that ends a story (a photo credit, （完）), or come two or more
 * together. A single title line inside a story is its 小标题. Titles with no story under them are
 * handed on to the story below as its 栏题 (draft.ts).
 */
import { articleId, type BodyItem, type Draft, handOnLeadingMatter } from './draft.js';
import { joinFragments, usesIndent } from './join-fragments.js';
import { type Notes, quote } from './notes.js';
import type { Section, Unit } from './split-lines.js';
import { titleTiers } from './title-tiers.js';
import {
  charLength, endsSentence, isBriefsHeading, isBylineLine, isDashSubhead, isEditorsNote, isEndCredit, isPhotoCredit, isTitleLike, runInTitle, splitLead,
} from './text-rules.js';

/** 栏题, 引题, 主题, 副题. */
const MAX_TITLE_LINES = 4;
/** A file whose lines have a blank line before them less often than this keeps its paragraphs touching. */
const TOUCHING = 0.3;

export function parsePlain(sections: readonly Section[], notes: Notes): Draft[] {
  const all = sections.flatMap((s) => s.units);
  const indent = usesIndent(all);
  // Where paragraphs touch, one blank line is a break between stories; else it takes two.
  const storyBreak = all.filter((u) => u.blanksBefore > 0).length < all.length * TOUCHING ? 1 : 2;
  const drafts: Draft[] = [];
  sections.forEach((section, s) => {
    if (s > 0 && section.separatorLine !== undefined && section.separator !== undefined) {
      notes.add('article-boundary', `The separator line ${section.separatorLine} ${quote(section.separator)} ends an article; it is not printed.`, { line: section.separatorLine, text: section.separator });
    }
    for (const [from, to, why] of articleRanges(section.units, storyBreak)) {
      const id = articleId(drafts.length);
      const first = section.units[from];
      const reason = from > 0 ? why : s > 0 && section.separatorLine ? `after the separator line ${section.separatorLine}` : '';
      if (reason && first) notes.add('article-boundary', () => `A new article starts at line ${first.line} ${quote(first.text)}: ${reason}.`, { article: id, line: first.line });
      drafts.push(draftOf(section.units.slice(from, to), id, indent, notes));
    }
  });
  return handOnLeadingMatter(drafts, notes);
}

/** Number of title lines starting at `i`: up to four short unfinished lines, ending at a —— 副题. */
function titleRun(units: readonly Unit[], i: number): number {
  let j = i;
  while (j < units.length && j - i < MAX_TITLE_LINES) {
    const unit = units[j];
    if (!unit || !isTitleLike(unit.text) || (j > i && unit.blanksBefore > 1)) break;
    // Title lines usually touch; one after a blank line with a comma in it is more likely body text.
    if (j > i && unit.blanksBefore === 1 && /[，,、]/u.test(unit.text)) break;
    j++;
    if (j - 1 > i && isDashSubhead(unit.text)) break;
    // The heading of a brief column stands alone: the line under it is the first item's title.
    if (j - 1 === i && isBriefsHeading(unit.text) && (units[j]?.blanksBefore ?? 0) > 0) break;
  }
  return j - i;
}

/** How many of the first title lines stand apart (a blank line under them) above lines that touch. */
function apartLines(units: readonly Unit[]): number {
  const [, second, ...rest] = units;
  return second && second.blanksBefore > 0 && rest.every((u) => u.blanksBefore === 0) ? 1 : 0;
}

/** A line under titles that shows a story begins there. */
function opensStory(unit: Unit | undefined): boolean {
  return unit !== undefined && (splitLead(unit.text) !== undefined || isBylineLine(unit.text) || isEditorsNote(unit.text));
}

/** A line that ends a story: what follows it is another. */
function endsStory(unit: Unit | undefined): boolean {
  return unit !== undefined && (isEndCredit(unit.text) || (isPhotoCredit(unit.text) && !isTitleLike(unit.text)));
}

/** [from, to, why] of each article in a section. */
function articleRanges(units: readonly Unit[], storyBreak: number): [number, number, string][] {
  const starts: [number, string][] = [[0, '']];
  let bodyFrom = titleRun(units, 0);
  let briefs = bodyFrom > 0 && isBriefsHeading(units[bodyFrom - 1]?.text ?? '');
  const open = (start: number, why: string): number => {
    starts.push([start, why]);
    const run = titleRun(units, start);
    bodyFrom = start + run;
    briefs = run > 0 && isBriefsHeading(units[bodyFrom - 1]?.text ?? '');
    return bodyFrom - 1;
  };
  for (let i = 1; i < units.length; i++) {
    const unit = units[i] as Unit;
    if (i < bodyFrom) continue;
    if (isTitleLike(unit.text)) {
      const run = titleRun(units, i);
      const next = units[i + run];
      if (next === undefined) continue;
      // In a brief column a single title line is the next item's.
      if (briefs && run === 1 && unit.blanksBefore < 2) continue;
      const why =
        unit.blanksBefore >= storyBreak ? `${unit.blanksBefore} blank line${unit.blanksBefore > 1 ? 's' : ''} and title lines` :
        opensStory(next) ? `title lines directly above ${quote(next.text, 12)}` :
        endsStory(units[i - 1]) ? `title lines after the line ${quote(units[i - 1]?.text ?? '', 12)} that ends the story before` :
        // Two title lines together, after a finished sentence (else they may be the rest of it).
        run >= 2 && !isTitleLike(next.text) && endsSentence(units[i - 1]?.text ?? '。') ? `${run} title lines together` : '';
      if (why) i = open(i, why);
      continue;
    }
    if (!briefs && opensStory(unit) && i > bodyFrom) {
      // Title lines directly above a lead, a reporter line or an 编者按 belong to a new article.
      let k = i;
      while (k > bodyFrom && i - k < MAX_TITLE_LINES && isTitleLike(units[k - 1]?.text ?? '') && (units[k]?.blanksBefore ?? 0) <= 1) k--;
      if (k < i) {
        i = open(k, `title lines directly above ${quote(splitLead(unit.text)?.lead ?? unit.text, 12)}`);
        continue;
      }
      if (isEditorsNote(unit.text) && unit.blanksBefore >= 1) {
        i = open(i, `the 编者按 ${quote(unit.text, 8)} opens the next story`);
        continue;
      }
    }
  }
  return starts.map(([from, why], n) => [from, starts[n + 1]?.[0] ?? units.length, why]);
}

function draftOf(units: readonly Unit[], id: string, indent: boolean, notes: Notes): Draft {
  const first = units[0];
  const draft: Draft = { id, body: [] };
  if (first) draft.line = first.line;
  const n = titleRun(units, 0);
  if (n > 0) {
    const tiers = titleTiers(units.slice(0, n).map((u) => u.text), apartLines(units.slice(0, n)));
    if (tiers.banner) draft.banner = tiers.banner;
    if (tiers.kicker) draft.kicker = tiers.kicker;
    draft.headline = tiers.headline;
    if (tiers.subhead) draft.subhead = tiers.subhead;
    const named = [tiers.banner && `栏题 ${quote(tiers.banner, 30)}`, tiers.kicker && `引题 ${quote(tiers.kicker, 30)}`, `主题 ${quote(tiers.headline, 30)}`, tiers.subhead && `副题 ${quote(tiers.subhead, 30)}`];
    const check = tiers.uncertain ? '; another reading is possible: check the tiers' : '';
    notes.add('headline', () => `Titles: ${named.filter(Boolean).join(', ')} (${tiers.reason}${check}).`, { article: id, line: first?.line });
  }
  draft.briefs = isBriefsHeading(draft.headline ?? '');
  let k = n;
  const reporters: string[] = [];
  while (units[k] && isBylineLine(units[k]?.text ?? '')) reporters.push(units[k++]?.text ?? '');
  if (reporters.length > 0) {
    const byline = reporters.join(' ');
    draft.byline = byline;
    notes.add('byline', () => `Byline ${quote(byline, 30)} taken from the reporter line under the titles.`, { article: id, line: units[k - 1]?.line });
  }
  const pieces = joinFragments(units.slice(k), indent, notes, id);
  draft.body = pieces.map((p, i): BodyItem => {
    if (p.image) return { kind: 'image', ...p.image, line: p.line };
    const item: BodyItem = { kind: 'text', text: p.text, line: p.line };
    if (isHeading(p, i === pieces.length - 1, indent, draft.briefs === true)) {
      item.heading = true;
      notes.add('headline', () => `${quote(p.text)} is a ${draft.briefs ? 'brief item’s title' : '小标题'}, set bold on a line of its own.`, { article: id, line: p.line });
    }
    const runIn = runInTitle(p.text);
    if (runIn > 0) item.runIn = runIn;
    return item;
  });
  return draft;
}

/**
 * A 小标题: a title-like line between paragraphs, unindented where the file indents its paragraphs,
 * or indented like them (copy editors often indent every line) when it is short and carries no
 * punctuation a sentence would: a paragraph of news copy always has some.
 */
function isHeading(p: { text: string; indented?: boolean }, last: boolean, indent: boolean, briefs: boolean): boolean {
  if (last || !isTitleLike(p.text) || charLength(p.text) < 2) return false;
  if (briefs) return true;
  if (!indent) return !/[”’」』]$/u.test(p.text);
  return p.indented !== true || (charLength(p.text) <= INDENTED_HEADING_MAX && !endsSentence(p.text) && !/[，,、；;：:！!？?]/u.test(p.text));
}

/** An indented line longer than this is a paragraph, however it ends. */
const INDENTED_HEADING_MAX = 16;
