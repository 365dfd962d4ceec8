/**
 * Find and replace across an issue's articles (查找替换): every place a text occurs in the parts
 * an article sets (the parts a proof mark can point into), addressed as proof marks are, and the
 * part texts with one place or all of them replaced. Pure, with no imports to run: the article
 * panel lists the hits and the session replaces with the same function.
 */
import type { MarkablePart } from './article-parts.js';
import type { Article } from './issue.js';

/** One place a text occurs: the part, the paragraph (or image, for a caption) and the UTF-16 offset, as a proof anchor says it. */
export interface TextHit {
  article: string;
  part: MarkablePart;
  paragraph: number;
  offset: number;
  length: number;
}

export interface FindQuery {
  find: string;
  /** Latin letters as typed (A is not a); Chinese has no case. */
  matchCase?: boolean;
}

/** The parts in the order a reader meets them. */
const READING_ORDER = ['banner', 'kicker', 'headline', 'subhead', 'byline', 'note', 'body', 'caption', 'credit'] as const satisfies readonly MarkablePart[];

interface PartText {
  part: MarkablePart;
  paragraph: number;
  text: string;
}

/** Each part's text of an article with its paragraph (image) index, in reading order. */
function articleTexts(article: Article): PartText[] {
  return READING_ORDER.flatMap((part): PartText[] => {
    if (part === 'body') return article.paragraphs.map((text, paragraph) => ({ part, paragraph, text }));
    if (part === 'caption') return article.images.flatMap((image, paragraph) => (image.caption ? [{ part, paragraph, text: image.caption }] : []));
    const text = article[part];
    return text ? [{ part, paragraph: 0, text }] : [];
  });
}

const pattern = (q: FindQuery): RegExp => new RegExp(q.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), q.matchCase ? 'gu' : 'giu');

/** Every place the query's text occurs in the articles, in the order of articles and each article's reading order. */
export function findText(articles: readonly Article[], q: FindQuery): TextHit[] {
  if (q.find === '') return [];
  const re = pattern(q);
  return articles.flatMap((a) =>
    articleTexts(a).flatMap(({ part, paragraph, text }) => [...text.matchAll(re)].map((m) => ({ article: a.id, part, paragraph, offset: m.index, length: m[0].length }))),
  );
}

/**
 * The article with the query's text replaced: everywhere, or only at `at` (which must still be a
 * hit). Gives the article itself when nothing was replaced, and the count of places.
 */
export function replaceInArticle(article: Article, q: FindQuery, replacement: string, at?: Omit<TextHit, 'length'>): { article: Article; count: number } {
  if (q.find === '') return { article, count: 0 };
  let count = 0;
  const re = pattern(q);
  const replace = (part: MarkablePart, paragraph: number, text: string): string =>
    text.replace(re, (found: string, offset: number) => {
      if (at && (at.part !== part || at.paragraph !== paragraph || at.offset !== offset)) return found;
      count++;
      return replacement;
    });
  if (at && at.article !== article.id) return { article, count: 0 };
  const next: Article = { ...article };
  for (const part of ['banner', 'kicker', 'headline', 'subhead', 'byline', 'note', 'credit'] as const) {
    const text = article[part];
    if (text) next[part] = replace(part, 0, text);
  }
  next.paragraphs = article.paragraphs.map((p, i) => replace('body', i, p));
  next.images = article.images.map((image, i) => (image.caption ? { ...image, caption: replace('caption', i, image.caption) } : image));
  return count === 0 ? { article, count } : { article: next, count };
}

/** The hit in its words: a few characters before and after, for a list of results. */
export function hitContext(article: Article, hit: TextHit, around = 12): { before: string; match: string; after: string } {
  const text = articleTexts(article).find((t) => t.part === hit.part && t.paragraph === hit.paragraph)?.text ?? '';
  return {
    before: text.slice(Math.max(0, hit.offset - around), hit.offset),
    match: text.slice(hit.offset, hit.offset + hit.length),
    after: text.slice(hit.offset + hit.length, hit.offset + hit.length + around),
  };
}
