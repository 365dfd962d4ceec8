/**
 * Changes to an article's pictures and their frames: a picture file put in (into a frame still
 * 图片待补, in place of the picture there, or added to the story with a frame of its own), its
 * caption and credit, and how the picture sits in its frame (fill or fit, enlarged, moved).
 */
import { defaultPhotos } from '../layout/photo-frames.js';
import { isMissingImage } from '../model/image-files.js';
import type { Article, Block, Issue, Photo } from '../model/issue.js';
import { blocksOf, explicitPage, type LayoutContext } from './block-edits.js';
import type { IssueEdit } from './edit.js';

/** How far a picture may be enlarged in its frame beyond filling (or fitting) it. */
export const MAX_PHOTO_SCALE = 4;

const withArticle = (issue: Issue, before: Article, after: Article): Issue => ({ ...issue, articles: issue.articles.map((a) => (a === before ? after : a)) });

/**
 * The picture file `src` (beside the issue) as image `image` of the article, or as a new image;
 * a new one gets a frame in the story's first block, under the frames it has.
 */
export function setPicture(issue: Issue, req: { article: string; image?: number; src: string }, ctx: LayoutContext): IssueEdit {
  const before = issue.articles.find((a) => a.id === req.article);
  if (!before) return { problem: `没有稿件“${req.article}”` };
  if (req.image !== undefined) {
    const old = before.images[req.image];
    if (!old) return { problem: `《${before.headline}》没有第${req.image + 1}张图` };
    const after = { ...before, images: before.images.map((im, i) => (i === req.image ? { ...im, src: req.src } : im)) };
    const label = isMissingImage(old.src) ? `《${before.headline}》补上图片` : `《${before.headline}》换图`;
    return { issue: withArticle(issue, before, after), label };
  }
  const after = { ...before, images: [...before.images, { src: req.src }] };
  const framed = frameNewImage(withArticle(issue, before, after), after, ctx);
  return { issue: framed, label: `《${before.headline}》加图` };
}

/** The issue with a frame for the article's last image in its first block (none if it is on no page). */
function frameNewImage(issue: Issue, article: Article, ctx: LayoutContext): Issue {
  const page = [...issue.pages].sort((a, b) => a.number - b.number).find((p) => blocksOf(issue, p, ctx).some((b) => b.article === article.id));
  if (!page) return issue;
  const own = explicitPage(issue, page, ctx);
  const index = own.blocks.findIndex((b) => b.article === article.id);
  const block = own.blocks[index] as Block;
  const grid = ctx.gridOf(own);
  const n = article.images.length - 1;
  const defaults = defaultPhotos(article, block.span, grid, ctx.images(issue), ctx.fonts) ?? [];
  const frame = defaults[n] as Photo;
  const photos = block.photos ?? [];
  // Under the frames the block has (and a line for a caption), at the right as a default frame is.
  const top = photos.length ? Math.max(...photos.map((p) => p.top + p.height)) + 2 : 0;
  const placed: Photo = { ...frame, top: photos.length ? top : frame.top, column: block.span - frame.span + 1 };
  const blocks = own.blocks.map((b, i) => (i === index ? { ...b, photos: [...photos, placed] } : b));
  return { ...issue, pages: issue.pages.map((p) => (p === page ? { ...own, blocks } : p)) };
}

/** New caption or credit of an image; an empty one goes. */
export function editImage(issue: Issue, req: { article: string; image: number; caption?: string; credit?: string }): IssueEdit {
  const before = issue.articles.find((a) => a.id === req.article);
  if (!before) return { problem: `没有稿件“${req.article}”` };
  const old = before.images[req.image];
  if (!old) return { problem: `《${before.headline}》没有第${req.image + 1}张图` };
  const image = { ...old };
  const changed: string[] = [];
  for (const [field, name] of [['caption', '图片说明'], ['credit', '图片署名']] as const) {
    const value = req[field]?.trim();
    if (value === undefined || value === (old[field] ?? '')) continue;
    changed.push(name);
    if (value === '') delete image[field];
    else image[field] = value;
  }
  if (changed.length === 0) return { issue, label: '' };
  const after = { ...before, images: before.images.map((im, i) => (i === req.image ? image : im)) };
  return { issue: withArticle(issue, before, after), label: `修改《${before.headline}》${changed.join('、')}` };
}

/**
 * How a picture sits in its frame: filling it (cropped) or whole inside it; enlarged or reduced by
 * a factor (`zoom`, within 1–4 times the frame's fill); moved by a share of the way between its
 * edges (`move`, the focus point). Steps are relative, so fast presses add up.
 */
export interface PhotoLook {
  fit?: 'fill' | 'fit';
  zoom?: number;
  move?: { x: number; y: number };
}

export function stylePhoto(issue: Issue, req: { page: number; block: number; photo: number; look: PhotoLook }, ctx: LayoutContext): IssueEdit {
  const found = issue.pages.find((p) => p.number === req.page);
  if (!found) return { problem: `没有第${req.page}版` };
  const page = explicitPage(issue, found, ctx);
  const block = page.blocks[req.block];
  const photo = block?.photos?.[req.photo];
  if (!block || !photo) return { problem: `第${req.page}版这块稿件没有第${req.photo + 1}个图框` };
  const { fit, zoom, move } = req.look;
  const next: Photo = { ...photo };
  if (fit !== undefined) next.fit = fit;
  if (zoom !== undefined) {
    const s = Math.round(Math.min(MAX_PHOTO_SCALE, Math.max(1, (photo.scale ?? 1) * zoom)) * 100) / 100;
    if (s === 1) delete next.scale;
    else next.scale = s;
  }
  if (move !== undefined) next.focus = { x: clamp01(photo.focus.x + move.x), y: clamp01(photo.focus.y + move.y) };
  if (next.fit === photo.fit && next.scale === photo.scale && next.focus.x === photo.focus.x && next.focus.y === photo.focus.y) return { issue, label: '' };
  const photos = (block.photos ?? []).map((p, i) => (i === req.photo ? next : p));
  const blocks = page.blocks.map((b, i) => (i === req.block ? { ...b, photos } : b));
  const headline = issue.articles.find((a) => a.id === block.article)?.headline ?? block.article;
  const what = next.fit !== photo.fit ? (next.fit === 'fill' ? '填满图框' : '完整显示') : next.scale !== photo.scale ? '缩放' : '移动';
  return { issue: { ...issue, pages: issue.pages.map((p) => (p === found ? { ...page, blocks } : p)) }, label: `《${headline}》的图片${what}` };
}

const clamp01 = (v: number): number => Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;
