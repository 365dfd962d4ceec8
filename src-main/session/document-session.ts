/**
 * A document session: one open issue, its proof marks and its composed pages. Every change is a
 * command that makes a new snapshot of the document, recomposes only the pages it touches, goes
 * on the undo stack and is autosaved (debounced) to a sidecar; `save` writes the issue file.
 * No Electron here: the desktop app and `banmian serve` both run this, off their UI thread.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ImageSizeReader } from '../assets/image-sizes.js';
import { FontLibrary } from '../fonts/font-library.js';
import { composeIssue } from '../layout/compose-issue.js';
import { PageGrid } from '../layout/grid.js';
import type { Composition, Diagnostic, FontRef, ImageItem, PageLayout } from '../model/display-list.js';
import { InputError } from '../model/errors.js';
import { writeFileAtomic } from '../model/json-file.js';
import type { Article, Issue, Page } from '../model/issue.js';
import { loadIssue, parseIssue } from '../model/load-issue.js';
import { listTemplates, loadTemplate, type Template } from '../model/template.js';
import { exportPdfs, issueExportInfo } from '../pdf/export-pdf.js';
import { PRESETS } from '../pdf/presets.js';
import { followEdits } from '../proof/follow-edits.js';
import { partText, quoteAt, type ProofMark } from '../proof/proof-marks.js';
import type { ApiResults, ArticlePreview, CommandResult, DocumentState, ExportResult, GlyphOutlines, PageView, PlacementPreview, PreviewImage, ProofExportResult } from '../api/api-types.js';
import { blocksOf, droppedBlock, isAutoPage, moveBlock, placeArticle, removeBlock, unplacedArticles, type IssueEdit, type LayoutContext } from '../edits/block-edits.js';
import { glyphOutlines } from '../screen/glyph-outlines.js';
import { History } from './history.js';
import { addPage, deletePage, editPage, movePage } from '../edits/page-edits.js';
import { makePageView } from '../screen/page-view.js';
import { previewImage } from '../screen/preview-image.js';
import type { ApiMethod, ApiRequest } from '../api/requests.js';
import { autosavePath, markedProofName, proofPath, readAutosave, readProofMarks, removeAutosave, writeAutosave, writeProofMarks, type Snapshot } from './sidecar-files.js';

/** The session's methods take requests already parsed by `parseRequest`. */
export type SessionApi = { [M in ApiMethod]: (request: ApiRequest<M>) => Promise<ApiResults[M]> };

export interface SessionOptions {
  /** Quiet time after a change before the autosave is written; 0 writes it at once. */
  autosaveMs?: number;
  /** The clock (tests fix it). */
  now?: () => Date;
}

const TEXT_FIELDS = ['kicker', 'headline', 'subhead', 'byline', 'credit'] as const;
const FIELD_NAMES: Record<(typeof TEXT_FIELDS)[number] | 'paragraphs', string> = { kicker: '引题', headline: '主题', subhead: '副题', byline: '署名', credit: '图片署名', paragraphs: '正文' };

export class DocumentSession implements SessionApi {
  private doc: Snapshot;
  /** The document as last read or written: unsaved changes exactly when `doc` is another snapshot. */
  private saved: Snapshot;
  private readonly history = new History<Snapshot>();
  private readonly layouts = new Map<number, PageLayout>();
  private readonly revisions = new Map<number, number>();
  private diagnostics: Diagnostic[] = [];
  private readonly fontRefs = new Map<string, FontRef>();
  private readonly fonts = FontLibrary.load();
  private readonly templates = new Map<string, { template: Template; grid: PageGrid }>();
  /** Image files are read again only when changed: every composition asks for all of them. */
  private readonly imageSizes = new ImageSizeReader();
  private readonly images = new Map<string, Promise<string>>();
  private readonly layoutContext: LayoutContext = { gridOf: (page) => this.gridOf(page), fonts: this.fonts };
  private readonly templateList = listTemplates().map((id) => ({ id, name: loadTemplate(id).name }));
  private recovery: (Snapshot & { savedAt: string }) | undefined;
  private notice: string | undefined;
  private autosaveTimer: NodeJS.Timeout | undefined;
  private autosavedAt: string | undefined;
  /** How long the last composition took, ms (shown in the status bar). */
  private composeMs = 0;
  private readonly autosaveMs: number;
  private readonly now: () => Date;

  private constructor(
    readonly file: string,
    doc: Snapshot,
    opts: SessionOptions,
  ) {
    this.doc = doc;
    this.saved = doc;
    this.autosaveMs = opts.autosaveMs ?? 2000;
    this.now = opts.now ?? (() => new Date());
    this.recompose(doc.issue, 'all');
    this.lookForAutosave();
  }

  /** Opens an issue file and its proof marks; a bad file is an InputError naming it. */
  static open(file: string, opts: SessionOptions = {}): DocumentSession {
    return new DocumentSession(file, { issue: loadIssue(file), marks: readProofMarks(file) }, opts);
  }

  // ── reading ──────────────────────────────────────────────────────────────────────────────

  async getState(): Promise<DocumentState> {
    return this.state();
  }

  async getPage({ page }: ApiRequest<'getPage'>): Promise<PageView> {
    const p = this.page(page);
    const issue = this.doc.issue;
    return makePageView(issue, p, blocksOf(issue, p, this.layoutContext), this.layouts.get(page) as PageLayout, this.gridOf(p), this.revisions.get(page) ?? 0);
  }

  async getGlyphs({ font, ids }: ApiRequest<'getGlyphs'>): Promise<GlyphOutlines> {
    const ref = this.fontRefs.get(font);
    if (!ref) throw new InputError('getGlyphs', `no font "${font}" in this issue's pages`);
    return glyphOutlines(ref.path, ids);
  }

  async getImage({ page, index }: ApiRequest<'getImage'>): Promise<PreviewImage> {
    const item = this.layouts.get(page)?.items[index];
    if (item?.kind !== 'image') throw new InputError('getImage', `item ${index} of page ${page} is not an image`);
    const key = JSON.stringify([item.src, item.placed ?? [item.w, item.h]]);
    let url = this.images.get(key);
    if (!url) {
      url = previewImage(item as ImageItem);
      this.images.set(key, url);
      url.catch(() => this.images.delete(key));
    }
    return { url: await url };
  }

  // ── layout commands ──────────────────────────────────────────────────────────────────────

  async previewPlacement(req: ApiRequest<'previewPlacement'>): Promise<PlacementPreview> {
    const moved = moveBlock(this.doc.issue, req, this.layoutContext);
    if ('problem' in moved) return { ok: false, message: moved.problem };
    try {
      const comp = this.compose(moved.issue, [req.page]);
      const page = moved.issue.pages.find((p) => p.number === req.page) as Page;
      return { ok: true, page: makePageView(moved.issue, page, blocksOf(moved.issue, page, this.layoutContext), comp.pages[0] as PageLayout, this.gridOf(page), -1) };
    } catch (err) {
      if (err instanceof InputError) return { ok: false, message: err.problem };
      throw err;
    }
  }

  async placeBlock(req: ApiRequest<'placeBlock'>): Promise<CommandResult> {
    return this.apply(moveBlock(this.doc.issue, req, this.layoutContext));
  }

  async previewArticle(req: ApiRequest<'previewArticle'>): Promise<ArticlePreview> {
    const dropped = droppedBlock(this.doc.issue, req, this.layoutContext);
    if ('problem' in dropped) return { ok: false, message: dropped.problem };
    const { column, span, top, height, fit } = dropped.block;
    return { ok: true, column, span, top, height, fitted: fit === true };
  }

  async placeArticle(req: ApiRequest<'placeArticle'>): Promise<CommandResult> {
    return this.apply(placeArticle(this.doc.issue, req, this.layoutContext));
  }

  async removeBlock(req: ApiRequest<'removeBlock'>): Promise<CommandResult> {
    return this.apply(removeBlock(this.doc.issue, req, this.layoutContext));
  }

  // ── pages ────────────────────────────────────────────────────────────────────────────────

  async addPage(req: ApiRequest<'addPage'>): Promise<CommandResult> {
    if (!listTemplates().includes(req.template)) return this.refuse(`没有模板“${req.template}”`);
    return this.apply(addPage(this.doc.issue, req));
  }

  async deletePage({ page }: ApiRequest<'deletePage'>): Promise<CommandResult> {
    return this.apply(deletePage(this.doc.issue, page));
  }

  async movePage({ page, to }: ApiRequest<'movePage'>): Promise<CommandResult> {
    return this.apply(movePage(this.doc.issue, page, to));
  }

  async editPage({ page, ...fields }: ApiRequest<'editPage'>): Promise<CommandResult> {
    return this.apply(editPage(this.doc.issue, page, fields));
  }

  async editArticle({ article: id, changes }: ApiRequest<'editArticle'>): Promise<CommandResult> {
    const before = this.article(id);
    if (!before) return this.refuse(`没有稿件“${id}”`);
    if (changes.headline !== undefined && changes.headline.trim() === '') return this.refuse('主题不能为空');
    const after: Article = { ...before };
    const changed: string[] = [];
    for (const f of TEXT_FIELDS) {
      const value = changes[f];
      if (value === undefined || value === (before[f] ?? '')) continue;
      changed.push(f);
      if (value === '' && f !== 'headline') delete after[f];
      else after[f] = value;
    }
    if (changes.paragraphs && changes.paragraphs.join('\n') !== before.paragraphs.join('\n')) {
      changed.push('paragraphs');
      after.paragraphs = [...changes.paragraphs];
      // Bold and italic runs are kept where their paragraph's text is unchanged and they still fit.
      const styles = before.styles?.filter((s) => before.paragraphs[s.paragraph] === after.paragraphs[s.paragraph]);
      if (styles?.length) after.styles = styles;
      else delete after.styles;
    }
    if (changed.length === 0) return this.ok();
    const issue = { ...this.doc.issue, articles: this.doc.issue.articles.map((a) => (a === before ? after : a)) };
    const marks = followEdits(this.doc.marks, before, after);
    const label = `修改《${after.headline}》${changed.map((f) => FIELD_NAMES[f as keyof typeof FIELD_NAMES]).join('、')}`;
    return this.commit({ issue, marks }, label, `edit:${id}:${changed.join(',')}`);
  }

  async importArticles({ files }: ApiRequest<'importArticles'>): Promise<CommandResult> {
    const { importFile, importedArticleId } = await import('../import/import-file.js');
    const dir = mkdtempSync(join(tmpdir(), 'banmian-import-'));
    const ids = new Set(this.doc.issue.articles.map((a) => a.id));
    const added: Article[] = [];
    try {
      for (const [i, f] of files.entries()) {
        const name = basename(f.name).replace(/[\\/:*?"<>|]/g, '_') || `file${i + 1}.txt`;
        const path = join(dir, name);
        writeFileSync(path, Buffer.from(f.data, 'base64'));
        const { articles, assets = [] } = await importFile(path);
        for (const asset of assets) {
          const target = join(dirname(this.file), asset.name);
          if (!existsSync(target)) writeFileAtomic(target, asset.bytes);
        }
        for (const [k, a] of articles.entries()) {
          let id = importedArticleId(name, i, k);
          while (ids.has(id)) id += 'x';
          ids.add(id);
          added.push({ ...a, id });
        }
      }
    } catch (err) {
      if (err instanceof InputError) return this.refuse(`导入失败：${basename(err.file)}：${err.problem}`);
      throw err;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const issue = { ...this.doc.issue, articles: [...this.doc.issue.articles, ...added] };
    return this.commit({ ...this.doc, issue }, `导入${added.length}篇稿件`);
  }

  // ── proof marks ──────────────────────────────────────────────────────────────────────────

  async addMark({ anchor, comment, author }: ApiRequest<'addMark'>): Promise<CommandResult> {
    const article = this.article(anchor.article);
    const text = article && partText(article, anchor.part, anchor.paragraph);
    if (text === undefined || anchor.offset >= text.length) return this.refuse('标记的位置不在稿件文字上');
    const at = this.now().toISOString();
    const mark: ProofMark = { id: randomUUID().slice(0, 8), anchor, quote: quoteAt(text, anchor.offset), comment, ...(author ? { author } : {}), status: 'open', created: at, updated: at };
    return this.commit({ ...this.doc, marks: [...this.doc.marks, mark] }, `校对标记“${mark.quote}”`);
  }

  async updateMark({ id, comment, status }: ApiRequest<'updateMark'>): Promise<CommandResult> {
    const mark = this.doc.marks.find((m) => m.id === id);
    if (!mark) return this.refuse('找不到这条校对标记');
    const next = { ...mark, ...(comment !== undefined ? { comment } : {}), ...(status ? { status } : {}), updated: this.now().toISOString() };
    const label = status && status !== mark.status ? (status === 'resolved' ? '标记已改' : '重开标记') : '修改标记';
    return this.commit({ ...this.doc, marks: this.doc.marks.map((m) => (m === mark ? next : m)) }, `${label}“${mark.quote}”`);
  }

  async removeMark({ id }: ApiRequest<'removeMark'>): Promise<CommandResult> {
    const mark = this.doc.marks.find((m) => m.id === id);
    if (!mark) return this.refuse('找不到这条校对标记');
    return this.commit({ ...this.doc, marks: this.doc.marks.filter((m) => m !== mark) }, `删除标记“${mark.quote}”`);
  }

  // ── history and files ────────────────────────────────────────────────────────────────────

  async undo(): Promise<CommandResult> {
    const step = this.history.undo(this.doc);
    if (!step) return this.refuse('没有可撤销的操作');
    this.switchTo(step.snapshot);
    return this.ok();
  }

  async redo(): Promise<CommandResult> {
    const step = this.history.redo(this.doc);
    if (!step) return this.refuse('没有可重做的操作');
    this.switchTo(step.snapshot);
    return this.ok();
  }

  async save(): Promise<CommandResult> {
    try {
      writeFileAtomic(this.file, `${JSON.stringify(this.doc.issue, null, 2)}\n`);
      if (this.doc.marks.length > 0 || existsSync(proofPath(this.file))) writeProofMarks(this.file, this.doc.marks);
    } catch (err) {
      if (err instanceof InputError) return this.refuse(`保存失败：${err.problem}`);
      throw err;
    }
    this.saved = this.doc;
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    removeAutosave(this.file);
    this.autosavedAt = undefined;
    return this.ok();
  }

  async resolveRecovery({ restore }: ApiRequest<'resolveRecovery'>): Promise<CommandResult> {
    const found = this.recovery;
    if (!found) return this.refuse('没有待恢复的自动保存');
    this.recovery = undefined;
    if (restore) return this.commit({ issue: found.issue, marks: found.marks }, '恢复自动保存');
    removeAutosave(this.file);
    return this.ok();
  }

  /** Writes the PDF beside the issue file, or to `out` (the desktop app's save dialog). */
  async exportPdf({ preset }: ApiRequest<'exportPdf'>, out?: string): Promise<ExportResult> {
    const file = out ?? join(dirname(this.file), `${basename(this.file).replace(/(\.banmian)?\.json$/i, '')}-${preset}.pdf`);
    const [written] = await exportPdfs(this.composition(), { preset: PRESETS[preset], out: file, ...issueExportInfo(this.doc.issue) });
    if (!written) throw new Error('the PDF was not written');
    const findings = written.findings.filter((f) => f.severity !== 'info').map((f) => `${f.page ? `第${f.page}版 ` : ''}${f.message}`);
    return { file: written.file, preset, bytes: written.bytes, findings };
  }

  /** Writes the proof PDF with the proof marks beside the issue file, or to `out`. */
  async exportProof({ openOnly, pages }: ApiRequest<'exportProof'>, out?: string): Promise<ProofExportResult> {
    const missing = pages?.find((n) => !this.layouts.has(n));
    if (missing !== undefined) throw new InputError('exportProof', `the issue has no page ${missing}`);
    const file = out ?? join(dirname(this.file), markedProofName(basename(this.file)));
    const { writeMarkedProof } = await import('../proof/marked-proof.js');
    const template = (id: string): Template => this.templateOf(id).template;
    return writeMarkedProof(file, this.composition(), this.doc.issue, this.doc.marks, { fonts: this.fonts, template, openOnly, date: this.now(), ...(pages ? { pages } : {}) });
  }

  /** Writes a pending autosave now (before the process ends). */
  flush(): void {
    if (this.autosaveTimer) this.autosave();
  }

  close(): void {
    this.flush();
    clearTimeout(this.autosaveTimer);
  }

  // ── machinery ────────────────────────────────────────────────────────────────────────────

  private state(): DocumentState {
    const { issue, marks } = this.doc;
    const undo = this.history.undoLabel;
    const redo = this.history.redoLabel;
    return {
      fileName: basename(this.file),
      paper: issue.paper,
      date: issue.date,
      pages: [...issue.pages].sort((a, b) => a.number - b.number).map((p) => ({
        number: p.number, section: p.section, editor: p.editor, template: p.template, auto: isAutoPage(p), revision: this.revisions.get(p.number) ?? 0,
        ...(p.designer ? { designer: p.designer } : {}), ...(p.proofreader ? { proofreader: p.proofreader } : {}),
      })),
      articles: issue.articles,
      unplaced: unplacedArticles(issue, this.layoutContext),
      templates: this.templateList,
      diagnostics: this.diagnostics,
      marks: [...marks],
      dirty: this.doc !== this.saved,
      composeMs: this.composeMs,
      ...(undo ? { undo } : {}),
      ...(redo ? { redo } : {}),
      ...(this.autosavedAt ? { autosavedAt: this.autosavedAt } : {}),
      ...(this.recovery ? { recovery: { savedAt: this.recovery.savedAt } } : {}),
      ...(this.notice ? { notice: this.notice } : {}),
    };
  }

  private ok(): CommandResult {
    return { ok: true, state: this.state() };
  }

  private refuse(message: string): CommandResult {
    return { ok: false, message, state: this.state() };
  }

  /** An edit of the issue made the document, or its refusal; an edit that changes nothing is no step. */
  private apply(edit: IssueEdit): CommandResult {
    if ('problem' in edit) return this.refuse(edit.problem);
    if (edit.issue === this.doc.issue) return this.ok();
    return this.commit({ ...this.doc, issue: edit.issue }, edit.label);
  }

  /** Makes `next` the document: checked, composed where it changed, recorded for undo, autosaved. */
  private commit(next: Snapshot, label: string, key?: string): CommandResult {
    try {
      parseIssue(next.issue, basename(this.file));
      this.recompose(next.issue, affectedPages(this.doc.issue, next.issue));
    } catch (err) {
      if (err instanceof InputError) return this.refuse(err.problem);
      throw err;
    }
    this.history.record(this.doc, label, this.now().getTime(), key);
    this.doc = next;
    this.scheduleAutosave();
    return this.ok();
  }

  /** Undo and redo: snapshots that were valid once compose without a check. */
  private switchTo(snapshot: Snapshot): void {
    this.recompose(snapshot.issue, affectedPages(this.doc.issue, snapshot.issue));
    this.doc = snapshot;
    this.scheduleAutosave();
  }

  private recompose(issue: Issue, pages: readonly number[] | 'all'): void {
    if (pages !== 'all' && pages.length === 0) return;
    const start = performance.now();
    const only = pages === 'all' ? undefined : pages;
    const comp = this.compose(issue, only);
    this.composeMs = Math.round((performance.now() - start) * 10) / 10;
    if (!only) this.layouts.clear();
    for (const layout of comp.pages) {
      this.layouts.set(layout.number, layout);
      this.revisions.set(layout.number, (this.revisions.get(layout.number) ?? 0) + 1);
    }
    // Unplaced articles come with every composition; page diagnostics only for the pages composed.
    const kept = only ? this.diagnostics.filter((d) => 'page' in d && !only.includes(d.page)) : [];
    this.diagnostics = [...kept, ...comp.diagnostics];
    for (const [key, ref] of Object.entries(comp.fonts)) this.fontRefs.set(key, ref);
  }

  /** Every page as last composed, with the fonts they use: what an export writes. */
  private composition(): Composition {
    const pages = [...this.layouts.values()].sort((a, b) => a.number - b.number);
    const keys = new Set(pages.flatMap((p) => p.items.flatMap((i) => (i.kind === 'text' ? [i.font] : []))));
    return { pages, fonts: Object.fromEntries([...this.fontRefs].filter(([k]) => keys.has(k))), diagnostics: this.diagnostics };
  }

  private compose(issue: Issue, only?: readonly number[]): Composition {
    const images = this.imageSizes.sizesOf(issue, this.file);
    return composeIssue(issue, { file: this.file, fonts: this.fonts, template: (id) => this.templateOf(id).template, images, ...(only ? { only } : {}) });
  }

  private templateOf(id: string): { template: Template; grid: PageGrid } {
    let t = this.templates.get(id);
    if (!t) {
      const template = loadTemplate(id);
      t = { template, grid: new PageGrid(template, this.fonts.role(template.body.role)) };
      this.templates.set(id, t);
    }
    return t;
  }

  private gridOf(page: Page): PageGrid {
    return this.templateOf(page.template).grid;
  }

  private page(number: number): Page {
    const page = this.doc.issue.pages.find((p) => p.number === number);
    if (!page) throw new InputError('getPage', `the issue has no page ${number}`);
    return page;
  }

  private article(id: string): Article | undefined {
    return this.doc.issue.articles.find((a) => a.id === id);
  }

  private scheduleAutosave(): void {
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = setTimeout(() => this.autosave(), this.autosaveMs);
    this.autosaveTimer.unref();
  }

  private autosave(): void {
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    try {
      if (this.doc === this.saved) {
        removeAutosave(this.file);
        this.autosavedAt = undefined;
      } else {
        const at = this.now();
        writeAutosave(this.file, this.doc, at);
        this.autosavedAt = at.toISOString();
      }
    } catch (err) {
      this.notice = `自动保存失败：${err instanceof InputError ? err.problem : String(err)}`;
    }
  }

  /** An autosave left by a session that did not save: offered for recovery if it differs from the file. */
  private lookForAutosave(): void {
    try {
      const found = readAutosave(this.file);
      if (!found) return;
      if (JSON.stringify({ issue: found.issue, marks: found.marks }) === JSON.stringify({ issue: this.doc.issue, marks: this.doc.marks })) removeAutosave(this.file);
      else this.recovery = found;
    } catch (err) {
      // Kept under another name, never deleted: it may hold text the editor wants back.
      const aside = `${autosavePath(this.file)}.damaged`;
      renameSync(autosavePath(this.file), aside);
      this.notice = `自动保存文件无法读取，已改名为 ${basename(aside)}：${err instanceof InputError ? err.problem : String(err)}`;
    }
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
