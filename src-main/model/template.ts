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
import { projectRoot } from './project-root.js';
import { parseFontSize, parseLength, type BodyMetrics } from './units.js';
import { parseWith } from './validate.js';

const length = z.union([z.number(), z.string()]);
const TextStyleSchema = z.strictObject({ role: z.string(), size: length });
const align = z.enum(['left', 'center', 'right']);
/** A headline tier: alignment and letter-spacing (in em) besides role and size. */
const TierSchema = z.strictObject({ role: z.string(), size: length, align: align.default('center'), letterSpacing: z.number().min(-0.1).max(1).default(0) });
const MastheadSchema = z.strictObject({
  /** Grid lines the masthead takes at the top of the type area of its page. */
  lines: z.number().int().min(2),
  name: TextStyleSchema,
  /** Lines beside the name: left ones stack under it, right ones at the right edge; `{lunar}`, `{issueNumber}`, `{weather}` … */
  items: z.array(z.strictObject({ text: z.string(), align: z.enum(['left', 'right']), role: z.string(), size: length })),
  ruleWeight: z.number().positive(),
});

const TemplateFileSchema = z.strictObject({
  format: z.literal('banmian-template'),
  id: z.string().regex(/^[\w.-]+$/),
  name: z.string(),
  paper: z.strictObject({ width: length, height: length, bleed: length.default('3mm') }),
  body: z.strictObject({
    role: z.string(),
    size: length,
    pitch: length,
    indent: length.default('2字'),
    /** The paragraph style editors choose: how the composer may fit a line (see typeset/paragraph.ts). */
    composition: z
      .strictObject({
        /** CJK–Latin space in em (clreq: 1/4). */
        latinSpace: z.number().min(0).max(0.5).default(0.25),
        /** Let 。，、 hang past the column edge rather than push a character down. */
        hanging: z.boolean().default(false),
        /** Let an opening bracket at a line start lose its leading blank. */
        compressLineStart: z.boolean().default(false),
        /** Character grid: every line exactly N cells (每行字数固定). */
        grid: z.boolean().default(false),
      })
      .default({ latinSpace: 0.25, hanging: false, compressLineStart: false, grid: false }),
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
    items: z.array(
      z.strictObject({ text: z.string(), align: z.enum(['left', 'center', 'right']), role: z.string(), size: length }),
    ),
  }),
  masthead: MastheadSchema.optional(),
  headlines: z.strictObject({
    kicker: TierSchema,
    headline: z.strictObject({
      role: z.string(),
      sizeBySpan: z.array(length).min(1),
      align: align.default('center'),
      letterSpacing: z.number().min(-0.1).max(1).default(0),
      /** More lines than this and the headline is shrunk, down to `minScale` of its size. */
      maxLines: z.number().int().min(1).default(2),
      minScale: z.number().min(0.5).max(1).default(0.8),
      /** Before shrinking, condense (长体) down to this horizontal scale. */
      minCondense: z.number().min(0.5).max(1).default(0.9),
    }),
    subhead: TierSchema,
    /** The repeated headline over a continued part (上接第X版). */
    continuation: TextStyleSchema.default({ role: 'headline-song', size: '小二' }),
  }),
  byline: z.strictObject({ role: z.string() }),
  caption: z.strictObject({ role: z.string(), creditRole: z.string() }).default({ role: 'caption-kai', creditRole: 'byline-hei' }),
  /** 转版 lines; `{page}` is the other page's number. */
  jump: z.strictObject({ to: z.string(), from: z.string(), role: z.string() }).default({ to: '（下转第{page}版）', from: '（上接第{page}版）', role: 'header-hei' }),
  box: z.strictObject({ padding: length, weight: z.number().positive() }).default({ padding: '1字', weight: 0.75 }),
  /** Photos below this many pixels per inch at their placed size are reported. */
  minPpi: z.number().positive().default(200),
});

export interface TextStyle {
  role: string;
  size: number;
}

export interface HeaderItem extends TextStyle {
  text: string;
  align: 'left' | 'center' | 'right';
}

export interface BodyComposition {
  latinSpace: number;
  hanging: boolean;
  compressLineStart: boolean;
  grid: boolean;
}

export interface TierStyle extends TextStyle {
  align: 'left' | 'center' | 'right';
  /** Extra space after each character, in em. */
  letterSpacing: number;
}

export interface Masthead {
  lines: number;
  name: TextStyle;
  items: Array<TextStyle & { text: string; align: 'left' | 'right' }>;
  ruleWeight: number;
}

/** A template with every length in points. */
export interface Template {
  id: string;
  name: string;
  width: number;
  height: number;
  bleed: number;
  body: TextStyle & { pitch: number; indent: number; composition: BodyComposition; emphasis: { bold: string; italic: string } };
  grid: { columns: number; columnWidth: number; gutter: number; lines: number; left: number; top: number };
  runningHeader: { ruleGap: number; ruleWeight: number; items: HeaderItem[] };
  masthead?: Masthead;
  headlines: {
    kicker: TierStyle;
    headline: Omit<TierStyle, 'size'> & { sizeBySpan: number[]; maxLines: number; minScale: number; minCondense: number };
    subhead: TierStyle;
    continuation: TextStyle;
  };
  byline: { role: string };
  caption: { role: string; creditRole: string };
  jump: { to: string; from: string; role: string };
  box: { padding: number; weight: number };
  minPpi: number;
}

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
  return resolveTemplate(parseWith(TemplateFileSchema, readJson(file), file), file);
}

function resolveTemplate(t: z.infer<typeof TemplateFileSchema>, file: string): Template {
  const need = (value: string | number, field: string, body?: BodyMetrics): number => {
    const pt = parseLength(value, body);
    if (pt === undefined) throw new InputError(file, `${field}: "${value}" is not a length (use mm, pt, 字 or 行)`);
    return pt;
  };
  const size = (value: string | number, field: string): number => {
    const pt = parseFontSize(value);
    if (pt === undefined || pt <= 0) throw new InputError(file, `${field}: "${value}" is not a font size (use a 号 name or pt)`);
    return pt;
  };
  const width = need(t.paper.width, 'paper.width');
  const height = need(t.paper.height, 'paper.height');
  const em = size(t.body.size, 'body.size');
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
    body: { role: t.body.role, size: em, pitch, indent: need(t.body.indent, 'body.indent', body), composition: t.body.composition, emphasis: t.body.emphasis },
    grid: { columns: t.grid.columns, columnWidth, gutter, lines: t.grid.lines, left, top },
    runningHeader: {
      ruleGap: need(t.runningHeader.ruleGap, 'runningHeader.ruleGap', body),
      ruleWeight: t.runningHeader.ruleWeight,
      items: t.runningHeader.items.map((item, i) => ({ ...item, size: size(item.size, `runningHeader.items[${i}].size`) })),
    },
    ...(t.masthead
      ? {
          masthead: {
            lines: t.masthead.lines,
            name: { role: t.masthead.name.role, size: size(t.masthead.name.size, 'masthead.name.size') },
            items: t.masthead.items.map((item, i) => ({ ...item, size: size(item.size, `masthead.items[${i}].size`) })),
            ruleWeight: t.masthead.ruleWeight,
          },
        }
      : {}),
    headlines: {
      kicker: { ...t.headlines.kicker, size: size(t.headlines.kicker.size, 'headlines.kicker.size') },
      headline: {
        ...t.headlines.headline,
        sizeBySpan: t.headlines.headline.sizeBySpan.map((s, i) => size(s, `headlines.headline.sizeBySpan[${i}]`)),
      },
      subhead: { ...t.headlines.subhead, size: size(t.headlines.subhead.size, 'headlines.subhead.size') },
      continuation: { role: t.headlines.continuation.role, size: size(t.headlines.continuation.size, 'headlines.continuation.size') },
    },
    byline: t.byline,
    caption: t.caption,
    jump: t.jump,
    box: { padding: need(t.box.padding, 'box.padding', body), weight: t.box.weight },
    minPpi: t.minPpi,
  };
}
