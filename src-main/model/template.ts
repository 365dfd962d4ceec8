/**
 * Page templates as data (`templates/<id>.json`): paper, type area, column grid, baseline grid,
 * running header, headline styles. Lengths are written in mm, pt, 字 or 行 and resolved to
 * points here, once.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { InputError } from './errors.js';
import { readJson } from './json-file.js';
import { newestVersion, parseVersioned, versionFieldAdded, type FileFormat, type JsonObject } from './migrations.js';
import { projectRoot } from './project-root.js';
import { parseFontSize, parseLength, type BodyMetrics } from './units.js';

/**
 * Version 1 is the templates written before they said their version; version 2 says it; version 3
 * names a punctuation style (标点类型) for the body and the headlines, the body's taking over its
 * line-start rule (`compressLineStart`).
 */
const TEMPLATE_FILE: FileFormat = { format: 'banmian-template', noun: 'template', nounZh: '版式模板', migrations: [versionFieldAdded, punctuationStyles], unversionedIsV1: true };

/** v2 → v3: `body.composition.compressLineStart` becomes `body.composition.punctuation.lineStart`. */
function punctuationStyles(data: JsonObject): JsonObject {
  const body = data.body as JsonObject | undefined;
  const composition = body?.composition as JsonObject | undefined;
  if (!body || !composition || !('compressLineStart' in composition)) return data;
  const { compressLineStart, ...rest } = composition;
  return { ...data, body: { ...body, composition: { ...rest, punctuation: { lineStart: compressLineStart } } } };
}
export const TEMPLATE_VERSION = newestVersion(TEMPLATE_FILE);

/** A length in mm, pt, 字 or 行; those in 字 and 行 depend on the body, so they are resolved after parsing. */
const length = z.union([z.number(), z.string()]);
/** A 号 name or pt, in points once parsed. */
const fontSize = length.transform((value, ctx) => {
  const pt = parseFontSize(value);
  if (pt !== undefined && pt > 0) return pt;
  ctx.issues.push({ code: 'custom', input: value, message: `"${value}" is not a font size (use a 号 name or pt)` });
  return z.NEVER;
});
const align = z.enum(['left', 'center', 'right']);
/** Extra space after each character, in em. */
const letterSpacing = z.number().min(-0.1).max(1).default(0);
const TextStyleSchema = z.strictObject({ role: z.string(), size: fontSize });
const HeaderItemSchema = z.strictObject({ text: z.string(), align, role: z.string(), size: fontSize });
/** A headline tier: alignment and letter-spacing besides role and size. */
const TierSchema = z.strictObject({ role: z.string(), size: fontSize, align: align.default('center'), letterSpacing });
/**
 * A punctuation style (标点类型, as clreq and CTeX's schemes name them). Its scheme fixes each mark's
 * width wherever it stands: 全角式 every mark a full em, 开明式 。？！ full and the rest half, 半角式
 * every mark half; in all three, of two adjacent marks the first gives up its blank (two openings:
 * the second), so a pair is set at one width everywhere and justification never widens it again.
 */
const PunctuationSchema = z.strictObject({
  scheme: z.enum(['quanjiao', 'kaiming', 'banjiao']).default('quanjiao'),
  /** Whether an opening mark at a line start loses its leading blank (flush ink at the left edge). */
  lineStart: z.boolean().default(false),
  /** The most a single mark mid-line may be squeezed to fit a line, in em (0 keeps every mark at its width). */
  squeeze: z.number().min(0).max(0.5).default(0.125),
});
const CompositionSchema = z.strictObject({
  /** CJK–Latin space in em (clreq: 1/4). */
  latinSpace: z.number().min(0).max(0.5).default(0.25),
  /** Let 。，、 hang past the column edge rather than push a character down. */
  hanging: z.boolean().default(false),
  punctuation: PunctuationSchema.prefault({}),
  /** Character grid: every line exactly N cells (每行字数固定). */
  grid: z.boolean().default(false),
});
const MastheadSchema = z.strictObject({
  /** Grid lines the masthead takes at the top of the type area of its page. */
  lines: z.number().int().min(2),
  name: TextStyleSchema,
  /** Lines beside the name: left ones stack under it, right ones at the right edge; `{lunar}`, `{issueNumber}`, `{weather}` … */
  items: z.array(z.strictObject({ text: z.string(), align: z.enum(['left', 'right']), role: z.string(), size: fontSize })),
  ruleWeight: z.number().positive(),
});

const TemplateFileSchema = z.strictObject({
  format: z.literal(TEMPLATE_FILE.format),
  version: z.literal(TEMPLATE_VERSION),
  id: z.string().regex(/^[\w.-]+$/),
  name: z.string(),
  paper: z.strictObject({ width: length, height: length, bleed: length.default('3mm') }),
  body: z.strictObject({
    role: z.string(),
    size: fontSize,
    pitch: length,
    indent: length.default('2字'),
    /** The paragraph style editors choose: how the composer may fit a line (see typeset/paragraph.ts). */
    composition: CompositionSchema.prefault({}),
    /** Font roles for the bold and italic runs of an article (黑体 and 楷体 in Chinese type). */
    emphasis: z.strictObject({ bold: z.string(), italic: z.string() }).default({ bold: 'emphasis-hei', italic: 'emphasis-kai' }),
  }),
  grid: z.strictObject({
    columns: z.number().int().min(1).max(20),
    columnWidth: length,
    gutter: length,
    lines: z.number().int().min(1),
    top: length,
    /** Left edge of the type area; centred on the page when absent. */
    left: length.optional(),
  }),
  runningHeader: z.strictObject({
    /** Space between the header rule and the top of the type area. */
    ruleGap: length,
    ruleWeight: z.number().positive(),
    items: z.array(HeaderItemSchema),
  }),
  masthead: MastheadSchema.optional(),
  headlines: z.strictObject({
    /** 栏题, above the 引题; templates written before it existed get this default. */
    banner: TierSchema.prefault({ role: 'headline-hei', size: '四号', align: 'left', letterSpacing: 0.1 }),
    kicker: TierSchema,
    headline: z.strictObject({
      role: z.string(),
      sizeBySpan: z.array(fontSize).min(1),
      align: align.default('center'),
      letterSpacing,
      /** More lines than this and the headline is shrunk, down to `minScale` of its size. */
      maxLines: z.number().int().min(1).default(2),
      minScale: z.number().min(0.5).max(1).default(0.8),
      /** Before shrinking, condense (长体) down to this horizontal scale. */
      minCondense: z.number().min(0.5).max(1).default(0.9),
    }),
    subhead: TierSchema,
    /** Punctuation of every headline tier and header line; an opening mark at a line start sets flush by default. */
    punctuation: PunctuationSchema.prefault({ lineStart: true }),
    /** The repeated headline over a continued part (上接第X版). */
    continuation: TextStyleSchema.prefault({ role: 'headline-song', size: '小二' }),
  }),
  byline: z.strictObject({ role: z.string() }),
  caption: z.strictObject({ role: z.string(), creditRole: z.string() }).default({ role: 'caption-kai', creditRole: 'byline-hei' }),
  /** 转版 lines; `{page}` is the other page's number. */
  jump: z.strictObject({ to: z.string(), from: z.string(), role: z.string() }).default({ to: '（下转第{page}版）', from: '（上接第{page}版）', role: 'header-hei' }),
  box: z.strictObject({ padding: length, weight: z.number().positive() }).default({ padding: '1字', weight: 0.75 }),
  /** Photos below this many pixels per inch at their placed size are reported. */
  minPpi: z.number().positive().default(200),
});

/** A template with every length in points: the file's fields, with paper and lengths resolved. */
export type Template = ReturnType<typeof resolveTemplate>;
export type TextStyle = z.output<typeof TextStyleSchema>;
export type HeaderItem = z.output<typeof HeaderItemSchema>;
export type BodyComposition = z.output<typeof CompositionSchema>;
export type Punctuation = z.output<typeof PunctuationSchema>;
export type TierStyle = z.output<typeof TierSchema>;
export type Masthead = z.output<typeof MastheadSchema>;

export function templatesDir(): string {
  return join(projectRoot(), 'templates');
}

/** The ids of the bundled templates. */
export function listTemplates(dir = templatesDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();
}

/** Loads a template by id (from templates/) or by path (anything ending in .json). */
export function loadTemplate(idOrPath: string): Template {
  const file = idOrPath.endsWith('.json') ? idOrPath : join(templatesDir(), `${idOrPath}.json`);
  if (!idOrPath.endsWith('.json') && !listTemplates().includes(idOrPath)) {
    throw new InputError(idOrPath, `no such template (templates: ${listTemplates().join(', ')})`);
  }
  return resolveTemplate(parseVersioned(TEMPLATE_FILE, TemplateFileSchema, readJson(file), file), file);
}

function resolveTemplate(t: z.output<typeof TemplateFileSchema>, file: string) {
  const need = (value: string | number, field: string, body?: BodyMetrics): number => {
    const pt = parseLength(value, body);
    if (pt === undefined) throw new InputError(file, `${field}: "${value}" is not a length (use mm, pt, 字 or 行)`);
    return pt;
  };
  const width = need(t.paper.width, 'paper.width');
  const height = need(t.paper.height, 'paper.height');
  const em = t.body.size;
  const pitch = need(t.body.pitch, 'body.pitch', { em, pitch: em });
  const body = { em, pitch };
  const columnWidth = need(t.grid.columnWidth, 'grid.columnWidth', body);
  const gutter = need(t.grid.gutter, 'grid.gutter', body);
  const areaWidth = t.grid.columns * columnWidth + (t.grid.columns - 1) * gutter;
  const left = t.grid.left === undefined ? (width - areaWidth) / 2 : need(t.grid.left, 'grid.left', body);
  const top = need(t.grid.top, 'grid.top', body);
  if (left < 0 || left + areaWidth > width) throw new InputError(file, `grid: the ${t.grid.columns} columns (${areaWidth.toFixed(1)} pt) do not fit the paper width`);
  if (top + t.grid.lines * pitch > height) throw new InputError(file, `grid: ${t.grid.lines} lines of ${pitch} pt do not fit the paper height`);
  return {
    id: t.id,
    name: t.name,
    width,
    height,
    bleed: need(t.paper.bleed, 'paper.bleed'),
    body: { ...t.body, pitch, indent: need(t.body.indent, 'body.indent', body) },
    grid: { ...t.grid, columnWidth, gutter, left, top },
    runningHeader: { ...t.runningHeader, ruleGap: need(t.runningHeader.ruleGap, 'runningHeader.ruleGap', body) },
    ...(t.masthead ? { masthead: t.masthead } : {}),
    headlines: t.headlines,
    byline: t.byline,
    caption: t.caption,
    jump: t.jump,
    box: { ...t.box, padding: need(t.box.padding, 'box.padding', body) },
    minPpi: t.minPpi,
  };
}
