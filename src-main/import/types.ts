/** What an import returns: the articles, the importer's decisions as notes, and extracted image files. */
import type { Article } from '../model/issue.js';

export type NoteKind =
  | 'encoding'
  | 'joined-fragments'
  | 'headline'
  | 'byline'
  | 'caption'
  | 'credit'
  | 'article-boundary'
  | 'warning';

/** One decision the importer made, worded so that an editor can check it against the source. */
export interface ImportNote {
  kind: NoteKind;
  message: string;
  /** Id of the article the note is about. */
  article?: string;
  /** 1-based line in a text or Markdown file; the paragraph number in a Word file. */
  line?: number;
  /** Source text that went into no article (a separator line between two), kept in the report. */
  text?: string;
}

/** An image file taken out of a Word document; `name` is the `src` the articles use for it. */
export interface ImportAsset {
  name: string;
  bytes: Uint8Array;
}

export interface ImportResult {
  articles: Article[];
  notes: ImportNote[];
  /** Images embedded in the source; the caller writes them beside the issue file. */
  assets?: ImportAsset[];
}
