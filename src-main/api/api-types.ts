/**
 * The one typed API between the app's user interface and src-main. The session implements it;
 * the renderer reaches it through the Electron preload bridge or over HTTP (`banmian serve`).
 * The renderer imports this file with `import type` only.
 */
import type { Diagnostic, PageLayout } from '../model/display-list.js';
import type { GridPlace } from '../model/geometry.js';
import type { GridGeometry } from '../model/grid-geometry.js';
import type { Article, ClipBlock, Notch, Paper } from '../model/issue.js';
import type { PresetName } from '../pdf/presets.js';
import type { WrittenProof } from '../proof/marked-proof.js';
import type { ProofMark } from '../proof/proof-marks.js';
import type { ApiMethod, ApiParams } from './requests.js';

export type { ApiMethod, ApiParams } from './requests.js';

export interface PageSummary {
  number: number;
  /** 版名 */
  section: string;
  /** 责任编辑 */
  editor: string;
  /** 美编 */
  designer?: string;
  /** 校对 */
  proofreader?: string;
  template: string;
  /** Laid out by auto-placement from a list of articles; the first edit (of a block or of an article's text) turns it into blocks. */
  auto: boolean;
  /** Bumped whenever the page is composed again: a client refetches a page whose revision moved. */
  revision: number;
}

export interface DocumentState {
  /** The issue file's name (not its folder). */
  fileName: string;
  paper: Paper;
  date: string;
  pages: PageSummary[];
  articles: Article[];
  /** Articles on no page (未上版), by id, in the order. */
  unplaced: string[];
  /** The page templates a new page can take. */
  templates: Array<{ id: string; name: string }>;
  diagnostics: Diagnostic[];
  marks: ProofMark[];
  /** Unsaved changes. */
  dirty: boolean;
  /** How long the last composition took, ms. */
  composeMs: number;
  /** What undo and redo would do (Chinese labels), absent when there is nothing to do. */
  undo?: string;
  redo?: string;
  /** When the autosave sidecar was last written (ISO time). */
  autosavedAt?: string;
  /** Found on opening: an autosave newer than the file, waiting for resolveRecovery. */
  recovery?: { savedAt: string };
  /** Something the user should read once (e.g. an autosave that could not be read). */
  notice?: string;
  /** Whether the asking window writes, or only reads because another window or process does. */
  access: Access;
}

/**
 * A window writes, or reads while `holder` (a sentence: 另一个窗口, 另一个程序 …) has written since
 * `since`; without a holder the writer has gone and taking over needs no handing over.
 */
export type Access = { writes: true } | { writes: false; holder?: string; since?: string };

/** Who is calling: the window (made by the renderer at each load) a request comes from. */
export interface Caller {
  window: string;
}

/** The column and baseline grid of a page, in points. */
export interface GridView extends GridGeometry {
  /** Lines at the top of the type area taken by the masthead (报头). */
  reservedLines: number;
}

/** A block as the page view shows it: its place on the grid, and its outline. */
/** How a block's main headline is set: the template's settings with the block's own (`own`, as written). */
export interface HeadlineView {
  size: number;
  role: string;
  align: 'left' | 'center' | 'right';
  lines: number;
  setting: 'across' | 'vertical';
  own: { size?: string | number; role?: string; align?: 'left' | 'center' | 'right'; lines?: number; setting?: 'across' | 'vertical' };
}

export interface BlockView extends GridPlace {
  index: number;
  article: string;
  headline: string;
  title: HeadlineView;
  /** The block's photo frames: which image, and how the picture sits in the frame. */
  photos: Array<{ image: number; fit: 'fill' | 'fit'; scale: number; focus: { x: number; y: number } }>;
  notch?: Notch;
  /** The block's outline on the page (a rectangle, an L or an inverted L), in points. */
  outline: Array<[number, number]>;
}

export interface PageView {
  number: number;
  section: string;
  revision: number;
  layout: PageLayout;
  grid: GridView;
  /** The blocks the page is composed with: its own, or those auto-placement gave it. */
  blocks: BlockView[];
  /** The blocks come from auto-placement; moving, resizing or removing one, or editing its text, makes them the page's own. */
  auto: boolean;
  /** Screen colour (CSS) of every CMYK value on the page, keyed by `c,m,y,k`: the proof PDF's conversion. */
  colours: Record<string, string>;
}

export interface GlyphOutlines {
  unitsPerEm: number;
  /** SVG path data in font units (y up), in the order of the ids asked for; '' for an empty glyph. */
  paths: string[];
}

export interface PreviewImage {
  /** A data: URL (PNG) of the picture as the proof PDF prints it, at up to 300 ppi. */
  url: string;
}

export type CommandResult = { ok: true; state: DocumentState } | { ok: false; message: string; state: DocumentState };

export type PlacementPreview = { ok: true; page: PageView } | { ok: false; message: string };

/** Where a dropped article would go: its block on the grid, or why it cannot go there. */
export type ArticlePreview = ({ ok: true; fitted: boolean } & GridPlace) | { ok: false; message: string };

export interface ExportResult {
  file: string;
  preset: PresetName;
  bytes: number;
  /** Errors and warnings of the composition and the preflight, errors first. */
  findings: ExportFinding[];
}

/** One finding of an export: in Chinese, with the English the CLI prints for a bug report. */
export interface ExportFinding {
  severity: 'error' | 'warning';
  page?: number;
  text: string;
  original: string;
}

export interface ApiResults {
  getState: DocumentState;
  getPage: PageView;
  getGlyphs: GlyphOutlines;
  getImage: PreviewImage;
  previewPlacement: PlacementPreview;
  placeBlock: CommandResult;
  previewArticle: ArticlePreview;
  placeArticle: CommandResult;
  previewJump: ArticlePreview;
  continueArticle: CommandResult;
  replaceText: CommandResult;
  styleHeadline: CommandResult;
  placePicture: CommandResult;
  editImage: CommandResult;
  stylePhoto: CommandResult;
  moveBlocks: CommandResult;
  removeBlocks: CommandResult;
  copyBlocks: ClipBlock[];
  pasteBlocks: CommandResult;
  duplicateArticles: CommandResult;
  removeBlock: CommandResult;
  autoPlacePage: CommandResult;
  addPage: CommandResult;
  deletePage: CommandResult;
  movePage: CommandResult;
  editPage: CommandResult;
  editArticle: CommandResult;
  importArticles: CommandResult;
  undo: CommandResult;
  redo: CommandResult;
  save: CommandResult;
  resolveRecovery: CommandResult;
  addMark: CommandResult;
  updateMark: CommandResult;
  removeMark: CommandResult;
  takeOver: CommandResult;
  leave: CommandResult;
  exportPdf: ExportResult;
  exportProof: WrittenProof;
}

export type BanmianApi = { [M in ApiMethod]: (params: ApiParams<M>) => Promise<ApiResults[M]> };

/** An API reply over HTTP or IPC: the result, or one line saying what went wrong. */
export type ApiReply<M extends ApiMethod> = { ok: true; result: ApiResults[M] } | { ok: false; error: string };

/** What the Electron menu asks the window to do (the window then calls the API itself), or tells it happened. */
export type MenuCommand = 'undo' | 'redo' | 'save' | 'changed' | 'reload';

/** What the preload script puts on `window.banmian` in the desktop app. */
export interface BanmianBridge {
  invoke(method: ApiMethod, params: unknown): Promise<ApiReply<ApiMethod>>;
  onMenu(listener: (command: MenuCommand) => void): () => void;
}
