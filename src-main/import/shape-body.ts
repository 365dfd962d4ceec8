/**
 * The part of recognition every format shares: the 本报讯 lead of the first paragraph becomes the
 * byline, and photo captions/credits in the text become images or the article's credit.
 */
import type { Image } from '../model/issue.js';
import { MISSING_IMAGE_PREFIX as MISSING_PREFIX } from '../model/image-files.js';
import type { BodyItem, Draft } from './draft.js';
import { type Notes, quote } from './notes.js';
import { photoText, type PhotoText } from './captions.js';
import { splitLead } from './text-rules.js';

export interface ShapedBody {
  byline?: string;
  paragraphs: string[];
  images: Image[];
  credit?: string;
}

export function shapeBody(draft: Draft, notes: Notes): ShapedBody {
  const where = (line: number | undefined) => ({ article: draft.id, line });
  const items = takeLead(draft, notes);
  const out: ShapedBody = { paragraphs: [], images: [] };
  if (draft.byline) out.byline = draft.byline;
  if (items.lead) out.byline = items.lead;
  // The image made by the item just before: a caption or credit line right after it belongs to it.
  let lastImage: Image | undefined;
  // An article made only of photo lines keeps them as text: the schema needs at least one paragraph.
  const bodyText = items.body.filter((item) => item.kind === 'text' && !photoText(item.text)).length;
  items.body.forEach((item, i) => {
    if (item.kind === 'image') {
      lastImage = { src: item.src, ...photoFields(item) };
      out.images.push(lastImage);
      return;
    }
    const photo = bodyText > 0 ? photoText(item.text) : undefined;
    if (!photo) {
      out.paragraphs.push(item.text);
      lastImage = undefined;
    } else if (lastImage && fits(lastImage, photo)) {
      Object.assign(lastImage, photoFields(photo));
      notes.add('caption', `${quote(item.text, 24)} belongs to the picture ${lastImage.src} above it.`, where(item.line));
    } else if (!photo.caption && i === items.body.length - 1) {
      out.credit = item.text;
      notes.add('credit', () => `The last line ${quote(item.text, 24)} is the article's credit, set after the text.`, where(item.line));
    } else {
      const image: Image = { src: `${MISSING_PREFIX}${draft.id}-photo-${out.images.length + 1}`, ...photoFields(photo) };
      out.images.push(image);
      lastImage = image;
      notes.add(
        'caption',
        () => `${quote(item.text, 24)} is a photo ${photo.caption ? 'caption' : 'credit'} with no picture in the file: it became image ${image.src}; attach the photo there.`,
        where(item.line),
      );
    }
  });
  if (bodyText === 0 && items.body.some((item) => item.kind === 'text')) {
    notes.add('warning', 'The article has no text besides photo captions, so the captions are kept as paragraphs.', where(draft.line));
  }
  return out;
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
