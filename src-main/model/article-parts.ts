/**
 * The parts of an article's text and what the newsroom calls them. One table for the display
 * list's sources, proof marks, the article editor and the undo list. No imports: the renderer
 * uses it as it is.
 */

/** Which part of an article a run of text comes from. `jump`: the repeated headline over a continued part (转版), not the article's own text. */
export type ArticlePart = 'banner' | 'kicker' | 'headline' | 'subhead' | 'byline' | 'note' | 'body' | 'credit' | 'caption' | 'jump';

/** The parts of an article a proof mark can point into: its own text. */
export const MARKABLE_PARTS = ['banner', 'kicker', 'headline', 'subhead', 'byline', 'note', 'body', 'credit', 'caption'] as const satisfies readonly ArticlePart[];
export type MarkablePart = (typeof MARKABLE_PARTS)[number];

export const isMarkable = (part: ArticlePart): part is MarkablePart => part !== 'jump';

export const PART_NAMES: Record<MarkablePart, string> = { banner: '栏题', kicker: '引题', headline: '主题', subhead: '副题', byline: '电头', note: '编者按', body: '正文', credit: '文末署名', caption: '图片说明' };
