/**
 * The issue file (`*.banmian.json`): the day's articles and the pages they are placed on.
 * The zod schemas are the single definition; the TypeScript types are inferred from them.
 */
import { z } from 'zod';
import { newestVersion, type FileFormat } from './migrations.js';

/**
 * Issue files have said their version from the first. Version 2 lets an article keep the look of
 * the block it was taken off (`lastBlock`): a version 1 file has none, so it reads as it is. The
 * schemas below describe the newest version.
 */
export const ISSUE_FILE: FileFormat = { format: 'banmian-issue', noun: 'issue', nounZh: '报纸', migrations: [(v1) => v1] };
export const ISSUE_FORMAT = ISSUE_FILE.format;
export const ISSUE_VERSION = newestVersion(ISSUE_FILE);

const text = z.string();
const id = z.string().regex(/^[A-Za-z0-9][\w.-]*$/, 'an id of letters, digits, "-", "_" or "."');

export const ImageSchema = z.strictObject({
  /** Path relative to the issue file. */
  src: text.min(1),
  /** 图片说明. */
  caption: text.optional(),
  /** 本报记者 X 摄. */
  credit: text.optional(),
});

export const JumpSchema = z.strictObject({
  /** Headline repeated above the continued part (上接第X版), the main headline when absent. */
  headline: text.optional(),
});

/** A character style over part of a paragraph: UTF-16 offsets into `paragraphs[paragraph]`, end exclusive. */
export const StyleRangeSchema = z.strictObject({
  paragraph: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  /** Set in the template's emphasis roles: bold in 黑体, italic in 楷体 (Chinese type has no slanted form). */
  style: z.enum(['bold', 'italic']),
});

const lengthOrSize = z.union([z.number().positive(), text.min(1)]);

/** A photo placed in a block, on the column grid. */
export const PhotoSchema = z.strictObject({
  /** Index into the article's `images`. */
  image: z.number().int().min(0).default(0),
  /** First column of the frame, counted from 1 at the block's left. */
  column: z.number().int().min(1).default(1),
  span: z.number().int().min(1),
  /** First grid line of the frame, counted from the first body line under the headline. */
  top: z.number().int().min(0).default(0),
  /** Height of the frame in grid lines; the caption's lines come below it. */
  height: z.number().int().min(2),
  /** fill: cover the frame and crop the overflow; fit: show the whole image inside the frame. */
  fit: z.enum(['fill', 'fit']).default('fill'),
  /** How much larger than filling (or fitting) the frame the image is set, to show a detail (1 when absent). */
  scale: z.number().min(1).max(4).optional(),
  /** Which part of a cropped image stays in the frame: 0 = left/top edge, 0.5 = centre, 1 = right/bottom edge. */
  focus: z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).default({ x: 0.5, y: 0.5 }),
});

/** The corner cut out of a block to make it L-shaped (a top corner) or an inverted L (a bottom corner). */
export const NotchSchema = z.strictObject({
  corner: z.enum(['top-left', 'top-right', 'bottom-left', 'bottom-right']),
  columns: z.number().int().min(1),
  lines: z.number().int().min(1),
});

export const BlockSchema = z.strictObject({
  /** The article placed in this block. An article in several blocks flows through them in page order. */
  article: id,
  /** First column, counted from 1 at the left of the type area. */
  column: z.number().int().min(1),
  /** Number of columns the block spans. */
  span: z.number().int().min(1),
  /** First grid line of the block, counted from 0 at the top of the type area (行). */
  top: z.number().int().min(0),
  /** Height in grid lines (行). */
  height: z.number().int().min(1),
  /** Size of the main headline (号 name or pt); the template's default for the span otherwise. */
  headlineSize: lengthOrSize.optional(),
  /** Lines of air added to the headline zone (题区), the headline centred in it. */
  headSpace: z.number().int().min(0).optional(),
  /** The main headline's font role (字体: headline-song 标宋, headline-hei 黑体 …); the template's otherwise. */
  headlineRole: z.string().min(1).optional(),
  /** The alignment of the headline group (引题, 主题, 副题) across the block; the template's otherwise. */
  headlineAlign: z.enum(['left', 'center', 'right']).optional(),
  /** The most lines the main headline takes before it is condensed and shrunk; the template's otherwise. */
  headlineLines: z.number().int().min(1).max(6).optional(),
  /**
   * The height was fitted to the text (auto-placement sets this): a paragraph may then not leave
   * a single line at a column's foot or head (widows and orphans). A fixed block fits its text instead.
   */
  fit: z.boolean().optional(),
  /** across (the default): 引题/主题/副题 over the top of the block; vertical: set top to bottom at its right side (竖排). */
  headline: z.enum(['across', 'vertical']).optional(),
  /** A rectangle unless a corner is cut out. */
  notch: NotchSchema.optional(),
  /** A border (边框/花边) around the block, with inner padding on the grid. */
  box: z.enum(['line', 'double', 'dotted', 'ornament']).optional(),
  /**
   * Where the article ends in this block, its columns end on one line (平栏, the default); false
   * fills column after column and leaves the last one short.
   */
  balance: z.boolean().optional(),
  photos: z.array(PhotoSchema).optional(),
});

/** What a block shows of an article besides its place on the page: kept with an article taken off. */
export const BlockLookSchema = BlockSchema.pick({ span: true, headlineSize: true, headSpace: true, headlineRole: true, headlineAlign: true, headlineLines: true, headline: true, box: true, balance: true, photos: true });

export const ArticleSchema = z.strictObject({
  id,
  /**
   * 栏题: a heading over a group of stories or the page (聚焦乡村振兴), printed once, above the
   * 引题 of the first story it heads.
   */
  banner: text.optional(),
  /** 引题 */
  kicker: text.optional(),
  /** 主题 */
  headline: text.min(1),
  /** 副题 */
  subhead: text.optional(),
  /** Run-in lead of the first paragraph, e.g. 本报讯（记者 孙艳）. */
  byline: text.optional(),
  /** 编者按: the editor's note set in 楷体 before the body, with its label as written (【编者按】…). */
  note: text.optional(),
  paragraphs: z.array(text).min(1),
  /** Bold and italic runs in the body (from Word or Markdown), in paragraph order. */
  styles: z.array(StyleRangeSchema).optional(),
  images: z.array(ImageSchema).default([]),
  /** Trailing credit set flush right after the last paragraph, e.g. （本报记者 王磊 摄）. */
  credit: text.optional(),
  jump: JumpSchema.optional(),
  /**
   * How its block looked when the article was taken off its page (撤下): headline size and
   * setting, box, photo frames. Putting it back (上版) gives the new block this look.
   */
  lastBlock: BlockLookSchema.optional(),
});

export const PageSchema = z.strictObject({
  number: z.number().int().min(1),
  template: id,
  /** 版名 */
  section: text.min(1),
  /** 责任编辑 */
  editor: text.min(1),
  /** 美编 */
  designer: text.optional(),
  /** 校对 */
  proofreader: text.optional(),
  blocks: z.array(BlockSchema).default([]),
  /** Articles to place automatically, lead first, when the page has no blocks (explicit blocks win). */
  articles: z.array(id).optional(),
  /** Whether the page carries the masthead (报头) instead of the running header (the front page). */
  masthead: z.boolean().optional(),
});

export const PaperSchema = z.strictObject({
  /** The newspaper's name, e.g. 江城日报. */
  name: text.min(1),
  /** 总第 N 期 */
  issueNumber: z.number().int().min(1).optional(),
  /** 国内统一连续出版物号, e.g. CN 42-0000. */
  cn: text.optional(),
  /** 主办, e.g. 中共江城市委主办. */
  sponsor: text.optional(),
  /** The day's weather line in the masthead, e.g. 多云转晴 2～12℃. */
  weather: text.optional(),
  /** 零售价, e.g. 1.50元. */
  price: text.optional(),
});

export const IssueSchema = z.strictObject({
  format: z.literal(ISSUE_FORMAT),
  version: z.literal(ISSUE_VERSION),
  paper: PaperSchema,
  date: z.iso.date(),
  pages: z.array(PageSchema).min(1),
  articles: z.array(ArticleSchema).min(1),
});

export type Image = z.infer<typeof ImageSchema>;
export type Article = z.infer<typeof ArticleSchema>;
/** A block as the app's clipboard keeps it (cut or copied): its story, its place and its look. */
export interface ClipBlock {
  article: string;
  column: number;
  span: number;
  top: number;
  height: number;
  look: Omit<Block, 'article' | 'column' | 'top' | 'height'>;
}
export type StyleRange = z.infer<typeof StyleRangeSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type BlockLook = z.infer<typeof BlockLookSchema>;
export type Photo = z.infer<typeof PhotoSchema>;
export type Notch = z.infer<typeof NotchSchema>;
export type Page = z.infer<typeof PageSchema>;
export type Paper = z.infer<typeof PaperSchema>;
export type Issue = z.infer<typeof IssueSchema>;
