/**
 * Plain text → drafts. A file may hold several articles: they are cut at separator lines
 * (===, ---, ＊＊＊) and, inside a section, before a title block that follows two or more blank lines
 * or that stands directly above a 本报讯 lead.
 */
import { articleId, type Draft } from './draft.js';
import { joinFragments, usesIndent } from './join-fragments.js';
import { type Notes, quote } from './notes.js';
import type { Section, Unit } from './split-lines.js';
import { titleTiers } from './title-tiers.js';
import { endsSentence, isBylineLine, isDashSubhead, isTitleLike, splitLead } from './text-rules.js';

const MAX_TITLE_LINES = 3;

export function parsePlain(sections: readonly Section[], notes: Notes): Draft[] {
  const indent = usesIndent(sections.flatMap((s) => s.units));
  const drafts: Draft[] = [];
  sections.forEach((section, s) => {
    for (const [from, to, why] of articleRanges(section.units)) {
      const id = articleId(drafts.length);
      const first = section.units[from];
      const reason = from > 0 ? why : s > 0 && section.separatorLine ? `after the separator line ${section.separatorLine}` : '';
      if (reason && first) notes.add('article-boundary', () => `A new article starts at line ${first.line} ${quote(first.text)}: ${reason}.`, { article: id, line: first.line });
      drafts.push(draftOf(section.units.slice(from, to), id, indent, notes));
    }
  });
  return drafts;
}

/** Number of title lines starting at `i`: up to three short unfinished lines, ending at a —— 副题. */
function titleRun(units: readonly Unit[], i: number): number {
  let j = i;
  while (j < units.length && j - i < MAX_TITLE_LINES) {
    const unit = units[j];
    if (!unit || !isTitleLike(unit.text) || (j > i && unit.blanksBefore > 1)) break;
    // Title lines usually touch; one after a blank line with a comma in it is more likely body text.
    if (j > i && unit.blanksBefore === 1 && /[，,、]/u.test(unit.text)) break;
    j++;
    if (j - 1 > i && isDashSubhead(unit.text)) break;
  }
  return j - i;
}

/** A title block at `i` needs something other than titles after it. */
function titleBlockAt(units: readonly Unit[], i: number): boolean {
  const n = titleRun(units, i);
  const next = units[i + n];
  return n > 0 && next !== undefined && !isTitleLike(next.text);
}

/** [from, to, why] of each article in a section. */
function articleRanges(units: readonly Unit[]): [number, number, string][] {
  const starts: [number, string][] = [[0, '']];
  let bodyFrom = titleRun(units, 0);
  for (let i = 1; i < units.length; i++) {
    const unit = units[i];
    if (!unit) continue;
    let start = -1;
    let why = '';
    if (i <= bodyFrom) continue; // the article before needs a line of text
    if (unit.blanksBefore >= 2 && titleBlockAt(units, i)) {
      start = i;
      why = `${unit.blanksBefore} blank lines and a title block`;
    } else if (splitLead(unit.text)) {
      // Title lines directly above a 本报讯 lead belong to a new article, not to the one before.
      let k = i;
      while (k > bodyFrom + 1 && i - k < MAX_TITLE_LINES && isTitleLike(units[k - 1]?.text ?? '') && (units[k]?.blanksBefore ?? 0) <= 1) k--;
      if (k < i) {
        start = k;
        why = `title lines directly above the lead ${quote(splitLead(unit.text)?.lead ?? '')}`;
      }
    }
    if (start < 0) continue;
    starts.push([start, why]);
    bodyFrom = start + titleRun(units, start);
    i = bodyFrom;
  }
  return starts.map(([from, why], n) => [from, starts[n + 1]?.[0] ?? units.length, why]);
}

function draftOf(units: readonly Unit[], id: string, indent: boolean, notes: Notes): Draft {
  const first = units[0];
  const draft: Draft = { id, body: [] };
  if (first) draft.line = first.line;
  let n = titleRun(units, 0);
  if (n === units.length && n > 1) n = 1; // nothing but short lines: the first is the headline
  if (n > 0) {
    const tiers = titleTiers(units.slice(0, n).map((u) => u.text));
    Object.assign(draft, { headline: tiers.headline }, tiers.kicker ? { kicker: tiers.kicker } : {}, tiers.subhead ? { subhead: tiers.subhead } : {});
    const named = [tiers.kicker && `引题 ${quote(tiers.kicker, 30)}`, `主题 ${quote(tiers.headline, 30)}`, tiers.subhead && `副题 ${quote(tiers.subhead, 30)}`];
    notes.add('headline', () => `Titles: ${named.filter(Boolean).join(', ')} (${tiers.reason}).`, { article: id, line: first?.line });
  }
  const reporters: string[] = [];
  while (units[n] && isBylineLine(units[n]?.text ?? '')) reporters.push(units[n++]?.text ?? '');
  if (reporters.length > 0) {
    const byline = reporters.join(' ');
    draft.byline = byline;
    notes.add('byline', () => `Byline ${quote(byline, 30)} taken from the reporter line under the titles.`, { article: id, line: units[n - 1]?.line });
  }
  const pieces = joinFragments(units.slice(n), indent, notes, id);
  pieces.forEach((p, i) => {
    if (i > 0 && i < pieces.length - 1 && isTitleLike(p.text) && !endsSentence(p.text)) {
      notes.add('warning', () => `${quote(p.text)} looks like a 小标题; it was kept as a paragraph (articles have no 小标题 yet).`, { article: id, line: p.line });
    }
  });
  draft.body = pieces.map((p) => (p.image ? { kind: 'image', ...p.image, line: p.line } : { kind: 'text', text: p.text, line: p.line }));
  return draft;
}
