/**
 * Composition findings in the app's language: what each kind is called and one sentence for each
 * finding, shared by the check list and the export report. (Each finding's `message` is the
 * English the CLI prints.)
 */
import type { Diagnostic } from './display-list.js';

/** What each kind of finding is called, as the check list tags it. */
export const DIAGNOSTIC_NAMES: Record<Diagnostic['kind'], string> = {
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

/** One finding in a sentence; `headline` names an article by its id. */
export function describeDiagnostic(d: Diagnostic, headline: (id: string) => string): string {
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

/** The error-level findings counted by kind, as a question before export puts it: “超版 2 处、缺字 1 处”. */
export function errorSummary(diagnostics: readonly Diagnostic[]): string {
  const counts = new Map<Diagnostic['kind'], number>();
  for (const d of diagnostics) if (d.severity === 'error') counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${DIAGNOSTIC_NAMES[kind]} ${n} 处`).join('、');
}
