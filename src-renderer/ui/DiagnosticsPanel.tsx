/** What composition found: overset text, missing glyphs, weak pictures … Clicking one shows it on the page. */
import { DIAGNOSTIC_NAMES, describeDiagnostic } from '../../src-main/model/diagnostic-text.js';
import type { Diagnostic, PageLayout } from '../../src-main/model/display-list.js';
import type { EditorState, EditorStore, Highlight } from '../store/editor-store.js';

/** Where on its page a finding is: the glyph, picture, lines or block it is about. */
export function locate(d: Diagnostic, layout: PageLayout | undefined, blocks: ReadonlyArray<{ article: string; outline: Array<[number, number]> }>): Highlight | undefined {
  if (!('page' in d) || !layout) return undefined;
  const boxes: Array<[number, number, number, number]> = [];
  for (const item of layout.items) {
    if (item.kind === 'image' && (d.kind === 'low-resolution' || d.kind === 'image-unreadable') && item.src.endsWith(d.src.replace(/^.*[\\/]/, ''))) boxes.push([item.x, item.y, item.w, item.h]);
    if (item.kind !== 'text' || !item.source) continue;
    const s = item.source;
    const width = item.glyphs.reduce((w, g) => w + g.advance, 0);
    const box: [number, number, number, number] = [item.x, item.y - item.size * 0.88, width, item.size];
    if (d.kind === 'missing-glyph' && (d.article === undefined || s.article === d.article) && item.text.includes(d.char)) boxes.push(box);
    if ((d.kind === 'loose-line' || d.kind === 'overfull-line' || d.kind === 'lone-line') && s.article === d.article && s.part === 'body' && s.paragraph === d.paragraph && item.text && d.text.includes(item.text.slice(0, 6))) boxes.push(box);
    if (d.kind === 'headline-shrunk' && s.article === d.article && s.part === 'headline') boxes.push(box);
    if (d.kind === 'headline-split-word' && s.article === d.article && s.part === d.part && item.text.includes(d.line.slice(-2))) boxes.push(box);
  }
  if (boxes.length === 0 && 'article' in d) {
    // Overset and the rest: the article's last block on the page, where the text ran out.
    const mine = blocks.filter((b) => b.article === d.article);
    const last = mine[mine.length - 1];
    if (last) {
      const xs = last.outline.map((p) => p[0]);
      const ys = last.outline.map((p) => p[1]);
      boxes.push([Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)]);
    }
  }
  const first = boxes[0];
  return first && { page: d.page, x: first[0], y: first[1], w: first[2], h: first[3] };
}

export function DiagnosticsPanel({ store, state }: { store: EditorStore; state: EditorState }): React.JSX.Element {
  const doc = state.doc;
  if (!doc) return <div className="side-body" />;
  const headline = (id: string): string => doc.articles.find((a) => a.id === id)?.headline ?? id;
  const list = [...doc.diagnostics].sort((a, b) => rank(a) - rank(b) || ('page' in a ? a.page : 0) - ('page' in b ? b.page : 0));
  if (list.length === 0) return <div className="side-body hint">没有发现问题：没有超版、空行、缺字或低精度图片。</div>;
  return (
    <ul className="side-body diag-list">
      {list.map((d, i) => (
        <li key={i} className={`diag ${d.severity}`} data-kind={d.kind}>
          <button
            onClick={() => {
              if (!('page' in d)) {
                store.openArticle(d.article);
                return;
              }
              const view = state.views.get(d.page);
              store.showHighlight(locate(d, view?.layout, view?.blocks ?? []) ?? { page: d.page, x: 0, y: 0, w: 0, h: 0 });
              if ('article' in d && d.article) store.openArticle(d.article);
              store.setTab('check');
            }}
          >
            <span className={`tag ${d.severity}`}>{DIAGNOSTIC_NAMES[d.kind]}</span>
            <span className="diag-where">{'page' in d ? `第${d.page}版` : '—'}</span>
            <span className="diag-text">{describeDiagnostic(d, headline)}</span>
            {(d.kind === 'overset' || d.kind === 'unplaced' || d.kind === 'image-unplaced') && d.text && <blockquote className="overset-text">{d.text}</blockquote>}
          </button>
        </li>
      ))}
    </ul>
  );
}

const rank = (d: Diagnostic): number => (d.severity === 'error' ? 0 : d.severity === 'warning' ? 1 : 2);
