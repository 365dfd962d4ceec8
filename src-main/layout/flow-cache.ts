/**
 * Flowed articles, kept per font library and keyed by all a flow depends on: the article, its
 * blocks (with their pages and template) and the files its photos show (path and pixel size).
 * Re-composing a page after an edit sets again only the article that changed (and, inside it,
 * only the paragraph). Outputs are never mutated.
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { Article } from '../model/issue.js';
import type { ImageSizes } from '../model/image-files.js';
import type { PlacedBlock } from './article-parts.js';

/**
 * Flows kept, at most: every article of a large issue a few times over (its blocks as they were
 * before an undo). Each edit of an article adds a flow, so a larger bound only fills with flows of
 * texts no longer there: at 2,000, ten windows editing for a minute held 400 MB of them.
 */
const LIMIT = 400;
const templateIds = new WeakMap<object, number>();
let templateCount = 0;

/** A number for each template object: two templates with one id may still differ (tests, files). */
function templateId(t: object): number {
  let id = templateIds.get(t);
  if (id === undefined) templateIds.set(t, (id = ++templateCount));
  return id;
}

export class FlowCache<T> {
  private readonly byFonts = new WeakMap<FontLibrary, Map<string, T>>();

  /** The flow of `article` through `blocks`, from the cache or else from `flow()`. */
  get(article: Article, blocks: readonly PlacedBlock[], fonts: FontLibrary, images: ImageSizes, flow: () => T): T {
    let cache = this.byFonts.get(fonts);
    if (!cache) this.byFonts.set(fonts, (cache = new Map()));
    const shown = blocks.flatMap((b) => (b.block.photos ?? []).map((p) => article.images[p.image]?.src));
    const files = shown.map((src) => (src === undefined ? null : images.of(src)));
    const key = JSON.stringify([article, files, blocks.map((b) => [b.page, b.block, templateId(b.grid.template)])]);
    const hit = cache.get(key);
    if (hit) return hit;
    const out = flow();
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, out);
    return out;
  }
}
