/**
 * Articles with no pages yet (article files given to `banmian compose`): pages of one template,
 * each auto-placed with as many of the remaining articles, in order, as fit, until every article
 * has a place. A hole a page cannot fill otherwise starts the next story, whose text then goes on
 * to the next page (转版, with 下转/上接 lines); an article too long for a page goes on likewise.
 * The blocks chosen here are the pages' own: composing lays them out as they are, and does not
 * place a page a second time from its articles (which could decide otherwise and leave some out).
 */
import type { FontLibrary } from '../fonts/font-library.js';
import type { ImageSizes } from '../model/image-files.js';
import type { Article, Page } from '../model/issue.js';
import type { Template } from '../model/template.js';
import type { PlacedBlock } from './article-parts.js';
import { autoPlace, holeLines, type PlaceOptions, type Placement } from './auto-place.js';
import { PageGrid } from './grid.js';

/** What the running header of every page says: 版名 (第N版 when absent) and 责任编辑. */
export interface PageNames {
  section?: string | undefined;
  editor?: string | undefined;
}

export function paginate(articles: readonly Article[], template: Template, fonts: FontLibrary, images: ImageSizes, names: PageNames = {}): Page[] {
  const grid = new PageGrid(template, fonts.role(template.body.role));
  const pages: Page[] = [];
  // Articles whose text goes on to a later page, with their blocks so far.
  const earlier = new Map<string, PlacedBlock[]>();
  // Continued texts a page leaves for later, the longest waiting weighing most: none waits for ever.
  const stranded = (p: Placement): number =>
    p.left.reduce((n, a) => {
      const last = earlier.get(a.id)?.at(-1)?.page;
      return last === undefined ? n : n + 1 + WAITING_WEIGHT * (pages.length - last);
    }, 0);
  const holes = (p: Placement): number => holeLines(p.blocks, grid);
  const worse = (a: Placement, b: Placement): boolean => stranded(b) < stranded(a) || (stranded(b) === stranded(a) && holes(b) < holes(a));
  let remaining = [...articles];
  while (remaining.length > 0) {
    const number = pages.length + 1;
    const place = (order: Article[], relax: Pick<PlaceOptions, 'jumpLeast' | 'rejump'> = {}) => autoPlace(order, grid, 0, fonts, images, { earlier, jumps: true, ...relax });
    let order = pageOrder(remaining, earlier, number);
    let placement = place(order);
    // Text continued from the page before that no stack here can take leads the page instead:
    // each such text in turn, the one that strands fewest (and leaves the smallest holes) wins.
    if (stranded(placement) > 0) {
      const lastPage = (a: Article): number => earlier.get(a.id)?.at(-1)?.page ?? number;
      const continued = remaining.filter((a) => earlier.has(a.id)).sort((a, b) => lastPage(a) - lastPage(b));
      const others = remaining.filter((a) => !earlier.has(a.id));
      for (const lead of continued.slice(0, MAX_CONTINUED_LEADS)) {
        const ledOrder = [lead, ...continued.filter((a) => a !== lead), ...others];
        const led = place(ledOrder);
        if (worse(placement, led)) [placement, order] = [led, ledOrder];
      }
    }
    // A hole on a page that is not the last is a fault the plant sees; a story of middling length
    // continued on the next page is the lesser one, and a continued text going on again the last.
    for (const relax of [{ jumpLeast: LAST_RESORT_JUMP_CHARS }, { jumpLeast: LAST_RESORT_JUMP_CHARS, rejump: true }]) {
      if (holes(placement) === 0 || (placement.left.length === 0 && placement.goesOn.length === 0)) break;
      const relaxed = place(order, relax);
      if (worse(placement, relaxed)) placement = relaxed;
    }
    const { blocks, goesOn } = placement;
    for (const block of blocks) {
      if (goesOn.includes(block.article)) earlier.set(block.article, [...(earlier.get(block.article) ?? []), { page: number, block, grid }]);
      else earlier.delete(block.article);
    }
    const done = new Set(blocks.map((b) => b.article).filter((id) => !goesOn.includes(id)));
    pages.push({ number, template: template.id, section: names.section ?? `第${number}版`, editor: names.editor ?? '—', blocks });
    remaining = remaining.filter((a) => !done.has(a.id));
  }
  return pages;
}

/** The fewest characters of a story started in a hole that no other way fills (1,500 otherwise: auto-place.ts). */
const LAST_RESORT_JUMP_CHARS = 800;

/** How much more a continued text left behind weighs for each page it has waited already. */
const WAITING_WEIGHT = 10;

/** How many of the texts continued onto a page are tried as its lead when the stacks cannot take them. */
const MAX_CONTINUED_LEADS = 3;

/**
 * The order a page is placed in: the first new story leads it, the text continued from the page
 * before comes next (so the first stacks take it), then the other new stories. A continued text
 * that found no room on the page after its jump (paginate leads that page with it when that
 * places it) comes first on the one after that, so none waits forever.
 */
function pageOrder(remaining: readonly Article[], earlier: ReadonlyMap<string, readonly PlacedBlock[]>, page: number): Article[] {
  const lastPage = (a: Article): number | undefined => earlier.get(a.id)?.at(-1)?.page;
  const waited = remaining.filter((a) => (lastPage(a) ?? page) < page - 1);
  const carried = remaining.filter((a) => lastPage(a) === page - 1);
  const [next, ...fresh] = remaining.filter((a) => !earlier.has(a.id));
  return [...waited, ...(next ? [next] : []), ...carried, ...fresh];
}
