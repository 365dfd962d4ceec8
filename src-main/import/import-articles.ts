/**
 * Article files imported together, as `banmian compose a.txt b.docx` and the app's 导入 both do:
 * every article gets an id from its file's name that no other article of the issue has.
 */
import type { Article } from '../model/issue.js';
import { importedArticleId, importFile } from './import-file.js';
import type { ImportAsset, ImportNote } from './types.js';

export interface ImportedArticles {
  articles: Article[];
  notes: ImportNote[];
  /** Pictures taken out of Word files; the caller writes them beside the issue. */
  assets: ImportAsset[];
}

/** `taken`: the ids already in the issue. A bad file throws its InputError, naming it. */
export async function importArticleFiles(paths: readonly string[], taken: Iterable<string> = []): Promise<ImportedArticles> {
  const ids = new Set(taken);
  const out: ImportedArticles = { articles: [], notes: [], assets: [] };
  for (const [i, path] of paths.entries()) {
    const { articles, notes, assets = [] } = await importFile(path);
    for (const [k, article] of articles.entries()) {
      let id = importedArticleId(path, i, k);
      while (ids.has(id)) id += 'x';
      ids.add(id);
      out.articles.push({ ...article, id });
    }
    out.notes.push(...notes);
    out.assets.push(...assets);
  }
  return out;
}
