/** What composition found: overset text, missing glyphs, weak pictures … Clicking one shows it on the page. */
import type { Diagnostic, PageLayout } from '../../src-main/model/display-list.js';
import type { EditorState, EditorStore, Highlight } from '../store/editor-store.js';

const KIND: Record<Diagnostic['kind'], string> = {
  overset: '超版',
  'missing-glyph': '缺字',
  'overfull-line': '行溢出',
  'lone-line': '孤行',
  'loose-line': '行太松',
  unplaced: '未上版',
  'low-resolution': '图片精度低',
  'image-unreadable': '图片无法读取',
  'image-missing': '图片待补',
  'photo-past-block': '图片出框',
  'headline-past-block': '标题出框',
  'image-unplaced': '图片未上版',
  'headline-shrunk': '标题缩排',
  'headline-split-word': '标题断词',
  underset: '开天窗',
  'free-space': '版面空白',
};

function describe(d: Diagnostic, headline: (id: string) => string): string {
  switch (d.kind) {
    case 'overset':
      return `《${headline(d.article)}》超出 ${d.chars} 字`;
    case 'missing-glyph':
      return `字库缺“${d.char}”（${d.codePoint}，${d.role}）${d.fallback ? `，用 ${d.fallback} 代替` : ''}`;
    case 'unplaced':
      return `《${headline(d.article)}》没有排上版（${d.chars} 字）`;
    case 'low-resolution':
      return `《${headline(d.article)}》的图片只有 ${d.ppi} ppi`;
    case 'image-unreadable':
      return `《${headline(d.article)}》的图片读不出来：${d.src}`;
    case 'image-missing':
      return `《${headline(d.article)}》的图片还没有到，已留图位：${d.src}`;
    case 'image-unplaced':
      return `《${headline(d.article)}》的第${d.image + 1}张图片没有图框，图片说明没有排上版`;
    case 'photo-past-block':
      return `《${headline(d.article)}》的图片超出版块 ${d.lines} 行，压在下面的内容上`;
    case 'headline-past-block':
      return `《${headline(d.article)}》的标题超出版块 ${d.lines} 行，压在下面的内容上`;
    case 'headline-shrunk':
      return `《${headline(d.article)}》标题缩到 ${d.size} pt`;
    case 'headline-split-word':
      return `《${headline(d.article)}》标题在词中转行：“${d.line}／${d.next}”，可在标题里按回车指定断行处`;
    case 'lone-line':
      return `《${headline(d.article)}》第${d.paragraph + 1}段的${d.where === 'foot' ? '首行孤悬栏尾' : '末行孤悬栏首'}：${d.text}`;
    case 'loose-line':
      return `《${headline(d.article)}》第${d.paragraph + 1}段有一行字距太松`;
    case 'overfull-line':
      return `《${headline(d.article)}》第${d.paragraph + 1}段有一行排不下`;
    case 'underset':
      return `《${headline(d.article)}》版块底部空 ${d.lines} 行`;
    case 'free-space':
      return `第${d.column}${d.span > 1 ? `–${d.column + d.span - 1}` : ''}栏第${d.top + 1}–${d.top + d.lines}行空着（可放图片、广告或稿件）`;
  }
}

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
            <span className={`tag ${d.severity}`}>{KIND[d.kind]}</span>
            <span className="diag-where">{'page' in d ? `第${d.page}版` : '—'}</span>
            <span className="diag-text">{describe(d, headline)}</span>
            {(d.kind === 'overset' || d.kind === 'unplaced' || d.kind === 'image-unplaced') && d.text && <blockquote className="overset-text">{d.text}</blockquote>}
          </button>
        </li>
      ))}
    </ul>
  );
}

const rank = (d: Diagnostic): number => (d.severity === 'error' ? 0 : d.severity === 'warning' ? 1 : 2);
