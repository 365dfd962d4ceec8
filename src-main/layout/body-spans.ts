/** An article's body as paragraphs of spans to set: the 编者按 first, byline run in, emphasis in its roles, the credit at the end. */
import type { Article } from '../model/issue.js';
import type { Template } from '../model/template.js';
import type { Span } from '../typeset/types.js';
import type { SpanSource } from './runs.js';

export interface ParagraphSpans {
  spans: Span[];
  source: SpanSource;
  /** 'byline': a reporter line of its own, ragged (pour.ts); its names break between people (words.ts nameBreaks). */
  align: 'justify' | 'right' | 'byline';
}

/** Credits this short run on after the text; longer ones (本报记者 X 摄) get a line of their own. */
const RUN_IN_CREDIT = 4;

/**
 * A lead (本报讯（记者 X）, 本报北京12月1日电) runs in at the head of the first paragraph; a byline
 * that names only people (本报记者 X　通讯员 Y) is a line of its own above it.
 */
const RUNS_IN = /(?:[)）】]|电|讯)\s*$/u;

/**
 * The spans of an article in a template, made once: auto-placement probes an article at many
 * heights and spans, and the composer's caches recognise the same spans by identity. Articles
 * and templates are never mutated (an edit makes a new article).
 */
const made = new WeakMap<Article, WeakMap<object, readonly ParagraphSpans[]>>();

/** Body paragraphs as spans: the byline first; the credit ends flush right. */
export function bodySpans(article: Article, template: Pick<Template, 'body' | 'byline'>): readonly ParagraphSpans[] {
  let byTemplate = made.get(article);
  if (!byTemplate) made.set(article, (byTemplate = new WeakMap()));
  let spans = byTemplate.get(template);
  if (!spans) byTemplate.set(template, (spans = makeSpans(article, template)));
  return spans;
}

function makeSpans(article: Article, template: Pick<Template, 'body' | 'byline'>): ParagraphSpans[] {
  const { role: bodyRole, size, emphasis } = template.body;
  const runIn = article.byline !== undefined && RUNS_IN.test(article.byline);
  const out: ParagraphSpans[] = article.paragraphs.map((text, p) => {
    const spans: Span[] = [];
    const parts: Array<{ part: 'byline' | 'body'; base: number }> = [];
    if (p === 0 && article.byline && runIn) {
      spans.push({ text: article.byline, role: template.byline.role, size, names: true });
      parts.push({ part: 'byline', base: 0 });
    }
    // The paragraph in runs of one style: plain in the body role, bold and italic in the emphasis roles.
    let at = 0;
    const plain = (end: number): void => {
      if (end > at) {
        spans.push({ text: text.slice(at, end), role: bodyRole, size });
        parts.push({ part: 'body', base: at });
      }
    };
    for (const r of article.styles ?? []) {
      if (r.paragraph !== p) continue;
      plain(r.start);
      spans.push({ text: text.slice(r.start, r.end), role: emphasis[r.style], size });
      parts.push({ part: 'body', base: r.start });
      at = r.end;
    }
    plain(text.length);
    return { spans, align: 'justify', source: (s) => ({ article: article.id, paragraph: p, ...(parts[s] ?? { part: 'body', base: 0 }) }) };
  });
  if (article.byline && !runIn) out.unshift({ spans: [{ text: article.byline, role: template.byline.role, size, names: true }], align: 'byline', source: () => ({ article: article.id, part: 'byline', paragraph: 0, base: 0 }) });
  if (article.note) out.unshift(noteSpans(article.id, article.note, template.body));
  const credit = article.credit;
  const last = out[out.length - 1];
  if (credit && last && [...credit].length <= RUN_IN_CREDIT) {
    // A short credit such as （完） runs on at the end of the last paragraph.
    const lastSource = last.source;
    const own = last.spans.length;
    last.spans.push({ text: credit, role: bodyRole, size });
    last.source = (s) => (s < own ? lastSource(s) : { article: article.id, part: 'credit', paragraph: 0 });
  } else if (credit) {
    out.push({ spans: [{ text: credit, role: bodyRole, size }], align: 'right', source: () => ({ article: article.id, part: 'credit', paragraph: 0 }) });
  }
  return out;
}

/** The 编者按 before the body: its label (【编者按】, 编者按：) in the bold role, the note in the italic one (楷体). */
function noteSpans(article: string, note: string, body: Template['body']): ParagraphSpans {
  const label = /^[【［\[]?编者(?:按|的话)[】］\]：:]?/u.exec(note)?.[0].length ?? 0;
  const pieces = [
    { text: note.slice(0, label), role: body.emphasis.bold, base: 0 },
    { text: note.slice(label), role: body.emphasis.italic, base: label },
  ].filter((p) => p.text !== '');
  return {
    spans: pieces.map(({ text, role }) => ({ text, role, size: body.size })),
    align: 'justify',
    source: (s) => ({ article, part: 'note', paragraph: 0, base: pieces[s]?.base ?? 0 }),
  };
}
