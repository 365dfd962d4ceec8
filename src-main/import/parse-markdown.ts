/** Markdown → blocks, read with mdast-util-from-markdown. Then parse-blocks decides the articles. */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { SourceBlock, StyledRun } from './source-blocks.js';
import type { Draft } from './draft.js';
import { type Notes, quote } from './notes.js';
import { parseBlocks } from './parse-blocks.js';
import { joinLines } from './text-rules.js';

export function parseMarkdown(source: string, notes: Notes): Draft[] {
  const root: Root = fromMarkdown(source);
  const blocks: SourceBlock[] = [];
  for (const node of root.children) collect(node, blocks, notes, false);
  return parseBlocks(blocks, notes, 'line');
}

function collect(node: RootContent, out: SourceBlock[], notes: Notes, quoted: boolean): void {
  const line = node.position?.start.line;
  switch (node.type) {
    case 'heading':
      out.push({ kind: 'heading', depth: node.depth, text: inlineText(node.children), ...at(line) });
      return;
    case 'paragraph':
      paragraph(node.children, out, quoted, line);
      return;
    case 'thematicBreak':
      out.push({ kind: 'break', ...at(line) });
      return;
    case 'blockquote':
    case 'list':
    case 'listItem':
      for (const child of node.children) collect(child, out, notes, quoted || node.type === 'blockquote');
      return;
    case 'code':
      notes.add('warning', `A code block at line ${line ?? '?'} was kept as a plain paragraph.`, at(line));
      if (node.value.trim()) out.push({ kind: 'text', text: node.value.trim(), ...at(line) });
      return;
    case 'html':
      notes.add('warning', `HTML ${quote(node.value)} at line ${line ?? '?'} was left out.`, at(line));
      return;
    default:
      // Definitions and other reference-only nodes carry no article text.
      return;
  }
}

/** A paragraph's text, and its images as blocks of their own after it. */
function paragraph(children: readonly PhrasingContent[], out: SourceBlock[], quoted: boolean, line: number | undefined): void {
  const text = inlineText(children);
  const styled = children
    .filter((c) => c.type === 'strong' || c.type === 'emphasis')
    .map((c): StyledRun => ({ text: inlineText([c]), style: c.type === 'strong' ? 'bold' : 'italic' }));
  if (text) {
    const block: SourceBlock = { kind: 'text', text, ...at(line) };
    if (quoted) block.quote = true;
    if (styled.length > 0) block.styled = styled;
    out.push(block);
  }
  for (const image of findImages(children)) {
    const block: SourceBlock = { kind: 'image', src: image.url, ...at(image.position?.start.line ?? line) };
    if (image.alt) block.caption = image.alt;
    if (image.title) block.credit = image.title;
    out.push(block);
  }
}

function findImages(nodes: readonly Nodes[]): Extract<Nodes, { type: 'image' }>[] {
  return nodes.flatMap((n) => (n.type === 'image' ? [n] : 'children' in n ? findImages((n as Parent).children) : []));
}

/** The text of inline content; a line break inside a paragraph joins without a space between Chinese. */
function inlineText(nodes: readonly Nodes[]): string {
  return joinLines(nodes.map((n) => ('value' in n && n.type !== 'html' ? n.value : n.type === 'break' ? '\n' : 'children' in n ? inlineText((n as Parent).children) : '')).join(''));
}

function at(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}
