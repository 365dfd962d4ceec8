/**
 * mammoth's HTML → blocks. mammoth writes a small, regular subset (h1–h6, p, li, td, strong, em,
 * img, br, a, table markup) with quoted attributes and escaped text, so a tokenizer is enough.
 */
import type { SourceBlock, StyledRun } from './source-blocks.js';
import { joinLines } from './text-rules.js';

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+="[^"]*")*)\s*\/?>|([^<]+)/gu;
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);
const STYLE_TAGS: Readonly<Record<string, StyledRun['style']>> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic' };

interface Open {
  tag: string;
  className: string;
  pieces: string[];
  styled: StyledRun[];
  images: SourceBlock[];
}

export function htmlBlocks(html: string): SourceBlock[] {
  const out: SourceBlock[] = [];
  let open: Open | undefined;
  let styleDepth = 0;
  let styledRun = '';
  let runStyle: StyledRun['style'] = 'bold';
  let paragraph = 0;
  const flushRun = () => {
    if (open && styledRun.trim()) open.styled.push({ text: styledRun.trim(), style: runStyle });
    styledRun = '';
  };
  for (const m of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attrs = '', textRun] = m;
    if (textRun !== undefined) {
      const text = decodeEntities(textRun);
      open?.pieces.push(text);
      if (styleDepth > 0) styledRun += text;
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    if (BLOCK_TAGS.has(tag) && !closing) {
      open = { tag, className: attr(attrs, 'class'), pieces: [], styled: [], images: [] };
    } else if (BLOCK_TAGS.has(tag) && closing && open) {
      flushRun();
      out.push(finish(open, ++paragraph), ...open.images);
      open = undefined;
    } else if (STYLE_TAGS[tag]) {
      // Nested styles make one run, in the outermost style.
      if (!closing && styleDepth === 0) runStyle = STYLE_TAGS[tag];
      styleDepth = Math.max(0, styleDepth + (closing ? -1 : 1));
      if (styleDepth === 0) flushRun();
    } else if (tag === 'br') {
      open?.pieces.push('\n');
    } else if (tag === 'img' && open) {
      open.images.push({ kind: 'image', src: attr(attrs, 'src'), line: paragraph + 1 });
    } else if (tag === 'hr') {
      // A page break inside a paragraph: what came before it ends the article, the rest goes on after.
      if (open) {
        flushRun();
        if (open.pieces.join('').trim() || open.images.length > 0) out.push(finish(open, ++paragraph), ...open.images);
        open = { ...open, pieces: [], styled: [], images: [] };
      }
      out.push({ kind: 'break', line: paragraph + 1 });
    }
  }
  return out;
}

/** Heading depth: Word's Title (mapped to h1.title) outranks Heading 1; Subtitle sits just under it. */
function finish(open: Open, line: number): SourceBlock {
  const text = joinLines(open.pieces.join(''));
  const heading = /^h([1-6])$/u.exec(open.tag);
  if (heading?.[1]) {
    const depth = open.className === 'title' ? 0 : open.className === 'subtitle' ? 0.5 : Number(heading[1]);
    return { kind: 'heading', depth, text, line };
  }
  const block: SourceBlock = { kind: 'text', text, line };
  if (open.styled.length > 0) block.styled = open.styled;
  return block;
}

function attr(attrs: string, name: string): string {
  return decodeEntities(new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(attrs)?.[1] ?? '');
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#(\d+)|#x([0-9a-fA-F]+));/gu, (all, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }[name] ?? all;
  });
}
