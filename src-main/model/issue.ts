/**
 * The issue file (`*.banmian.json`): the day's articles and the pages they are placed on.
 * The zod schemas are the single definition; the TypeScript types are inferred from them.
 */
import { z } from 'zod';

export const ISSUE_FORMAT = 'banmian-issue';
export const ISSUE_VERSION = 1;

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

export const ArticleSchema = z.strictObject({
  id,
  /** 引题 */
  kicker: text.optional(),
  /** 主题 */
  headline: text.min(1),
  /** 副题 */
  subhead: text.optional(),
  /** Run-in lead of the first paragraph, e.g. 本报讯（记者 孙艳）. */
  byline: text.optional(),
  paragraphs: z.array(text).min(1),
  images: z.array(ImageSchema).default([]),
  /** Trailing credit set flush right after the last paragraph, e.g. （本报记者 王磊 摄）. */
  credit: text.optional(),
  jump: JumpSchema.optional(),
});

const lengthOrSize = z.union([z.number().positive(), text.min(1)]);

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
});

export const PaperSchema = z.strictObject({
  /** The newspaper's name, e.g. 江城日报. */
  name: text.min(1),
  /** 总第 N 期 */
  issueNumber: z.number().int().min(1).optional(),
  /** 国内统一连续出版物号, e.g. CN 42-0000. */
  cn: text.optional(),
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
export type Block = z.infer<typeof BlockSchema>;
export type Page = z.infer<typeof PageSchema>;
export type Paper = z.infer<typeof PaperSchema>;
export type Issue = z.infer<typeof IssueSchema>;
