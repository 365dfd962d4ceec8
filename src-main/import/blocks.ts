/** What the Markdown and Word readers hand on: a flat list of headings, paragraphs, pictures and breaks. */

export type Block =
  /** `depth` 1 for # / Heading 1; Word's Title is 0 so that it outranks the headings. */
  | { kind: 'heading'; depth: number; text: string; line?: number }
  /** `styled` lists bold or italic runs, which articles cannot hold yet. */
  | { kind: 'text'; text: string; line?: number; quote?: boolean; styled?: string[] }
  | { kind: 'image'; src: string; caption?: string; credit?: string; line?: number }
  /** --- in Markdown, a page break in Word: the end of an article. */
  | { kind: 'break'; line?: number };
