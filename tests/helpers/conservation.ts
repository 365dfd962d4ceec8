/**
 * Text conservation, the product's first rule: every character of the copy a newsroom delivers
 * ends on a page of the PDF or in the composition report. The same count as
 * ../shared/tools/conserved/conserved.mjs (non-space characters, NFKC, count-wise), with two
 * differences, both stricter: Markdown counts its text without its markup; of the report only the
 * fields that carry article text count (not its messages, file names or keys), and of the PDF only
 * the trimmed page (not the slug line), whose letters and digits would otherwise hide a lost Latin
 * word or number.
 *
 * The input is read here, independently of src-main/import: .txt decoded as conserved.mjs does,
 * .md parsed with the same Markdown library the importer uses (mdast-util-from-markdown), so a
 * loss in our importer is still a loss here.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { poppler } from './poppler.js';

export interface LostCharacter {
  char: string;
  /** How many times the input has it. */
  want: number;
  /** How many of those are neither in the PDF nor in the report. */
  lost: number;
  /** Where the input has it: a few snippets with the character in «». */
  contexts: string[];
}

export interface ConservationResult {
  file: string;
  /** Non-space characters of the input's text. */
  total: number;
  /** How many of them are missing from the PDF text plus the report's text fields. */
  lost: number;
  /** Every lost character, most lost first. */
  examples: LostCharacter[];
  /**
   * Input lines every character of which could be among the lost ones (greedy, longest first):
   * a hint at what was lost whole (a headline, a caption, a credit), not a proof.
   */
  linesLost: string[];
}

/** Bytes of a plain-text article as conserved.mjs reads them: UTF-16 by BOM, UTF-8 if valid, else GB18030. */
export function decodeCopy(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * The text of a Markdown article without its markup, one line per heading, paragraph, code block
 * and image alt text or title: what a reader of the page should find. Link targets, image
 * addresses, HTML and definitions are markup.
 */
export function markdownText(source: string): string {
  const root: Root = fromMarkdown(source);
  const lines: string[] = [];
  const inline = (node: Nodes, images: Array<{ alt: string; title: string }>): string => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value;
      case 'break':
        return '\n';
      case 'image':
        images.push({ alt: node.alt ?? '', title: node.title ?? '' });
        return '';
      case 'html':
        return '';
      default:
        return 'children' in node ? (node.children as Nodes[]).map((c) => inline(c, images)).join('') : '';
    }
  };
  const block = (node: Nodes): void => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        const images: Array<{ alt: string; title: string }> = [];
        lines.push(node.children.map((c) => inline(c, images)).join(''));
        for (const image of images) lines.push(image.alt, image.title);
        return;
      }
      case 'code':
        lines.push(node.value);
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) block(child);
    }
  };
  block(root);
  return lines.filter((l) => l.trim()).join('\n');
}

/** The text of an article file that must be conserved: .txt (any encoding conserved.mjs reads) or .md. */
export function copyText(file: string): string {
  const text = decodeCopy(readFileSync(file));
  switch (extname(file).toLowerCase()) {
    case '.txt':
      return text;
    case '.md':
    case '.markdown':
      return markdownText(text);
    default:
      throw new Error(`${file}: conservation reads .txt and .md article files`);
  }
}

/** Diagnostics whose `text` quotes lines that are on the page anyway: counting them would hide a loss. */
const QUOTES_PLACED_TEXT = new Set(['overfull-line', 'loose-line']);

/**
 * The text the report carries for the reader instead of the page: the `text` of every diagnostic
 * that is not a quote of a set line (overset, unplaced, and any kind added later that carries
 * text), the character of every missing glyph, and the source text the importer set aside
 * (`imports[].text`: a separator line between two articles).
 */
export function reportText(report: unknown): string {
  const diagnostics = typeof report === 'object' && report !== null && 'diagnostics' in report ? report.diagnostics : undefined;
  if (!Array.isArray(diagnostics)) throw new Error('the report has no diagnostics array');
  const parts: string[] = [];
  for (const d of diagnostics as unknown[]) {
    if (typeof d !== 'object' || d === null) continue;
    const kind = 'kind' in d && typeof d.kind === 'string' ? d.kind : '';
    if ('text' in d && typeof d.text === 'string' && !QUOTES_PLACED_TEXT.has(kind)) parts.push(d.text);
    if (kind === 'missing-glyph' && 'char' in d && typeof d.char === 'string') parts.push(d.char);
  }
  const imports = typeof report === 'object' && report !== null && 'imports' in report && Array.isArray(report.imports) ? (report.imports as unknown[]) : [];
  for (const n of imports) if (typeof n === 'object' && n !== null && 'text' in n && typeof n.text === 'string') parts.push(n.text);
  return parts.join('\n');
}

/**
 * The PDF's text as the plant's tools read it, page by page inside the trim box: the slug line
 * outside it carries the time of writing, whose digits (and its Latin words) would otherwise
 * hide a lost digit or letter, differently from one run to the next. A page without a TrimBox is
 * read whole.
 */
export function pdfText(pdf: string): string {
  const info = poppler('pdfinfo', ['-box', '-f', '1', '-l', '999999', pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '0');
  const out: string[] = [];
  for (let n = 1; n <= pages; n++) {
    const size = new RegExp(`^Page\\s+${n} size:\\s+([\\d.]+) x ([\\d.]+)`, 'm').exec(info);
    const trim = new RegExp(`^Page\\s+${n} TrimBox:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`, 'm').exec(info);
    const page = ['-f', String(n), '-l', String(n)];
    if (size && trim) {
      const [x0, y0, x1, y1] = trim.slice(1, 5).map(Number) as [number, number, number, number];
      const top = Number(size[2]) - y1;
      page.push('-x', String(Math.floor(x0)), '-y', String(Math.floor(top)), '-W', String(Math.ceil(x1 - x0) + 1), '-H', String(Math.ceil(y1 - y0) + 1));
    }
    out.push(poppler('pdftotext', ['-enc', 'UTF-8', ...page, pdf, '-']));
  }
  return out.join('\n');
}

/** Non-space characters (code points, NFKC) and how often each occurs; a BOM is no character. */
export function countCharacters(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.normalize('NFKC')) if (!/\s/u.test(ch) && ch !== '\ufeff') counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** Checks an article file against the PDF and the JSON report `banmian compose` wrote from it. */
export function checkConservation(input: string, pdf: string, reportFile: string): ConservationResult {
  const report: unknown = JSON.parse(readFileSync(reportFile, 'utf8'));
  return conserved(basename(input), copyText(input), pdfText(pdf), reportText(report));
}

/** The count itself, on texts already read. */
export function conserved(file: string, input: string, pdf: string, report: string): ConservationResult {
  const want = countCharacters(input);
  const onPage = countCharacters(pdf);
  const inReport = countCharacters(report);
  let total = 0;
  let lost = 0;
  const examples: LostCharacter[] = [];
  for (const [char, n] of want) {
    total += n;
    const missing = n - (onPage.get(char) ?? 0) - (inReport.get(char) ?? 0);
    if (missing > 0) {
      lost += missing;
      examples.push({ char, want: n, lost: missing, contexts: contexts(input, char) });
    }
  }
  examples.sort((a, b) => b.lost - a.lost);
  return { file, total, lost, examples, linesLost: linesLost(input, examples) };
}

/** Up to three places of a character in the input, ten characters either side. */
function contexts(input: string, char: string): string[] {
  const chars = [...input.normalize('NFKC').replace(/\s+/gu, ' ')];
  const out: string[] = [];
  for (let i = 0; i < chars.length && out.length < 3; i++) {
    if (chars[i] !== char) continue;
    out.push(`${chars.slice(Math.max(0, i - 10), i).join('')}«${char}»${chars.slice(i + 1, i + 11).join('')}`);
  }
  return out;
}

function linesLost(input: string, examples: readonly LostCharacter[]): string[] {
  const left = new Map(examples.map((e) => [e.char, e.lost]));
  const lines = input
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => countCharacters(l).size > 0)
    .sort((a, b) => [...b].length - [...a].length);
  const out: string[] = [];
  for (const line of lines) {
    const need = countCharacters(line);
    if ([...need].every(([ch, n]) => (left.get(ch) ?? 0) >= n)) {
      for (const [ch, n] of need) left.set(ch, (left.get(ch) ?? 0) - n);
      out.push(line);
    }
  }
  return out;
}

/** A failure message an engineer can act on: the count, lines likely lost whole, each lost character in context. */
export function conservationMessage(r: ConservationResult, note = ''): string {
  if (r.lost === 0) return `${r.file}: all ${r.total} characters are on the page or in the report`;
  const lines = [`${r.file}: lost ${r.lost} of ${r.total} characters (neither in pdftotext of the PDF nor in the report's text)${note ? ` — ${note}` : ''}`];
  if (r.linesLost.length > 0) lines.push('  lines that may be lost whole:', ...r.linesLost.map((l) => `    「${l}」`));
  lines.push('  lost characters:');
  for (const e of r.examples.slice(0, 40)) lines.push(`    '${e.char}' ×${e.lost} of ${e.want}: ${e.contexts.map((c) => `「${c}」`).join(' ')}`);
  if (r.examples.length > 40) lines.push(`    … and ${r.examples.length - 40} more characters`);
  return lines.join('\n');
}
