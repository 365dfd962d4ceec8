/**
 * The requests of the app's API, as zod schemas: the one definition of what each method takes.
 * Every request from outside (Electron IPC, HTTP) is parsed here before it reaches the session.
 */
import { z } from 'zod';
import { BlockSchema } from '../model/issue.js';
import { firstProblem } from '../model/validate.js';
import { PresetName } from '../pdf/presets.js';
import { ProofAnchorSchema, ProofStatusSchema } from '../proof/proof-marks.js';

const none = z.strictObject({});
const page = z.number().int().min(1).max(999);
const count = (max: number) => z.number().int().min(0).max(max);
/** A block's place on the grid: first column and line, and its size in columns and lines. */
const placement = z.strictObject({
  page,
  block: count(999),
  column: z.number().int().min(1).max(99),
  span: z.number().int().min(1).max(99),
  top: count(9999),
  height: z.number().int().min(1).max(9999),
});
/**
 * Guards on what one request may carry, far above what an edit may make of an article (those
 * limits are the edit's, refused in a sentence: edits/article-edits.ts).
 */
const field = z.string().max(100_000);
const MAX_REQUEST_CHARS = 4_000_000;
/** Where an unplaced article is dropped: the block gets the height its text needs (or the room there is). */
const drop = z.strictObject({
  article: z.string().min(1).max(200),
  page,
  column: z.number().int().min(1).max(99),
  span: z.number().int().min(1).max(99),
  top: count(9999),
});
/** A name on a page (版名, 责任编辑 …): trimmed, one line. */
/** Block indices of one page, each once. */
const blockList = z.array(count(999)).min(1).max(200).refine((b) => new Set(b).size === b.length, '每块只能列一次');
const pageName = z.string().trim().max(40).regex(/^[^\n]*$/, '只能是一行');

export const REQUESTS = {
  getState: none,
  getPage: z.strictObject({ page }),
  /** Outlines of glyphs (by id) of a font named in a page's display list. */
  getGlyphs: z.strictObject({ font: z.string().min(1).max(200), ids: z.array(count(65535)).max(20000) }),
  /** The image item at `index` in page `page`'s display list, as the proof PDF shows it. */
  getImage: z.strictObject({ page, index: count(99999) }),
  previewPlacement: placement,
  placeBlock: placement,
  /** The block an unplaced article would get where it is dropped (nothing changes). */
  previewArticle: drop,
  placeArticle: drop,
  /** The block a placed article's overset text would be continued into there (下转), on a later page (nothing changes). */
  previewJump: drop,
  /** Continues a placed article's overset text into a new block on a later page: 下转 and 上接 lines follow. */
  continueArticle: drop,
  /**
   * Sets a block's main headline otherwise: size (号 name or pt), font role, alignment, most lines
   * before shrinking, across or vertical; null gives a setting back to the template.
   */
  styleHeadline: z.strictObject({
    page,
    block: count(999),
    look: z.strictObject({
      size: z.union([z.string().trim().min(1).max(12), z.number().min(6).max(200)]).nullable().optional(),
      role: z.string().min(1).max(60).nullable().optional(),
      align: z.enum(['left', 'center', 'right']).nullable().optional(),
      lines: z.number().int().min(1).max(6).nullable().optional(),
      setting: z.enum(['across', 'vertical']).nullable().optional(),
    }),
  }),
  /**
   * A picture file (sent as base64) put into image `image` of the article (a frame still 图片待补,
   * or in place of its picture), or added to the story with a frame of its own; written beside the issue.
   */
  placePicture: z.strictObject({ article: z.string().min(1).max(200), image: count(99).optional(), name: z.string().min(1).max(255), data: z.base64().max(60_000_000) }),
  /** New caption (图片说明) or credit (图片署名) of an image; an empty one goes. */
  editImage: z.strictObject({ article: z.string().min(1).max(200), image: count(99), caption: z.string().max(2000).optional(), credit: z.string().max(200).optional() }),
  /** How a picture sits in its frame: filling it or whole, enlarged or reduced by a factor, moved by a share of the way between its edges. */
  stylePhoto: z.strictObject({
    page,
    block: count(999),
    photo: count(99),
    look: z.strictObject({ fit: z.enum(['fill', 'fit']).optional(), zoom: z.number().min(0.25).max(4).optional(), move: z.strictObject({ x: z.number().min(-1).max(1), y: z.number().min(-1).max(1) }).optional() }),
  }),
  /** Several blocks of a page moved together by whole columns and lines (the group keeps its shape). */
  moveBlocks: z.strictObject({ page, blocks: blockList, columns: z.number().int().min(-99).max(99), lines: z.number().int().min(-9999).max(9999) }),
  /** Several blocks taken off together, as 撤下 takes each. */
  removeBlocks: z.strictObject({ page, blocks: blockList }),
  /** Blocks as the clipboard keeps them: story, place and look (nothing changes). */
  copyBlocks: z.strictObject({ page, blocks: blockList }),
  /** The clipboard's blocks on a page at their places: a cut story goes back on, a copied one comes as a copy (副本). */
  pasteBlocks: z.strictObject({
    page,
    items: z.array(z.strictObject({ article: z.string().min(1).max(200), column: z.number().int().min(1).max(99), span: z.number().int().min(1).max(99), top: count(9999), height: z.number().int().min(1).max(9999), look: BlockSchema.omit({ article: true, column: true, top: true, height: true }) })).min(1).max(200),
  }),
  /** Copies of stories (副本), unplaced. */
  duplicateArticles: z.strictObject({ articles: z.array(z.string().min(1).max(200)).min(1).max(200) }),
  /** Takes a block off its page; its article stays in the issue (unplaced if it has no other block). */
  removeBlock: z.strictObject({ page, block: count(999) }),
  /** Hands a page back to auto-placement: its articles laid out anew, lead first. */
  autoPlacePage: z.strictObject({ page }),
  /** A new empty page that becomes page `at`; the pages from there on move up by one. */
  addPage: z.strictObject({ at: page, template: z.string().min(1).max(100), section: pageName.min(1), editor: pageName.min(1) }),
  /** Deletes a page; its articles stay in the issue, unplaced. */
  deletePage: z.strictObject({ page }),
  /** Moves a page so that it becomes page `to`; the pages are numbered anew in their new order. */
  movePage: z.strictObject({ page, to: page }),
  /** New 版名, 责任编辑, 美编, 校对 of a page; an empty 美编 or 校对 removes it. */
  editPage: z.strictObject({ page, section: pageName.optional(), editor: pageName.optional(), designer: pageName.optional(), proofreader: pageName.optional() }),
  /** New texts for an article; an empty text other than the headline removes its part. */
  editArticle: z.strictObject({
    article: z.string().min(1).max(200),
    changes: z.strictObject({
      banner: field.optional(),
      kicker: field.optional(),
      headline: field.optional(),
      subhead: field.optional(),
      byline: field.optional(),
      note: field.optional(),
      credit: field.optional(),
      paragraphs: z
        .array(z.string())
        .min(1)
        .max(100_000)
        .refine((ps) => ps.reduce((n, p) => n + p.length, 0) <= MAX_REQUEST_CHARS, `一次最多发送 ${MAX_REQUEST_CHARS.toLocaleString('en')} 字`)
        .optional(),
    }),
  }),
  /**
   * Replaces a text in every article's parts (全部替换), or only at `at`, where it must still stand
   * (替换): one undoable step. `matchCase` tells A from a; Chinese has no case.
   */
  replaceText: z.strictObject({ find: z.string().min(1).max(200), replace: z.string().max(2000), matchCase: z.boolean().default(false), at: ProofAnchorSchema.optional() }),
  /** Article files (.txt .md .docx) sent as base64, added to the issue unplaced. */
  importArticles: z.strictObject({
    files: z.array(z.strictObject({ name: z.string().min(1).max(255), data: z.base64().max(40_000_000) })).min(1).max(50),
  }),
  undo: none,
  redo: none,
  save: none,
  /** Whether to take the autosaved text found on opening (true) or throw it away (false). */
  resolveRecovery: z.strictObject({ restore: z.boolean() }),
  addMark: z.strictObject({ anchor: ProofAnchorSchema, comment: z.string().trim().min(1).max(2000), author: z.string().trim().min(1).max(100).optional() }),
  updateMark: z.strictObject({ id: z.string().min(1).max(100), comment: z.string().trim().min(1).max(2000).optional(), status: ProofStatusSchema.optional() }),
  removeMark: z.strictObject({ id: z.string().min(1).max(100) }),
  /**
   * This window writes from now on: another window of the session, or another process holding the
   * issue, is asked to hand over (its unsaved work comes along) and reads from then on.
   */
  takeOver: none,
  /** This window is closing: the pen is free for another window. */
  leave: none,
  /** Writes the PDF beside the issue file (name-plant.pdf or name-proof.pdf). */
  exportPdf: z.strictObject({ preset: PresetName }),
  /** Writes the proof PDF with the proof marks (name-marked-proof.pdf beside the issue). */
  exportProof: z.strictObject({ openOnly: z.boolean().default(false), pages: z.array(page).min(1).max(999).optional() }),
} as const;

export type ApiMethod = keyof typeof REQUESTS;
export const API_METHODS = Object.keys(REQUESTS) as ApiMethod[];
/** What a window that only reads may still do: look, preview, export, and take over or leave. */
export const READING_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>(['getState', 'getPage', 'getGlyphs', 'getImage', 'previewPlacement', 'previewArticle', 'previewJump', 'copyBlocks', 'exportPdf', 'exportProof', 'takeOver', 'leave']);
/** What a caller sends. */
export type ApiParams<M extends ApiMethod> = z.input<(typeof REQUESTS)[M]>;
/** What the session receives (defaults filled in, strings trimmed). */
export type ApiRequest<M extends ApiMethod> = z.output<(typeof REQUESTS)[M]>;

export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(REQUESTS, name);

/** A request that does not match its schema: one line naming the method and the field. */
export function parseRequest<M extends ApiMethod>(method: M, params: unknown): ApiRequest<M> {
  const result = REQUESTS[method].safeParse(params ?? {});
  if (result.success) return result.data as ApiRequest<M>;
  throw firstProblem(REQUESTS[method], params ?? {}, method, result.error);
}
