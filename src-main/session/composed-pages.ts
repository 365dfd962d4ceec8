/**
 * The pages of an open issue as last composed, with their diagnostics: a change recomposes only
 * the pages it can alter (see `affectedPages`), and each page's revision moves when it is
 * composed again, so a window refetches just those. Templates and their grids are loaded once.
 */
import { ImageSizeReader } from '../assets/image-sizes.js';
import type { FontLibrary } from '../fonts/font-library.js';
import { composeIssue } from '../layout/compose-issue.js';
import { PageGrid } from '../layout/grid.js';
import type { Composition, Diagnostic, PageLayout } from '../model/display-list.js';
import type { ImageSizes } from '../model/image-files.js';
import type { Article, Issue, Page } from '../model/issue.js';
import { loadTemplate, type Template } from '../model/template.js';

export interface Trial {
  comp: Composition;
  /** The pages composed; all when absent. */
  only?: readonly number[];
  ms: number;
}

export class ComposedPages {
  private readonly layouts = new Map<number, PageLayout>();
  private readonly revisions = new Map<number, number>();
  private readonly templates = new Map<string, { template: Template; grid: PageGrid }>();
  /** Image files are read again only when changed: every composition asks for all of them. */
  private readonly imageSizes = new ImageSizeReader();
  private diagnostics: Diagnostic[] = [];
  /** How long the last composition took, ms (shown in the status bar). */
  composeMs = 0;

  constructor(
    /** The issue file, named in error messages. */
    private readonly file: string,
    readonly fonts: FontLibrary,
  ) {}

  /** Composes `pages` of `issue` (or all) and keeps them; an InputError leaves what was kept as it was. */
  recompose(issue: Issue, pages: readonly number[] | 'all'): void {
    const trial = this.trial(issue, pages);
    if (trial) this.keep(trial);
  }

  /** `pages` of `issue` (or all) composed but not yet kept, so a change can be judged first; none when no page is named. */
  trial(issue: Issue, pages: readonly number[] | 'all'): Trial | undefined {
    if (pages !== 'all' && pages.length === 0) return undefined;
    const start = performance.now();
    const only = pages === 'all' ? undefined : pages;
    const comp = this.compose(issue, only);
    return { comp, ms: Math.round((performance.now() - start) * 10) / 10, ...(only ? { only } : {}) };
  }

  /** Makes a trial composition the pages as last composed. */
  keep({ comp, only, ms }: Trial): void {
    this.composeMs = ms;
    if (!only) this.layouts.clear();
    for (const layout of comp.pages) {
      this.layouts.set(layout.number, layout);
      this.revisions.set(layout.number, this.revision(layout.number) + 1);
    }
    // Unplaced articles come with every composition; page diagnostics only for the pages composed.
    const kept = only ? this.diagnostics.filter((d) => 'page' in d && !only.includes(d.page)) : [];
    this.diagnostics = [...kept, ...comp.diagnostics];
  }

  /** The issue's image files, read again only where they changed. */
  images(issue: Issue): ImageSizes {
    return this.imageSizes.sizesOf(issue, this.file);
  }

  /** A composition that is not kept (a preview of a drag). */
  compose(issue: Issue, only?: readonly number[]): Composition {
    const images = this.images(issue);
    return composeIssue(issue, { file: this.file, fonts: this.fonts, template: (id) => this.templateOf(id).template, images, ...(only ? { only } : {}) });
  }

  layout(page: number): PageLayout | undefined {
    return this.layouts.get(page);
  }

  revision(page: number): number {
    return this.revisions.get(page) ?? 0;
  }

  get allDiagnostics(): Diagnostic[] {
    return this.diagnostics;
  }

  /** Every page as last composed, with the fonts they use: what an export writes. */
  composition(): Composition {
    const pages = [...this.layouts.values()].sort((a, b) => a.number - b.number);
    return { pages, fonts: this.fonts.usedBy(pages), diagnostics: this.diagnostics };
  }

  templateOf(id: string): { template: Template; grid: PageGrid } {
    let t = this.templates.get(id);
    if (!t) {
      const template = loadTemplate(id);
      t = { template, grid: new PageGrid(template, this.fonts.role(template.body.role)) };
      this.templates.set(id, t);
    }
    return t;
  }

  gridOf(page: Page): PageGrid {
    return this.templateOf(page.template).grid;
  }
}

/**
 * The pages whose composition a change can alter: pages whose blocks changed, and every page
 * holding a block of an article whose text changed or one of whose blocks changed (its text
 * flows on). Blocks and articles are compared by identity: commands copy only what they change.
 * Added or removed pages or articles, or a new paper or date, alter every page.
 */
export function affectedPages(before: Issue, after: Issue): number[] | 'all' {
  if (before === after) return [];
  if (before.paper !== after.paper || before.date !== after.date || before.pages.length !== after.pages.length || before.articles.length !== after.articles.length) return 'all';
  const articles = new Set<string>();
  const pages = new Set<number>();
  for (const [i, page] of after.pages.entries()) {
    const old = before.pages[i] as Page;
    if (old === page) continue;
    if (old.number !== page.number) return 'all';
    pages.add(page.number);
    for (const b of page.blocks) if (!old.blocks.includes(b)) articles.add(b.article);
    for (const b of old.blocks) if (!page.blocks.includes(b)) articles.add(b.article);
  }
  for (const [i, article] of after.articles.entries()) {
    const old = before.articles[i] as Article;
    if (old === article) continue;
    if (old.id !== article.id) return 'all';
    articles.add(article.id);
  }
  for (const issue of [before, after]) {
    for (const page of issue.pages) if (page.blocks.some((b) => articles.has(b.article)) || page.articles?.some((id) => articles.has(id))) pages.add(page.number);
  }
  return [...pages].sort((a, b) => a - b);
}
