/**
 * Articles with no pages yet (article files given to `banmian compose`): pages of one template,
 * each auto-placed with as many of the remaining articles, in order, as fit, until every article
 * has a place. An article too long for a page of its own still gets one, and its overset is reported.
 * The blocks chosen here are the pages' own: composing lays them out as they are, and does not
 * place a page a second time from its articles (which could decide otherwise and leave some out).
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { ImageSizes } from '../model/image-files.js';
import type { Article, Page } from '../model/issue.js';
import type { Template } from '../model/template.js';
import { autoPlace } from './auto-place.js';
import { PageGrid } from './grid.js';

/** What the running header of every page says: 版名 (第N版 when absent) and 责任编辑. */
export interface PageNames {
  section?: string | undefined;
  editor?: string | undefined;
}

export function paginate(articles: readonly Article[], template: Template, fonts: FontLibrary, images: ImageSizes, names: PageNames = {}): Page[] {
  const grid = new PageGrid(template, fonts.role(template.body.role));
  const pages: Page[] = [];
  let remaining = [...articles];
  while (remaining.length > 0) {
    // The first of the remaining articles (the page's lead) always has a block, so every page takes one at least.
    const { blocks } = autoPlace(remaining, grid, 0, fonts, images);
    const placed = new Set(blocks.map((b) => b.article));
    const number = pages.length + 1;
    pages.push({ number, template: template.id, section: names.section ?? `第${number}版`, editor: names.editor ?? '—', blocks });
    remaining = remaining.filter((a) => !placed.has(a.id));
  }
  return pages;
}
