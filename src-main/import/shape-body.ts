/**
 * The part of recognition every format shares: an 编者按 before the text becomes the article's
 * note, the 本报讯 lead of the first paragraph becomes the byline, photo captions and credits in
 * the text become images (a photo whose picture is not in the file gets a place waiting for it),
 * a closing line such as （完） or （本报记者 郑可） the article's credit, and 小标题 bold paragraphs.
 */
import type { Image, StyleRange } from '../model/issue.js';
import { MISSING_IMAGE_PREFIX } from '../model/image-files.js';
import type { BodyItem, Draft } from './draft.js';
import { type Notes, quote } from './notes.js';
import { photoText, type PhotoText } from './captions.js';
import { isEditorsNote, isEndCredit, splitLead } from './text-rules.js';

export interface ShapedBody {
  byline?: string;
  note?: string;
  paragraphs: string[];
  /** Bold 小标题 and run-in item titles, by final paragraph. */
  headings: StyleRange[];
  images: Image[];
  credit?: string;
}

export function shapeBody(draft: Draft, notes: Notes): ShapedBody {
  const where = (line: number | undefined) => ({ article: draft.id, line });
  const out: ShapedBody = { paragraphs: [], headings: [], images: [] };
  const noted = takeNote(draft.body, out, notes, draft.id);
  const items = draft.briefs ? { body: noted } : takeLead({ ...draft, body: noted }, notes);
  if (draft.byline) out.byline = draft.byline;
  if ('lead' in items && items.lead) out.byline = items.lead;
  // The image made by the item just before: a caption or credit line right after it belongs to it.
  let lastImage: Image | undefined;
  // An article made only of photo lines keeps them as text: the schema needs at least one paragraph.
  const bodyText = items.body.filter((item) => item.kind === 'text' && !photoText(item.text)).length;
  const missing = (photo: PhotoText, item: BodyItem & { kind: 'text' }, why: string): void => {
    const image: Image = { src: `${MISSING_IMAGE_PREFIX}${draft.id}-photo-${out.images.length + 1}`, ...photoFields(photo) };
    out.images.push(image);
    lastImage = image;
    notes.add('caption', () => `${quote(item.text, 24)} is a photo ${photo.caption ? 'caption' : 'credit'} with no picture in the file${why}: it became image ${image.src}, a frame waiting for the photo.`, where(item.line));
  };
  items.body.forEach((item, i) => {
    if (item.kind === 'image') {
      lastImage = { src: item.src, ...photoFields(item) };
      out.images.push(lastImage);
      return;
    }
    const last = i === items.body.length - 1;
    const photo = bodyText > 0 ? photoText(item.text) : undefined;
    if (!photo) {
      if (last && isEndCredit(item.text) && out.paragraphs.length > 0) {
        out.credit = item.text;
        notes.add('credit', () => `The last line ${quote(item.text, 24)} is the article's credit, set after the text.`, where(item.line));
        return;
      }
      addParagraph(out, item);
      lastImage = undefined;
    } else if (lastImage && fits(lastImage, photo)) {
      Object.assign(lastImage, photoFields(photo));
      notes.add('caption', `${quote(item.text, 24)} belongs to the picture ${lastImage.src} above it.`, where(item.line));
    } else if (!photo.caption && last && out.images.length > 0) {
      out.credit = item.text;
      notes.add('credit', () => `The last line ${quote(item.text, 24)} is the article's credit, set after the text.`, where(item.line));
    } else {
      missing(photo, item, !photo.caption && last ? ' (a 图片新闻 or a story with a photo)' : '');
    }
  });
  if (bodyText === 0 && items.body.some((item) => item.kind === 'text')) {
    notes.add('warning', 'The article has no text besides photo captions, so the captions are kept as paragraphs.', where(draft.line));
  }
  return out;
}

function addParagraph(out: ShapedBody, item: BodyItem & { kind: 'text' }): void {
  const paragraph = out.paragraphs.length;
  out.paragraphs.push(item.text);
  const end = item.heading ? item.text.length : item.runIn ?? 0;
  if (end > 0) out.headings.push({ paragraph, start: 0, end, style: 'bold' });
}

/** An 编者按 standing before the story's text is its note, set apart in 楷体. */
function takeNote(body: readonly BodyItem[], out: ShapedBody, notes: Notes, article: string): BodyItem[] {
  const index = body.findIndex((item) => item.kind === 'text');
  const first = body[index];
  if (!first || first.kind !== 'text' || !isEditorsNote(first.text) || !body.slice(index + 1).some((b) => b.kind === 'text')) return [...body];
  out.note = first.text;
  notes.add('headline', () => `${quote(first.text, 12)} is the 编者按, set before the story in 楷体.`, { article, line: first.line });
  return body.filter((_, i) => i !== index);
}

/** A line fits the image above it when it adds only what the image lacks. */
function fits(image: Image, photo: PhotoText): boolean {
  return (!photo.caption || !image.caption) && (!photo.credit || !image.credit);
}

function photoFields(photo: { caption?: string | undefined; credit?: string | undefined }): Partial<Image> {
  const fields: Partial<Image> = {};
  if (photo.caption) fields.caption = photo.caption;
  if (photo.credit) fields.credit = photo.credit;
  return fields;
}

/** Splits 本报讯（记者 孙艳） off the first paragraph; the rest of that paragraph stays its text. */
function takeLead(draft: Draft, notes: Notes): { lead?: string; body: BodyItem[] } {
  const index = draft.body.findIndex((item) => item.kind === 'text');
  const first = draft.body[index];
  if (!first || first.kind !== 'text') return { body: draft.body };
  const split = splitLead(first.text);
  if (!split) return { body: draft.body };
  const where = { article: draft.id, line: first.line };
  if (draft.byline) {
    notes.add('byline', `Kept ${quote(split.lead, 30)} in the first paragraph: the byline is already ${quote(draft.byline, 30)}.`, where);
    return { body: draft.body };
  }
  notes.add('byline', () => `Byline ${quote(split.lead, 30)} taken from the start of the first paragraph.`, where);
  const body = [...draft.body];
  if (split.rest) body[index] = { ...first, text: split.rest };
  else body.splice(index, 1);
  return { lead: split.lead, body };
}
