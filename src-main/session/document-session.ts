/**
 * A document session: one open issue, its proof marks and its composed pages. It orchestrates;
 * the changes themselves are pure commands (src-main/edits) that give a new snapshot of the
 * document or a refusal. Each accepted one is checked, recomposes only the pages it touches
 * (composed-pages.ts), goes on the undo stack and is autosaved (autosaver.ts); `save` writes the
 * issue file. No Electron here: the desktop app and `banmian serve` both run this, off their UI thread.
 *
 * One writer at a time: the session holds the issue's lock (writer-lock.ts) or opens read-only,
 * and of its windows one holds the pen (pen.ts). Transports come in through `call`, which names
 * the window and refuses a change from a window that only reads.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { hostname } from 'node:os';
import type { Access, ApiResults, ArticlePreview, Caller, CommandResult, DocumentState, ExportFinding, ExportResult, GlyphOutlines, PageView, PlacementPreview, PreviewImage } from '../api/api-types.js';
import type { ApiHandler } from '../api/dispatch.js';
import { API_METHODS, READING_METHODS, type ApiMethod, type ApiRequest } from '../api/requests.js';
import { addArticles, editArticle, replaceText } from '../edits/article-edits.js';
import { findText } from '../model/find-text.js';
import { autoPlacePage, blocksOf, continueArticle, droppedBlock, fixPagesOf, isAutoPage, jumpBlock, moveBlock, placeArticle, removeBlock, styleHeadline, unplacedArticles, type LayoutContext } from '../edits/block-edits.js';
import type { IssueEdit, Snapshot, SnapshotEdit } from '../edits/edit.js';
import { overprintProblem } from '../edits/placement.js';
import { editImage, setPicture, stylePhoto } from '../edits/photo-edits.js';
import { clipOf, duplicateArticles, moveBlocks, pasteBlocks, removeBlocks } from '../edits/group-edits.js';
import { addMark, removeMark, updateMark } from '../edits/mark-edits.js';
import { addPage, deletePage, editPage, movePage } from '../edits/page-edits.js';
import { FontLibrary } from '../fonts/font-library.js';
import type { ImageItem, PageLayout } from '../model/display-list.js';
import { InputError } from '../model/errors.js';
import { writeFileAtomic } from '../model/json-file.js';
import type { ClipBlock, Page } from '../model/issue.js';
import { loadIssue, parseIssue } from '../model/load-issue.js';
import { listTemplates, loadTemplate } from '../model/template.js';
import { exportPdfs, issueExportInfo } from '../pdf/export-pdf.js';
import { PRESETS } from '../pdf/presets.js';
import type { WrittenProof } from '../proof/marked-proof.js';
import { glyphOutlines } from '../screen/glyph-outlines.js';
import { makePageView } from '../screen/page-view.js';
import { previewImage } from '../screen/preview-image.js';
import { Autosaver, findRecovery, type Recovery } from './autosaver.js';
import { affectedPages, ComposedPages, type Trial } from './composed-pages.js';
import { History } from './history.js';
import { Pen } from './pen.js';
import { keepPicture } from './picture-files.js';
import { markedProofName, proofPath, readAutosave, readProofMarks, removeAutosave, writeProofMarks } from './sidecar-files.js';
import { WriterLock, type LockHolder } from './writer-lock.js';

/** The session's methods take requests already parsed by `parseRequest`. */
export type SessionApi = { [M in ApiMethod]: (request: ApiRequest<M>) => Promise<ApiResults[M]> };

/**
 * A crash may lose at most 2 s of work: the autosave is due 1.75 s after the first change it does
 * not hold, leaving the rest for a late timer and the write itself.
 */
const AUTOSAVE_MS = 1750;

export interface SessionOptions {
  /** Time after a change by which the autosave is written, however the edits go on; 0 writes it at once. */
  autosaveMs?: number;
  /** The clock (tests fix it). */
  now?: () => Date;
  /** What holds the issue's lock, as another window is told (`banmian serve`, 版面). */
  app?: string;
}

export class DocumentSession implements SessionApi {
  private doc: Snapshot;
  /** The document as last read or written: unsaved changes exactly when `doc` is another snapshot. */
  private saved: Snapshot;
  private history = new History<Snapshot>();
  private readonly pages: ComposedPages;
  private readonly images = new Map<string, Promise<string>>();
  private readonly layoutContext: LayoutContext;
  private readonly templateList = listTemplates().map((id) => ({ id, name: loadTemplate(id).name }));
  private readonly autosaver: Autosaver;
  private recovery: Recovery | undefined;
  private notice: string | undefined;
  private readonly now: () => Date;
  private readonly lock: WriterLock;
  private readonly pen: Pen;
  /** The API as transports serve it: every method through `call`, for the window named. */
  readonly api: ApiHandler = Object.fromEntries(API_METHODS.map((m) => [m, (r: never, c?: Caller) => this.call(m, r, c)])) as unknown as ApiHandler;

  private constructor(
    readonly file: string,
    doc: Snapshot,
    opts: SessionOptions,
  ) {
    this.doc = doc;
    this.saved = doc;
    this.now = opts.now ?? (() => new Date());
    this.pages = new ComposedPages(file, FontLibrary.load());
    this.layoutContext = { gridOf: (page) => this.pages.gridOf(page), fonts: this.pages.fonts, images: (issue) => this.pages.images(issue) };
    this.autosaver = new Autosaver(file, opts.autosaveMs ?? AUTOSAVE_MS, this.now, () => (this.doc === this.saved ? undefined : this.doc));
    this.pen = new Pen(this.now);
    this.lock = new WriterLock(file, opts.app ?? '版面', { beforeHandover: () => this.autosaver.flush(), lost: () => this.autosaver.stop() }, this.now);
    if (this.lock.acquire()) this.takeNewest();
    this.pages.recompose(this.doc.issue, 'all');
    if (this.lock.held) ({ recovery: this.recovery, notice: this.notice } = findRecovery(file, doc));
  }

  /**
   * Opens an issue file and its proof marks; a bad file is an InputError naming it. While another
   * session writes the issue, this one reads it (with the writer's autosaved changes).
   */
  static open(file: string, opts: SessionOptions = {}): DocumentSession {
    return new DocumentSession(file, { issue: loadIssue(file), marks: readProofMarks(file) }, opts);
  }

  // ── windows ──────────────────────────────────────────────────────────────────────────────

  /**
   * A request from a window, or from a script when it names none (a script writes only while no
   * window holds the pen). A change from a window that only reads is refused, saying who writes;
   * every state returned tells the window whether it writes.
   */
  async call<M extends ApiMethod>(method: M, request: ApiRequest<M>, caller?: Caller): Promise<ApiResults[M]> {
    if (caller) this.pen.hear(caller.window);
    let result: unknown;
    if (method === 'takeOver') result = await this.takeOverFor(caller);
    else if (method === 'leave') {
      if (caller) this.pen.leave(caller.window);
      result = this.ok();
    } else if (!READING_METHODS.has(method) && !this.writes(caller)) result = this.refuse(this.readOnlyReason(caller));
    else result = await (this[method] as (r: ApiRequest<M>) => Promise<unknown>).call(this, request);
    return this.stamped(method, result, caller) as ApiResults[M];
  }

  /** The direct API's takeOver (a script's): the lock is taken from another session, and no window holds the pen. */
  async takeOver(): Promise<CommandResult> {
    return this.takeOverFor(undefined);
  }

  /** The direct API has no window to let go of. */
  async leave(): Promise<CommandResult> {
    return this.ok();
  }

  private async takeOverFor(caller: Caller | undefined): Promise<CommandResult> {
    if (!this.lock.held) {
      await this.lock.takeOver();
      this.takeNewest();
      this.recovery = undefined;
      this.pages.recompose(this.doc.issue, 'all');
      if (this.doc !== this.saved) this.autosaver.schedule();
    }
    if (caller) this.pen.give(caller.window);
    else this.pen.clear();
    this.history = new History<Snapshot>();
    return this.ok();
  }

  /** The document as the writer left it: the file, and its autosave (what the writer had not saved) when there is one. */
  private takeNewest(): void {
    const saved = { issue: loadIssue(this.file), marks: readProofMarks(this.file) };
    let newest: Snapshot = saved;
    try {
      const found = readAutosave(this.file);
      if (found) newest = { issue: found.issue, marks: found.marks };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      this.notice = `另一处的自动保存无法读取，显示的是保存过的文件：${err.zh ?? err.problem}`;
    }
    this.saved = saved;
    this.doc = newest;
  }

  private writes(caller: Caller | undefined): boolean {
    return this.lock.held && (caller ? this.pen.holds(caller.window) : this.pen.free);
  }

  private access(caller: Caller | undefined): Access {
    if (this.writes(caller)) return { writes: true };
    if (this.lock.held) return { writes: false, holder: '另一个窗口', ...(this.pen.since ? { since: this.pen.since } : {}) };
    const other = this.lock.liveHolder();
    return other ? { writes: false, holder: describeHolder(other), since: other.since } : { writes: false };
  }

  private readOnlyReason(caller: Caller | undefined): string {
    const access = this.access(caller);
    const who = 'holder' in access && access.holder ? `${access.holder}正在编辑这期报纸` : '这期报纸已在别处打开过';
    return `只读：${who}。要修改，请先“接管编辑”。`;
  }

  private stamped(method: ApiMethod, result: unknown, caller: Caller | undefined): unknown {
    const access = this.access(caller);
    if (method === 'getState') return { ...(result as DocumentState), access };
    if (typeof result === 'object' && result !== null && 'state' in result && 'ok' in result) {
      const r = result as CommandResult;
      return { ...r, state: { ...r.state, access } };
    }
    return result;
  }

  // ── reading ──────────────────────────────────────────────────────────────────────────────

  async getState(): Promise<DocumentState> {
    return this.state();
  }

  async getPage({ page }: ApiRequest<'getPage'>): Promise<PageView> {
    const p = this.page(page);
    const issue = this.doc.issue;
    return makePageView(issue, p, blocksOf(issue, p, this.layoutContext), this.pages.layout(page) as PageLayout, this.pages.gridOf(p), this.pages.revision(page));
  }

  async getGlyphs({ font, ids }: ApiRequest<'getGlyphs'>): Promise<GlyphOutlines> {
    const ref = this.pages.fonts.fileOf(font);
    if (!ref) throw new InputError('getGlyphs', `no font "${font}" in this issue's pages`, `这期报纸的版面上没有字体“${font}”`);
    return glyphOutlines(ref.path, ids);
  }

  async getImage({ page, index }: ApiRequest<'getImage'>): Promise<PreviewImage> {
    const item = this.pages.layout(page)?.items[index];
    if (item?.kind !== 'image') throw new InputError('getImage', `item ${index} of page ${page} is not an image`, `第${page}版的第 ${index} 项不是图片`);
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
      const comp = this.pages.compose(moved.issue, [req.page]);
      const before = this.pages.allDiagnostics.filter((d) => 'page' in d && d.page === req.page);
      const overprint = overprintProblem(before, comp.diagnostics, moved.issue);
      if (overprint) return { ok: false, message: overprint };
      const page = moved.issue.pages.find((p) => p.number === req.page) as Page;
      return { ok: true, page: makePageView(moved.issue, page, blocksOf(moved.issue, page, this.layoutContext), comp.pages[0] as PageLayout, this.pages.gridOf(page), -1) };
    } catch (err) {
      if (err instanceof InputError) return { ok: false, message: err.problem };
      throw err;
    }
  }

  async placeBlock(req: ApiRequest<'placeBlock'>): Promise<CommandResult> {
    return this.apply(moveBlock(this.doc.issue, req, this.layoutContext), { noOverprint: true });
  }

  async previewArticle(req: ApiRequest<'previewArticle'>): Promise<ArticlePreview> {
    const dropped = droppedBlock(this.doc.issue, req, this.layoutContext);
    if ('problem' in dropped) return { ok: false, message: dropped.problem };
    const { column, span, top, height, fit } = dropped.block;
    return { ok: true, column, span, top, height, fitted: fit === true };
  }

  async placeArticle(req: ApiRequest<'placeArticle'>): Promise<CommandResult> {
    return this.apply(placeArticle(this.doc.issue, req, this.layoutContext), { noOverprint: true });
  }

  async previewJump(req: ApiRequest<'previewJump'>): Promise<ArticlePreview> {
    const jumped = jumpBlock(this.doc.issue, req, this.layoutContext);
    if ('problem' in jumped) return { ok: false, message: jumped.problem };
    const empty = this.nothingToJump(req.article);
    if (empty) return { ok: false, message: empty.problem };
    const { column, span, top, height, fit } = jumped.block;
    return { ok: true, column, span, top, height, fitted: fit === true };
  }

  async continueArticle(req: ApiRequest<'continueArticle'>): Promise<CommandResult> {
    const edit = continueArticle(this.doc.issue, req, this.layoutContext);
    return this.apply(('problem' in edit ? undefined : this.nothingToJump(req.article)) ?? edit, { noOverprint: true });
  }

  /** A story whose text its blocks hold has nothing to continue: a block for it would stand empty. */
  private nothingToJump(article: string): { problem: string } | undefined {
    if (this.pages.allDiagnostics.some((d) => d.kind === 'overset' && d.article === article)) return undefined;
    const headline = this.doc.issue.articles.find((a) => a.id === article)?.headline ?? article;
    return { problem: `《${headline}》的文字已全部排下，没有要下转的` };
  }

  async styleHeadline(req: ApiRequest<'styleHeadline'>): Promise<CommandResult> {
    return this.apply(styleHeadline(this.doc.issue, req, this.layoutContext), { noOverprint: true });
  }

  async placePicture({ article, image, name, data }: ApiRequest<'placePicture'>): Promise<CommandResult> {
    const issue = fixPagesOf(this.doc.issue, article, this.layoutContext);
    const into = { article, ...(image !== undefined ? { image } : {}) };
    // The edit's own checks first: no file is written for a story or image there is not.
    const checked = setPicture(issue, { ...into, src: name }, this.layoutContext);
    if ('problem' in checked) return this.apply(checked);
    const kept = keepPicture(this.file, name, Buffer.from(data, 'base64'));
    if ('problem' in kept) return this.apply(kept);
    return this.apply(setPicture(issue, { ...into, src: kept.src }, this.layoutContext), { noOverprint: true });
  }

  async editImage(req: ApiRequest<'editImage'>): Promise<CommandResult> {
    const edit = editImage(this.doc.issue, req);
    if ('problem' in edit || edit.issue === this.doc.issue) return this.apply(edit);
    return this.apply(editImage(fixPagesOf(this.doc.issue, req.article, this.layoutContext), req));
  }

  async stylePhoto(req: ApiRequest<'stylePhoto'>): Promise<CommandResult> {
    return this.apply(stylePhoto(this.doc.issue, req, this.layoutContext));
  }

  async moveBlocks(req: ApiRequest<'moveBlocks'>): Promise<CommandResult> {
    return this.apply(moveBlocks(this.doc.issue, req, this.layoutContext), { noOverprint: true });
  }

  async removeBlocks(req: ApiRequest<'removeBlocks'>): Promise<CommandResult> {
    return this.apply(removeBlocks(this.doc.issue, req, this.layoutContext));
  }

  async copyBlocks(req: ApiRequest<'copyBlocks'>): Promise<ClipBlock[]> {
    return clipOf(this.doc.issue, req.page, req.blocks, this.layoutContext);
  }

  async pasteBlocks(req: ApiRequest<'pasteBlocks'>): Promise<CommandResult> {
    return this.apply(pasteBlocks(this.doc.issue, req, this.layoutContext), { noOverprint: true });
  }

  async duplicateArticles(req: ApiRequest<'duplicateArticles'>): Promise<CommandResult> {
    return this.apply(duplicateArticles(this.doc.issue, req.articles));
  }

  async removeBlock(req: ApiRequest<'removeBlock'>): Promise<CommandResult> {
    return this.apply(removeBlock(this.doc.issue, req, this.layoutContext));
  }

  // ── pages and articles ───────────────────────────────────────────────────────────────────

  async addPage(req: ApiRequest<'addPage'>): Promise<CommandResult> {
    return this.apply(addPage(this.doc.issue, req, this.templateList.map((t) => t.id)));
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

  /** New texts; the auto-placed pages the article is on keep their placement, fixed as blocks in the same step. */
  async editArticle({ article, changes }: ApiRequest<'editArticle'>): Promise<CommandResult> {
    const edit = editArticle(this.doc, article, changes);
    if ('problem' in edit || edit.snapshot === this.doc) return this.apply(edit);
    const fixed = fixPagesOf(this.doc.issue, article, this.layoutContext);
    return this.apply(fixed === this.doc.issue ? edit : editArticle({ ...this.doc, issue: fixed }, article, changes));
  }

  async replaceText({ find, replace, matchCase, at }: ApiRequest<'replaceText'>): Promise<CommandResult> {
    const q = { find, matchCase };
    // The stories it changes keep their auto-placed pages as they are, as typing into them does.
    const touched = at ? [at.article] : [...new Set(findText(this.doc.issue.articles, q).map((h) => h.article))];
    const issue = touched.reduce((i, id) => fixPagesOf(i, id, this.layoutContext), this.doc.issue);
    return this.apply(replaceText({ ...this.doc, issue }, q, replace, at));
  }

  async autoPlacePage({ page }: ApiRequest<'autoPlacePage'>): Promise<CommandResult> {
    return this.apply(autoPlacePage(this.doc.issue, page));
  }

  /** The files are written to a folder of their own to be read; pictures from Word files go beside the issue. */
  async importArticles({ files }: ApiRequest<'importArticles'>): Promise<CommandResult> {
    const { importArticleFiles } = await import('../import/import-articles.js');
    const dir = mkdtempSync(join(tmpdir(), 'banmian-import-'));
    try {
      const paths = files.map((f, i) => {
        const path = join(dir, basename(f.name).replace(/[\\/:*?"<>|]/g, '_') || `file${i + 1}.txt`);
        writeFileSync(path, Buffer.from(f.data, 'base64'));
        return path;
      });
      const { articles, assets } = await importArticleFiles(paths, this.doc.issue.articles.map((a) => a.id));
      for (const asset of assets) {
        const target = join(dirname(this.file), asset.name);
        if (!existsSync(target)) writeFileAtomic(target, asset.bytes);
      }
      return this.apply(addArticles(this.doc.issue, articles));
    } catch (err) {
      if (err instanceof InputError) return this.refuse(`导入失败：${basename(err.file)}：${err.zh ?? err.problem}`);
      throw err;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // ── proof marks ──────────────────────────────────────────────────────────────────────────

  async addMark(req: ApiRequest<'addMark'>): Promise<CommandResult> {
    return this.apply(addMark(this.doc, req, randomUUID().slice(0, 8), this.now().toISOString()));
  }

  async updateMark(req: ApiRequest<'updateMark'>): Promise<CommandResult> {
    return this.apply(updateMark(this.doc, req, this.now().toISOString()));
  }

  async removeMark({ id }: ApiRequest<'removeMark'>): Promise<CommandResult> {
    return this.apply(removeMark(this.doc, id));
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
    this.autosaver.discard();
    return this.ok();
  }

  async resolveRecovery({ restore }: ApiRequest<'resolveRecovery'>): Promise<CommandResult> {
    const found = this.recovery;
    if (!found) return this.refuse('没有待恢复的自动保存');
    this.recovery = undefined;
    if (restore) return this.apply({ snapshot: { issue: found.issue, marks: found.marks }, label: '恢复自动保存' });
    removeAutosave(this.file);
    return this.ok();
  }

  /** Writes the PDF beside the issue file, or to `out` (the desktop app's save dialog). */
  async exportPdf({ preset }: ApiRequest<'exportPdf'>, out?: string): Promise<ExportResult> {
    const file = out ?? join(dirname(this.file), `${basename(this.file).replace(/(\.banmian)?\.json$/i, '')}-${preset}.pdf`);
    const [written] = await exportPdfs(this.pages.composition(), { preset: PRESETS[preset], out: file, ...issueExportInfo(this.doc.issue) });
    if (!written) throw new Error('the PDF was not written');
    const findings = written.findings.flatMap((f): ExportFinding[] =>
      f.severity === 'info' ? [] : [{ severity: f.severity, ...(f.page ? { page: f.page } : {}), text: f.zh ?? f.message, original: f.message }],
    );
    return { file: written.file, preset, bytes: written.bytes, findings };
  }

  /** Writes the proof PDF with the proof marks beside the issue file, or to `out`. */
  async exportProof({ openOnly, pages }: ApiRequest<'exportProof'>, out?: string): Promise<WrittenProof> {
    const missing = pages?.find((n) => !this.pages.layout(n));
    if (missing !== undefined) throw new InputError('exportProof', `the issue has no page ${missing}`, `这期报纸没有第${missing}版`);
    const file = out ?? join(dirname(this.file), markedProofName(basename(this.file)));
    const { writeMarkedProof } = await import('../proof/marked-proof.js');
    const template = (id: string) => this.pages.templateOf(id).template;
    return writeMarkedProof(file, this.pages.composition(), this.doc.issue, this.doc.marks, { fonts: this.pages.fonts, template, openOnly, date: this.now(), ...(pages ? { pages } : {}) });
  }

  /** Writes a pending autosave now (before the process ends). */
  flush(): void {
    this.autosaver.flush();
  }

  /** Writes what is pending and lets the issue go for another session to write. */
  close(): void {
    this.autosaver.close();
    this.lock.release();
  }

  // ── machinery ────────────────────────────────────────────────────────────────────────────

  private state(): DocumentState {
    const { issue, marks } = this.doc;
    const undo = this.history.undoLabel;
    const redo = this.history.redoLabel;
    const notice = this.notice ?? this.autosaver.failure;
    return {
      fileName: basename(this.file),
      paper: issue.paper,
      date: issue.date,
      pages: [...issue.pages].sort((a, b) => a.number - b.number).map((p) => ({
        number: p.number, section: p.section, editor: p.editor, template: p.template, auto: isAutoPage(p), revision: this.pages.revision(p.number),
        ...(p.designer ? { designer: p.designer } : {}), ...(p.proofreader ? { proofreader: p.proofreader } : {}),
      })),
      articles: issue.articles,
      unplaced: unplacedArticles(issue, this.layoutContext),
      templates: this.templateList,
      diagnostics: this.pages.allDiagnostics,
      marks: [...marks],
      dirty: this.doc !== this.saved && this.lock.held,
      composeMs: this.pages.composeMs,
      ...(undo ? { undo } : {}),
      ...(redo ? { redo } : {}),
      ...(this.autosaver.savedAt ? { autosavedAt: this.autosaver.savedAt } : {}),
      ...(this.recovery ? { recovery: { savedAt: this.recovery.savedAt } } : {}),
      ...(notice ? { notice } : {}),
      access: this.access(undefined),
    };
  }

  private ok(): CommandResult {
    return { ok: true, state: this.state() };
  }

  private refuse(message: string): CommandResult {
    return { ok: false, message, state: this.state() };
  }

  /**
   * Makes what an edit command gave the document: checked, composed where it changed, recorded
   * for undo, autosaved. A refusal, or an edit that changes nothing, is no step. A layout
   * change (`noOverprint`) that would push a headline or photo past its block is refused: its
   * composition is judged before it is kept.
   */
  private apply(edit: IssueEdit | SnapshotEdit, opts: { noOverprint?: boolean } = {}): CommandResult {
    if ('problem' in edit) return this.refuse(edit.problem);
    const next = 'snapshot' in edit ? edit.snapshot : { ...this.doc, issue: edit.issue };
    if (next.issue === this.doc.issue && next.marks === this.doc.marks) return this.ok();
    let trial: Trial | undefined;
    try {
      parseIssue(next.issue, basename(this.file));
      trial = this.pages.trial(next.issue, affectedPages(this.doc.issue, next.issue));
    } catch (err) {
      if (err instanceof InputError) return this.refuse(err.problem);
      throw err;
    }
    const overprint = opts.noOverprint && trial ? overprintProblem(this.pages.allDiagnostics, trial.comp.diagnostics, next.issue) : undefined;
    if (overprint) return this.refuse(overprint);
    if (trial) this.pages.keep(trial);
    this.history.record(this.doc, edit.label, this.now().getTime(), 'key' in edit ? edit.key : undefined);
    this.doc = next;
    this.autosaver.schedule();
    return this.ok();
  }

  /** Undo and redo: snapshots that were valid once compose without a check. */
  private switchTo(snapshot: Snapshot): void {
    this.pages.recompose(snapshot.issue, affectedPages(this.doc.issue, snapshot.issue));
    this.doc = snapshot;
    this.autosaver.schedule();
  }

  private page(number: number): Page {
    const page = this.doc.issue.pages.find((p) => p.number === number);
    if (!page) throw new InputError('getPage', `the issue has no page ${number}`, `这期报纸没有第${number}版`);
    return page;
  }
}

/** Who holds an issue's lock, in a sentence for the window that only reads. */
function describeHolder(h: LockHolder): string {
  if (!h.writer) return '另一个程序';
  const where = h.host === hostname() ? '' : `，在 ${h.host} 上`;
  return `另一个窗口（${h.app}，进程 ${h.pid}${where}）`;
}
