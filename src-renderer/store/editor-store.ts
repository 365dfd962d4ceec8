/**
 * The editor's state outside React (components only render it and call these methods): the
 * document as the session last reported it, the composed pages fetched by revision, and what
 * the user is doing (page, zoom, selection, mode). Commands go to the session one at a time, in
 * order; edits typed in quick succession are sent together after a short pause.
 */
import { errorSummary } from '../../src-main/model/diagnostic-text.js';
import type { PageLayout } from '../../src-main/model/display-list.js';
import type { GridPlace, Rect } from '../../src-main/model/geometry.js';
import type { BanmianApi, CommandResult, DocumentState, PageView } from '../../src-main/api/api-types.js';
import type { ProofAnchor } from '../../src-main/proof/proof-marks.js';
import type { ClipBlock } from '../../src-main/model/issue.js';
import { DrawResources } from '../draw/resources.js';
import { answered, givenUp, outgoing, reconciled, typed, type Drafts, type Field, type OutgoingEdit } from './article-draft.js';

export type Mode = 'layout' | 'proof';
export type Tab = 'article' | 'unplaced' | 'check' | 'proof' | 'find';

/** The find panel's form (查找替换), kept while other panels are shown; `current` is the hit gone to last (−1: none yet). */
export interface FindForm {
  text: string;
  replace: string;
  matchCase: boolean;
  current: number;
}

export interface Highlight extends Rect {
  page: number;
}

export interface EditorState {
  doc?: DocumentState;
  loadError?: string;
  page: number;
  views: ReadonlyMap<number, PageView>;
  /** The page as it would be with the block being dragged where it is now. */
  preview?: PageView;
  /** The selected block, and (`also`) the others Shift+clicked with it on its page: a group. */
  selected?: { page: number; block: number; also?: number[] };
  article?: string;
  /** CSS pixels per point (1 = 72 dpi); `fit` sizes the page to the window. */
  zoom: number;
  fit: boolean;
  showGrid: boolean;
  mode: Mode;
  tab: Tab;
  message?: { text: string; error: boolean; at: number };
  highlight?: Highlight;
  /** A proof mark being written: where the proofreader clicked. */
  draftMark?: { anchor: ProofAnchor; quote: string; page: number; x: number; y: number };
  /** An export held back to ask first: the page still has errors (counted by kind). */
  askExport?: { preset: 'plant' | 'proof'; errors: string };
  focusMark?: string;
  /**
   * An article being dragged onto a page, and where the pointer is (client pixels): an unplaced one
   * from its list, or (`jump`) a placed one's overset text to continue on a later page (下转).
   */
  dragArticle?: { article: string; headline: string; x: number; y: number; jump?: boolean };
  /** Columns a dropped article spans. */
  dropSpan: number;
  /** Article text typed that the document does not have yet (article-draft.ts). */
  drafts: Drafts;
  busy: boolean;
  /** The read-only window's question before it takes over the editing. */
  askTakeOver?: boolean;
  find: FindForm;
  /** Counts Ctrl+F presses: the find field takes the keyboard at each. */
  findFocus: number;
}

/** The window only reads (another window or process writes): the editing tools are off. */
export const readsOnly = (state: EditorState): boolean => state.doc?.access.writes === false;

/**
 * How often a window asks for the state: a window that reads follows the one that writes, and
 * the writing window is heard from (a window silent for two minutes lets the pen go, pen.ts).
 */
const POLL_MS = 2000;

export type PageFields = Omit<Parameters<BanmianApi['editPage']>[0], 'page'>;

export class EditorStore {
  private state: EditorState = { page: 1, views: new Map(), zoom: 1, fit: true, showGrid: false, mode: 'layout', tab: 'article', dropSpan: 3, drafts: new Map(), busy: false, find: { text: '', replace: '', matchCase: false, current: -1 }, findFocus: 0 };
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  /** The edit on its way to the session, while there is one. */
  private sending: Promise<unknown> | undefined;
  private polling: ReturnType<typeof setInterval> | undefined;
  /** Blocks cut or copied (Ctrl+X, Ctrl+C), for Ctrl+V. */
  private clip: ClipBlock[] = [];
  readonly resources: DrawResources;

  constructor(readonly api: BanmianApi) {
    this.resources = new DrawResources(api);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): EditorState => this.state;

  private set(patch: Partial<EditorState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  // ── loading ──────────────────────────────────────────────────────────────────────────────

  async open(): Promise<void> {
    try {
      const doc = await this.api.getState({});
      this.set({ doc, drafts: reconciled(this.state.drafts, doc.articles), page: doc.pages[0]?.number ?? 1, loadError: undefined });
      await this.syncPages(doc);
      if (doc.notice) this.say(doc.notice, true);
      this.polling ??= setInterval(() => this.poll(), POLL_MS);
    } catch (err) {
      this.set({ loadError: (err as Error).message });
    }
  }

  /** The document as the session now reports it; a change of who writes is said in the status line. */
  private adopt(doc: DocumentState): void {
    const before = this.state.doc?.access.writes;
    this.set({ doc, drafts: reconciled(this.state.drafts, doc.articles), ...(doc.access.writes ? {} : { selected: undefined, preview: undefined }) });
    if (before === true && !doc.access.writes) this.say(`${doc.access.holder ?? '另一处'}接管了编辑，这里现在只读`, true);
  }

  /** Asks for the state between commands (none waiting, nothing being typed). */
  private poll(): void {
    if (this.state.busy || this.sending || this.state.dragArticle) return;
    this.queue = this.queue.then(() => this.refresh()).catch(() => undefined);
  }

  /** Fetches the pages whose revision moved: the current page first, then the rest. */
  private async syncPages(doc: DocumentState): Promise<void> {
    const numbers = new Set(doc.pages.map((p) => p.number));
    if ([...this.state.views.keys()].some((n) => !numbers.has(n))) this.set({ views: new Map([...this.state.views].filter(([n]) => numbers.has(n))) });
    if (!numbers.has(this.state.page)) this.set({ page: Math.max(...numbers) });
    const stale = doc.pages.filter((p) => this.state.views.get(p.number)?.revision !== p.revision).map((p) => p.number);
    stale.sort((a, b) => Number(b === this.state.page) - Number(a === this.state.page));
    for (const number of stale) {
      const view = await this.api.getPage({ page: number });
      await this.resources.load(view);
      const views = new Map(this.state.views);
      views.set(number, view);
      this.set({ views });
    }
  }

  layouts(): Map<number, PageLayout> {
    return new Map([...this.state.views].map(([n, v]) => [n, v.layout]));
  }

  // ── commands ─────────────────────────────────────────────────────────────────────────────

  /**
   * Runs a command after those before it; the session's answer becomes the state, `done` what
   * the status bar says of it, and `answer` hears how it went before the pages are fetched.
   */
  private command(run: () => Promise<CommandResult>, done?: string | ((r: CommandResult & { ok: true }) => string), answer?: (r: CommandResult | { ok: false; message: string }) => void): Promise<boolean> {
    const next = this.queue.then(async () => {
      this.set({ busy: true });
      try {
        const result = await run();
        this.adopt(result.state);
        answer?.(result);
        if (!result.ok) this.say(result.message, true);
        else if (done) this.say(typeof done === 'string' ? done : done(result), false);
        await this.syncPages(result.state);
        return result.ok;
      } catch (err) {
        answer?.({ ok: false, message: (err as Error).message });
        this.say((err as Error).message, true);
        return false;
      } finally {
        this.set({ busy: false });
      }
    });
    this.queue = next;
    return next;
  }

  say(text: string, error: boolean): void {
    this.set({ message: { text, error, at: Date.now() } });
  }

  /**
   * A field of an article typed into: the draft changes at once and is sent at once when no edit
   * is on its way; keys typed while one is go together when it is answered, so the page follows
   * the typing one reply behind at most. Text still being composed by an input method waits for
   * its end (`typedEnd`).
   */
  edit(article: string, field: Field, value: string, composing = false): void {
    this.set({ drafts: typed(this.state.drafts, article, field, value) });
    if (!composing) this.typedEnd();
  }

  /** Sends what was typed unless an edit is on its way (its answer sends the rest). */
  typedEnd(): void {
    if (this.sending) return;
    this.sending = this.flush().finally(() => {
      this.sending = undefined;
      if (outgoing(this.state.drafts).edits.length) this.typedEnd();
    });
  }

  /** Sends what was typed since it was last sent, now (before undo, save, or leaving the article). */
  flush(): Promise<unknown> {
    const { drafts, edits } = outgoing(this.state.drafts);
    if (edits.length) this.set({ drafts });
    return Promise.all(edits.map((edit) => this.sendEdit(edit)));
  }

  private sendEdit(edit: OutgoingEdit): Promise<boolean> {
    return this.command(
      () => this.api.editArticle({ article: edit.article, changes: edit.changes }),
      undefined,
      (r) => this.set({ drafts: answered(this.state.drafts, edit, r.ok ? { ok: true, article: r.state.articles.find((a) => a.id === edit.article) } : r) }),
    );
  }

  /** The article's refused text given up: its fields show what is on the page again. */
  giveUpDraft(article: string): void {
    this.set({ drafts: givenUp(this.state.drafts, article) });
  }

  async undo(): Promise<void> {
    await this.flush();
    const label = this.state.doc?.undo;
    await this.command(() => this.api.undo({}), label && `已撤销：${label}`);
  }

  async redo(): Promise<void> {
    await this.flush();
    const label = this.state.doc?.redo;
    await this.command(() => this.api.redo({}), label && `已重做：${label}`);
  }

  async save(): Promise<void> {
    await this.flush();
    await this.command(() => this.api.save({}), '已保存');
  }

  async reload(): Promise<void> {
    this.set({ views: new Map(), selected: undefined, article: undefined, preview: undefined });
    await this.open();
  }

  async refresh(): Promise<void> {
    const doc = await this.api.getState({});
    this.adopt(doc);
    await this.syncPages(doc);
  }

  /** The read-only window's 接管编辑: asked first (`confirmed` is the answer). */
  async takeOver(confirmed = false): Promise<void> {
    if (!confirmed) return this.set({ askTakeOver: true });
    this.set({ askTakeOver: false });
    await this.command(() => this.api.takeOver({}), '已接管编辑，这个窗口现在可以修改');
  }

  cancelTakeOver(): void {
    this.set({ askTakeOver: false });
  }

  resolveRecovery(restore: boolean): Promise<boolean> {
    return this.command(() => this.api.resolveRecovery({ restore }), restore ? '已恢复自动保存的内容' : '已丢弃自动保存的内容');
  }

  /** Exports the PDF; while the pages have errors it asks first (`confirmed` is the answer). */
  async exportPdf(preset: 'plant' | 'proof', confirmed = false): Promise<void> {
    await this.flush();
    const errors = errorSummary(this.state.doc?.diagnostics ?? []);
    if (errors && !confirmed) {
      this.set({ askExport: { preset, errors } });
      return;
    }
    this.set({ askExport: undefined });
    this.say(preset === 'plant' ? '正在导出印厂PDF…' : '正在导出校样PDF…', false);
    try {
      const r = await this.api.exportPdf({ preset });
      const kb = Math.round(r.bytes / 1024);
      const first = r.findings[0];
      this.say(`已导出 ${r.file}（${kb} KB）${first ? `，${r.findings.length} 条提示：${first.page ? `第${first.page}版 ` : ''}${first.text}` : ''}`, r.findings.length > 0);
    } catch (err) {
      this.say(`导出失败：${(err as Error).message}`, true);
    }
  }

  /** The export question answered 取消: the check list shows what is wrong. */
  cancelExport(): void {
    this.set({ askExport: undefined, tab: 'check' });
  }

  async exportProof(openOnly: boolean): Promise<void> {
    await this.flush();
    this.say('正在导出带校对标记的校样PDF…', false);
    try {
      const r = await this.api.exportProof({ openOnly });
      this.say(`已导出 ${r.file}（${Math.round(r.bytes / 1024)} KB，${r.marks} 条校对标记${r.offPage ? `，其中 ${r.offPage} 条不在版面上` : ''}）`, false);
    } catch (err) {
      this.say(`导出失败：${(err as Error).message}`, true);
    }
  }

  importArticles(files: Array<{ name: string; data: string }>): Promise<boolean> {
    return this.command(() => this.api.importArticles({ files }), `已导入 ${files.length} 个文件，稿件在“检查”中列为未上版`);
  }

  // ── blocks ───────────────────────────────────────────────────────────────────────────────

  place(page: number, block: number, to: GridPlace): Promise<boolean> {
    return this.command(() => this.api.placeBlock({ page, block, ...to }));
  }

  /**
   * Moves the selected block by columns and lines from where it stands when its turn comes, so
   * presses faster than the session answers each count.
   */
  nudge(columns: number, lines: number): Promise<boolean> {
    return this.command(async () => {
      const sel = this.state.selected;
      const b = sel && this.state.views.get(sel.page)?.blocks[sel.block];
      if (!sel || !b) throw new Error('没有选中版块');
      if (sel.also?.length) return this.api.moveBlocks({ page: sel.page, blocks: this.selection(), columns, lines });
      return this.api.placeBlock({ page: sel.page, block: sel.block, column: b.column + columns, span: b.span, top: b.top + lines, height: b.height });
    });
  }

  /** Shows the page as it would be with the block there, or why it cannot go there. */
  async previewPlace(page: number, block: number, to: GridPlace): Promise<boolean> {
    const r = await this.api.previewPlacement({ page, block, ...to });
    if (r.ok) {
      await this.resources.load(r.page);
      this.set({ preview: r.page });
    } else {
      this.set({ preview: undefined });
      this.say(r.message, true);
    }
    return r.ok;
  }

  /**
   * Takes the selected block off its page: the session says what came off (a first block takes
   * its continuations with it); an article left on no page is back in 未上版.
   */
  async removeSelected(): Promise<boolean> {
    const sel = this.state.selected;
    if (!sel) return false;
    if (sel.also?.length) {
      const blocks = this.selection();
      this.set({ selected: undefined });
      return this.command(() => this.api.removeBlocks({ page: sel.page, blocks }), (r) => `已${r.state.undo ?? '撤下'}，稿件回到未上版`);
    }
    const article = this.state.views.get(sel.page)?.blocks[sel.block]?.article;
    this.set({ selected: undefined });
    return this.command(
      () => this.api.removeBlock({ page: sel.page, block: sel.block }),
      (r) => `已${r.state.undo ?? '撤下'}${r.state.diagnostics.some((d) => d.kind === 'unplaced' && d.article === article) ? '，稿件回到未上版' : ''}`,
    );
  }

  // ── groups and the clipboard ─────────────────────────────────────────────────────────────

  /** The selected blocks of the selected page, the first selected first. */
  selection(): number[] {
    const sel = this.state.selected;
    return sel ? [sel.block, ...(sel.also ?? [])] : [];
  }

  /** Shift+click: the block joins the group, or leaves it. */
  toggleSelect(page: number, block: number): void {
    const sel = this.state.selected;
    if (!sel || sel.page !== page) return this.select(page, block);
    const all = this.selection();
    const [first, ...also] = all.includes(block) ? all.filter((b) => b !== block) : [...all, block];
    if (first === undefined) return this.select(page, undefined);
    this.set({ selected: { page, block: first, ...(also.length ? { also } : {}) }, highlight: undefined });
  }

  /** The group dragged by whole columns and lines. */
  moveGroup(page: number, blocks: number[], columns: number, lines: number): Promise<boolean> {
    return this.command(() => this.api.moveBlocks({ page, blocks, columns, lines }));
  }

  /** Ctrl+C: the selected blocks on the clipboard (their stories, places and looks). */
  async copySelected(): Promise<boolean> {
    const sel = this.state.selected;
    if (!sel) return false;
    this.clip = await this.api.copyBlocks({ page: sel.page, blocks: this.selection() });
    this.say(`已复制${this.clip.length}块稿件：到要放的版上按 Ctrl+V 粘贴（复制的稿件粘贴为副本）`, false);
    return true;
  }

  /** Ctrl+X: copied, then taken off (to be pasted on another page with its look). */
  async cutSelected(): Promise<boolean> {
    const sel = this.state.selected;
    if (!sel) return false;
    const blocks = this.selection();
    this.clip = await this.api.copyBlocks({ page: sel.page, blocks });
    this.set({ selected: undefined });
    return this.command(() => this.api.removeBlocks({ page: sel.page, blocks }), `已剪切${blocks.length}块稿件：到要放的版上按 Ctrl+V 粘贴`);
  }

  /** Ctrl+V: the clipboard's blocks on the page shown, at their places. */
  paste(): Promise<boolean> {
    if (this.clip.length === 0) {
      this.say('剪贴板里没有稿件：先选中版块按 Ctrl+C 或 Ctrl+X', true);
      return Promise.resolve(false);
    }
    const items = this.clip;
    return this.command(() => this.api.pasteBlocks({ page: this.state.page, items }), (r) => `已${r.state.undo ?? '粘贴'}`);
  }

  /** Ctrl+D: copies of the selected stories (副本) in 未上版. */
  duplicateSelected(): Promise<boolean> {
    const view = this.state.selected && this.state.views.get(this.state.selected.page);
    const articles = [...new Set(this.selection().flatMap((i) => view?.blocks[i]?.article ?? []))];
    if (articles.length === 0) return Promise.resolve(false);
    return this.command(() => this.api.duplicateArticles({ articles }), (r) => `已${r.state.undo ?? '创建副本'}，在未上版`);
  }

  /** The selected block's main headline set otherwise (headline controls); null gives a setting back to the template. */
  styleHeadline(look: Parameters<BanmianApi['styleHeadline']>[0]['look']): Promise<boolean> {
    const sel = this.state.selected;
    if (!sel) return Promise.resolve(false);
    return this.command(() => this.api.styleHeadline({ page: sel.page, block: sel.block, look }), (r) => `已${r.state.undo ?? '修改标题'}`);
  }

  /** A picture file put into image `image` of the article (补图, 换图), or added to it (加图). */
  placePicture(article: string, image: number | undefined, file: { name: string; data: string }): Promise<boolean> {
    return this.command(() => this.api.placePicture({ article, ...(image !== undefined ? { image } : {}), ...file }), (r) => r.state.undo ?? '已置入图片');
  }

  editImage(article: string, image: number, texts: { caption?: string; credit?: string }): Promise<boolean> {
    return this.command(() => this.api.editImage({ article, image, ...texts }), (r) => (r.state.undo ? `已${r.state.undo}` : ''));
  }

  /** How the picture sits in frame `photo` of the selected block. */
  stylePhoto(photo: number, look: Parameters<BanmianApi['stylePhoto']>[0]['look']): Promise<boolean> {
    const sel = this.state.selected;
    if (!sel) return Promise.resolve(false);
    return this.command(() => this.api.stylePhoto({ page: sel.page, block: sel.block, photo, look }), (r) => r.state.undo ?? '已调整图片');
  }

  /** 引题 and 副题 swapped (a kicker that reads better under the headline, or the other way). */
  async swapTiers(id: string): Promise<boolean> {
    await this.flush();
    const article = this.state.doc?.articles.find((a) => a.id === id);
    if (!article) return false;
    return this.command(() => this.api.editArticle({ article: id, changes: { kicker: article.subhead ?? '', subhead: article.kicker ?? '' } }), '已把引题和副题互换');
  }

  /** Hands the page back to auto-placement: its articles laid out anew, lead first. */
  autoPlacePage(page: number): Promise<boolean> {
    this.set({ selected: undefined });
    return this.command(() => this.api.autoPlacePage({ page }), `第${page}版已重新自动排版`);
  }

  /** Where an article (or, `jump`, its overset text) dropped at this place would go (its fitted height), or why it cannot. */
  previewArticle(article: string, page: number, at: { column: number; top: number }, jump = false): ReturnType<BanmianApi['previewArticle']> {
    const drop = { article, page, column: at.column, span: this.state.dropSpan, top: at.top };
    return jump ? this.api.previewJump(drop) : this.api.previewArticle(drop);
  }

  placeArticle(article: string, page: number, at: { column: number; top: number }, jump = false): Promise<boolean> {
    const headline = this.state.doc?.articles.find((a) => a.id === article)?.headline ?? article;
    const drop = { article, page, column: at.column, span: this.state.dropSpan, top: at.top };
    if (jump) return this.command(() => this.api.continueArticle(drop), `《${headline}》已下转第${page}版`);
    return this.command(() => this.api.placeArticle(drop), `已上版《${headline}》`);
  }

  dragArticle(drag: EditorState['dragArticle']): void {
    this.set({ dragArticle: drag });
  }

  setDropSpan(span: number): void {
    this.set({ dropSpan: span });
  }

  // ── pages ────────────────────────────────────────────────────────────────────────────────

  async addPage(page: { at: number; template: string; section: string; editor: string }): Promise<boolean> {
    const ok = await this.command(() => this.api.addPage(page), `已新增第${page.at}版`);
    if (ok) this.showPage(page.at);
    return ok;
  }

  async deletePage(page: number): Promise<boolean> {
    this.set({ selected: undefined });
    return this.command(() => this.api.deletePage({ page }), `已删除第${page}版，版上稿件转为未上版`);
  }

  async movePage(page: number, to: number): Promise<boolean> {
    const ok = await this.command(() => this.api.movePage({ page, to }));
    if (ok && this.state.page === page) this.showPage(to);
    return ok;
  }

  editPage(page: number, fields: PageFields): Promise<boolean> {
    return this.command(() => this.api.editPage({ page, ...fields }), `已修改第${page}版`);
  }

  endPreview(): void {
    if (this.state.preview) this.set({ preview: undefined });
  }

  // ── proof marks ──────────────────────────────────────────────────────────────────────────

  addMark(anchor: ProofAnchor, comment: string, author?: string): Promise<boolean> {
    this.set({ draftMark: undefined });
    return this.command(() => this.api.addMark({ anchor, comment, ...(author ? { author } : {}) }), '已添加校对标记');
  }

  setMarkStatus(id: string, status: 'open' | 'resolved'): Promise<boolean> {
    return this.command(() => this.api.updateMark({ id, status }));
  }

  removeMark(id: string): Promise<boolean> {
    return this.command(() => this.api.removeMark({ id }), '已删除校对标记');
  }

  // ── view ─────────────────────────────────────────────────────────────────────────────────

  showPage(page: number): void {
    this.set({ page, preview: undefined, selected: this.state.selected?.page === page ? this.state.selected : undefined, highlight: this.state.highlight?.page === page ? this.state.highlight : undefined });
  }

  /** The next (1) or previous (−1) page in the issue's order, if there is one. */
  turnPage(step: 1 | -1): void {
    const numbers = (this.state.doc?.pages ?? []).map((p) => p.number);
    const next = numbers[numbers.indexOf(this.state.page) + step];
    if (next !== undefined) this.showPage(next);
  }

  select(page: number, block: number | undefined): void {
    const b = block === undefined ? undefined : this.state.views.get(page)?.blocks[block];
    void this.flush();
    this.set({ selected: b ? { page, block: b.index } : undefined, highlight: undefined, ...(b ? { article: b.article, tab: 'article' as const } : {}) });
  }

  openArticle(article: string): void {
    void this.flush();
    this.set({ article, tab: 'article' });
  }

  setZoom(zoom: number | 'fit'): void {
    if (zoom === 'fit') this.set({ fit: true });
    else this.set({ fit: false, zoom: Math.min(4, Math.max(0.2, zoom)) });
  }

  /** The zoom the page is shown at when fitted (the page view reports it). */
  fitted(zoom: number): void {
    if (this.state.fit && Math.abs(zoom - this.state.zoom) > 1e-3) this.set({ zoom });
  }

  toggleGrid(): void {
    this.set({ showGrid: !this.state.showGrid });
  }

  setMode(mode: Mode): void {
    this.set({ mode, draftMark: undefined, highlight: undefined, ...(mode === 'proof' ? { tab: 'proof' as const, selected: undefined } : {}) });
  }

  setTab(tab: Tab): void {
    this.set({ tab });
  }

  // ── find and replace ─────────────────────────────────────────────────────────────────────

  /** Ctrl+F: the find panel, its field taking the keyboard. */
  openFind(): void {
    this.set({ tab: 'find', findFocus: this.state.findFocus + 1 });
  }

  setFind(form: Partial<FindForm>): void {
    this.set({ find: { ...this.state.find, ...form } });
  }

  /** A hit gone to: its page shown with the text lit, its article the one the article panel shows. */
  goToHit(article: string, highlight: Highlight | undefined, current: number): void {
    this.set({ article, highlight, find: { ...this.state.find, current }, ...(highlight ? { page: highlight.page, selected: undefined } : {}) });
  }

  /** Replaces the text found at `at` (替换), or everywhere (全部替换): one undoable step. */
  async replaceText(at?: ProofAnchor): Promise<boolean> {
    await this.flush();
    const { text: find, replace, matchCase } = this.state.find;
    return this.command(() => this.api.replaceText({ find, replace, matchCase, ...(at ? { at } : {}) }), (r) => `已${r.state.undo ?? '替换'}`);
  }

  showHighlight(h: Highlight | undefined, focusMark?: string): void {
    this.set({ highlight: h, focusMark, ...(h ? { page: h.page } : {}) });
  }

  startMark(draft: EditorState['draftMark']): void {
    this.set({ draftMark: draft });
  }
}
