/**
 * Proof marks (校对标记): a proofreader's comment anchored to a character of an article's text
 * (article, part, paragraph, offset), never to page coordinates, so a mark stays on its
 * character when the page reflows. Kept in a sidecar file next to the issue.
 */
import { z } from 'zod';
import { MARKABLE_PARTS, type MarkablePart } from '../model/article-parts.js';
import type { Article } from '../model/issue.js';
import { newestVersion, type FileFormat } from '../model/migrations.js';

/** Proof-marks files have said their version from the first; version 1 is still the newest. */
export const PROOF_FILE: FileFormat = { format: 'banmian-proof', noun: 'proof-marks', nounZh: '校对标记', migrations: [] };
export const PROOF_FORMAT = PROOF_FILE.format;
export const PROOF_VERSION = newestVersion(PROOF_FILE);

export const ProofAnchorSchema = z.strictObject({
  article: z.string().min(1),
  part: z.enum(MARKABLE_PARTS),
  /** Paragraph index for body text, image index for a caption, 0 otherwise. */
  paragraph: z.number().int().min(0),
  /** UTF-16 offset of the marked character in that part's text. */
  offset: z.number().int().min(0),
});

export const ProofStatusSchema = z.enum(['open', 'resolved']);

export const ProofMarkSchema = z.strictObject({
  id: z.string().min(1),
  anchor: ProofAnchorSchema,
  /** The characters marked when the mark was placed, shown in the list and kept if the text goes. */
  quote: z.string(),
  comment: z.string().min(1).max(2000),
  /** Who placed the mark (the proofreader's name); absent in marks from before names were kept. */
  author: z.string().min(1).max(100).optional(),
  status: ProofStatusSchema,
  created: z.iso.datetime(),
  updated: z.iso.datetime(),
});

export const ProofFileSchema = z.strictObject({
  format: z.literal(PROOF_FORMAT),
  version: z.literal(PROOF_VERSION),
  /** The issue file's name, for a person who finds the sidecar on its own. */
  issue: z.string(),
  marks: z.array(ProofMarkSchema),
});

export type ProofAnchor = z.infer<typeof ProofAnchorSchema>;
export type ProofStatus = z.infer<typeof ProofStatusSchema>;
export type ProofMark = z.infer<typeof ProofMarkSchema>;
export type ProofFile = z.infer<typeof ProofFileSchema>;

/** The text of one part of an article, as the composer sets it; undefined when there is none. */
export function partText(article: Article, part: MarkablePart, paragraph: number): string | undefined {
  switch (part) {
    case 'body':
      return article.paragraphs[paragraph];
    case 'caption':
      return article.images[paragraph]?.caption;
    default:
      return paragraph === 0 ? article[part] : undefined;
  }
}

/** The characters a mark covers: one user-perceived character (a surrogate pair stays whole). */
export function quoteAt(text: string, offset: number): string {
  const cp = text.codePointAt(offset);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}
