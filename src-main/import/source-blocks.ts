/** What the Markdown and Word readers hand on: a flat list of headings, paragraphs, pictures and breaks. */

/** A bold or italic run as the source marks it; placed in the final paragraphs by finish.ts. */
export interface StyledRun {
  text: string;
  style: 'bold' | 'italic';
}

export type SourceBlock =
  /** `depth` 1 for # / Heading 1; Word's Title is 0 so that it outranks the headings. */
  | { kind: 'heading'; depth: number; text: string; line?: number }
  /** `styled`: the bold and italic runs of the paragraph, in order. */
  | { kind: 'text'; text: string; line?: number; quote?: boolean; styled?: StyledRun[] }
  | { kind: 'image'; src: string; caption?: string; credit?: string; line?: number }
  /** --- in Markdown, a page break in Word: the end of an article. */
  | { kind: 'break'; line?: number };
