/**
 * Preflight: the facts read from a PDF, judged as a newspaper plant would (PDF/X-1a, coldset
 * newsprint). Error-level findings mean the plant would reject the file or print it wrong.
 */
import type { Severity } from '../../model/display-list.js';
import type { Colour, PageFacts, PdfFacts, Rect, TextShow } from './read-pdf.js';

export interface Finding {
  severity: Severity;
  /** Which check: font, rgb, rich-black, overprint, small-text, ink, spot, image, boxes, pdfx, transparency, composition … */
  check: string;
  message: string;
  /** The same in Chinese, for the app. */
  zh?: string;
  page?: number;
}

export interface PreflightLimits {
  /** Total ink, percent. */
  inkLimit: number;
  minPpi: number;
  maxPpi: number;
}

export interface PreflightReport {
  file: string;
  version: string;
  pdfx: { version?: string; conformance?: string; trapped?: string; outputCondition?: string };
  pages: PageFacts[];
  fonts: PdfFacts['fonts'];
  colourSpaces: string[];
  images: Array<{ page: number; name: string; width: number; height: number; colourSpace: string; ppi: number }>;
  findings: Finding[];
}

export const DEFAULT_LIMITS: PreflightLimits = { inkLimit: 240, minPpi: 200, maxPpi: 300 };

/** Text this small misregisters visibly when built from more than one plate. */
const SMALL_TEXT = 6;
/** Registration and "no ink" are not spot colours. */
const NOT_SPOT = new Set(['All', 'None']);

export function preflight(file: string, facts: PdfFacts, limits: PreflightLimits = DEFAULT_LIMITS): PreflightReport {
  const findings = new FindingList();
  checkFonts(facts, findings);
  checkColour(facts, limits, findings);
  checkText(facts.texts, findings);
  checkImages(facts, limits, findings);
  checkBoxes(facts.pages, findings);
  checkConformance(facts, findings);
  const intent = facts.outputIntents.find((i) => i.S === 'GTS_PDFX');
  return {
    file,
    version: facts.version,
    pdfx: {
      version: facts.info.GTS_PDFXVersion?.value,
      conformance: facts.info.GTS_PDFXConformance?.value,
      trapped: facts.info.Trapped?.value,
      outputCondition: intent?.OutputConditionIdentifier,
    },
    pages: facts.pages,
    fonts: facts.fonts,
    colourSpaces: [...new Set(facts.colourOperators.map((c) => c.space.label))].sort(),
    images: facts.images.map((i) => ({ page: i.page, name: i.name, width: i.width, height: i.height, colourSpace: i.space?.label ?? 'mask', ppi: Math.round(i.ppi) })),
    findings: findings.list(),
  };
}

/** Collects findings, folding repeats of the same one on the same page into a count. */
class FindingList {
  private readonly found = new Map<string, Finding & { count: number }>();

  /** `said`: the finding in English (the report's language) and in Chinese (the app's). */
  add(severity: Severity, check: string, [message, zh]: [string, string], page?: number): void {
    const key = `${severity}\0${check}\0${page ?? ''}\0${message}`;
    const seen = this.found.get(key);
    if (seen) seen.count++;
    else this.found.set(key, { severity, check, message, zh, page, count: 1 });
  }

  list(): Finding[] {
    return sortFindings([...this.found.values()].map(({ count, ...f }) => (count > 1 ? { ...f, message: `${f.message} (${count}×)`, zh: `${f.zh}（${count} 处）` } : f)));
  }
}

/** Errors first, then warnings, then notes; by page within each. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity] || (a.page ?? 0) - (b.page ?? 0));
}

function checkFonts(facts: PdfFacts, out: FindingList): void {
  for (const f of facts.fonts) {
    if (!f.embedded) out.add('error', 'font', [`font ${f.name} (${f.subtype}) is not embedded`, `字体 ${f.name}（${f.subtype}）没有嵌入`]);
    else if (!f.subset) out.add('warning', 'font', [`font ${f.name} is embedded whole, not as a subset: its name can clash when pages are merged`, `字体 ${f.name} 整套嵌入而不是子集：拼版时字体名可能冲突`]);
  }
}

/** CMYK components in percent, or undefined for a colour that is not process CMYK. */
const cmykPercent = (c: Colour): number[] | undefined =>
  c.space.family === 'DeviceCMYK' && c.comps.length === 4 ? c.comps.map((v) => v * 100) : undefined;

const isRichBlack = (c: Colour): boolean => {
  const p = cmykPercent(c);
  return p !== undefined && (p[3] ?? 0) >= 80 && (p[0] ?? 0) + (p[1] ?? 0) + (p[2] ?? 0) > 0;
};

/** Only the black plate, full strength: what body text and rules must be. */
const isPlainBlack = (c: Colour): boolean => {
  const p = cmykPercent(c);
  if (p) return p[0] === 0 && p[1] === 0 && p[2] === 0 && p[3] === 100;
  return c.space.family === 'DeviceGray' && c.comps[0] === 0;
};

/** What was painted (text, fill, stroke …), in Chinese. */
const whatZh = (what: string): string => ({ text: '文字', fill: '填色', stroke: '线条', shading: '渐变' })[what] ?? what;

const describe = (c: Colour): string => `${c.space.label} ${c.comps.map((v) => Math.round(v * 1000) / 1000).join(' ')}`.trim();

function checkColour(facts: PdfFacts, limits: PreflightLimits, out: FindingList): void {
  for (const { page, op, space } of facts.colourOperators) {
    if (op === 'Do' || op === 'BI') continue; // images are judged in checkImages
    if (space.rgb) out.add('error', 'rgb', [`RGB colour (${space.label}, operator ${op})`, `用了 RGB 颜色（${space.label}，操作符 ${op}）`], page);
    else if (space.family === 'Separation' || space.family === 'DeviceN') {
      if (!(space.colorant ?? '').split(' ').every((n) => NOT_SPOT.has(n) || ['Cyan', 'Magenta', 'Yellow', 'Black'].includes(n))) {
        out.add('warning', 'spot', [`spot colour ${space.label}: the plant prints process CMYK only`, `专色 ${space.label}：印厂只印四色（CMYK）`], page);
      }
    } else if (!['DeviceCMYK', 'DeviceGray', 'Pattern'].includes(space.family)) {
      out.add('warning', 'colour-space', [`colour space ${space.label} is not allowed in PDF/X-1a (use DeviceCMYK)`, `PDF/X-1a 不允许颜色空间 ${space.label}（请用 DeviceCMYK）`], page);
    }
  }
  const painted: Array<{ page: number; colour: Colour; what: string }> = [
    ...facts.paints.map((p) => ({ page: p.page, colour: p.colour, what: p.what })),
    ...facts.texts.map((t) => ({ page: t.page, colour: t.fill, what: 'text' })),
  ];
  for (const { page, colour, what } of painted) {
    const p = cmykPercent(colour);
    if (!p) continue;
    const total = p.reduce((a, b) => a + b, 0);
    if (total > limits.inkLimit + 0.5) out.add('error', 'ink', [`${what} in ${describe(colour)}: ${Math.round(total)}% ink, over the ${limits.inkLimit}% limit`, `${whatZh(what)}（${describe(colour)}）总墨量 ${Math.round(total)}%，超过 ${limits.inkLimit}% 的上限`], page);
    if (what !== 'text' && isRichBlack(colour)) out.add('warning', 'rich-black', [`${what} in rich black (${describe(colour)}): use 100% K`, `${whatZh(what)}用了四色黑（${describe(colour)}）：请用单黑 100% K`], page);
  }
}

function checkText(texts: readonly TextShow[], out: FindingList): void {
  for (const t of texts) {
    if (t.fill.space.rgb) continue; // already an RGB error
    if (isRichBlack(t.fill)) out.add('error', 'rich-black', [`text in ${t.font} set in rich black (${describe(t.fill)}): black text must be 100% K only`, `${t.font} 的文字用了四色黑（${describe(t.fill)}）：黑色文字只能用单黑 100% K`], t.page);
    else if (isPlainBlack(t.fill) && !t.overprint) out.add('warning', 'overprint', [`black text in ${t.font} knocks out (no overprint): misregistration shows white halos`, `${t.font} 的黑色文字没有设叠印：套印不准时会露白边`], t.page);
    const p = cmykPercent(t.fill);
    const plates = p ? p.filter((v) => v > 0).length : t.fill.space.components;
    if (t.size < SMALL_TEXT - 0.01 && plates > 1) {
      out.add('warning', 'small-text', [`${t.size.toFixed(1)} pt text in ${t.font} on ${plates} plates (${describe(t.fill)}): below ${SMALL_TEXT} pt use one plate`, `${t.font} 的 ${t.size.toFixed(1)} pt 小字用了 ${plates} 块版（${describe(t.fill)}）：${SMALL_TEXT} pt 以下请只用一块版`], t.page);
    }
  }
}

function checkImages(facts: PdfFacts, limits: PreflightLimits, out: FindingList): void {
  for (const img of facts.images) {
    const what = `image ${img.name} (${img.width}×${img.height} px, ${img.space?.label ?? 'mask'})`;
    const imageZh = `图片 ${img.name}（${img.width}×${img.height} 像素，${img.space?.label ?? '蒙版'}）`;
    if (img.space?.rgb) out.add('error', 'rgb', [`${what} is RGB: convert it to CMYK`, `${imageZh} 是 RGB 图片：请转为 CMYK`], img.page);
    else if (img.space && !['DeviceCMYK', 'DeviceGray'].includes(img.space.family) && !img.space.label.startsWith('Indexed Device')) {
      out.add('warning', 'colour-space', [`${what} is in ${img.space.label}, not DeviceCMYK`, `${imageZh} 的颜色空间是 ${img.space.label}，不是 DeviceCMYK`], img.page);
    }
    const ppi = Math.round(img.ppi);
    if (ppi < limits.minPpi) out.add('warning', 'image', [`${what} is ${ppi} ppi at placed size, below ${limits.minPpi} ppi`, `${imageZh} 按排放尺寸只有 ${ppi} ppi，低于 ${limits.minPpi} ppi`], img.page);
    else if (ppi > limits.maxPpi * 1.5) out.add('info', 'image', [`${what} is ${ppi} ppi at placed size: it could be downsampled to ${limits.maxPpi} ppi`, `${imageZh} 按排放尺寸有 ${ppi} ppi：可降到 ${limits.maxPpi} ppi`], img.page);
  }
}

const inside = (inner: Rect, outer: Rect): boolean =>
  inner[0] >= outer[0] - 0.01 && inner[1] >= outer[1] - 0.01 && inner[2] <= outer[2] + 0.01 && inner[3] <= outer[3] + 0.01;

function checkBoxes(pages: readonly PageFacts[], out: FindingList): void {
  for (const p of pages) {
    if (!p.trimBox) {
      out.add('error', 'boxes', ['no TrimBox: the plant cannot tell the finished page size', '没有 TrimBox：印厂无法确定成品尺寸'], p.number);
      continue;
    }
    if (!p.bleedBox) out.add('warning', 'boxes', ['no BleedBox', '没有 BleedBox（出血框）'], p.number);
    if (p.bleedBox && !inside(p.trimBox, p.bleedBox)) out.add('error', 'boxes', ['the TrimBox is not inside the BleedBox', 'TrimBox 不在 BleedBox 之内'], p.number);
    if (!inside(p.bleedBox ?? p.trimBox, p.mediaBox)) out.add('error', 'boxes', ['the Trim/BleedBox reaches outside the MediaBox', 'TrimBox 或 BleedBox 超出了 MediaBox'], p.number);
  }
}

function checkConformance(facts: PdfFacts, out: FindingList): void {
  // A page tree the reader could not walk (nested beyond reason, or broken) must not pass as clean.
  if (facts.pages.length === 0) out.add('error', 'pages', ['no page could be found in the page tree: the plant cannot print this file', '页面树里找不到页面：印厂无法印这个文件']);
  for (const t of facts.transparency) out.add('error', 'transparency', [`transparency (${t.what}): PDF/X-1a allows none`, `有透明效果（${t.what}）：PDF/X-1a 不允许透明`], t.page);
  for (const u of facts.unreadable) out.add('warning', 'unreadable', [`could not read ${u}`, `读不出 ${u}`]);
  if (!['1.3', '1.4'].includes(facts.version)) out.add('warning', 'pdfx', [`PDF ${facts.version}: PDF/X-1a:2001 expects PDF 1.3 or 1.4`, `PDF 版本 ${facts.version}：PDF/X-1a:2001 要求 PDF 1.3 或 1.4`]);
  if (facts.info.GTS_PDFXVersion === undefined) out.add('warning', 'pdfx', ['no GTS_PDFXVersion in the document info: not identified as PDF/X', '文档信息里没有 GTS_PDFXVersion：不被识别为 PDF/X']);
  if (!facts.outputIntents.some((i) => i.S === 'GTS_PDFX')) out.add('warning', 'pdfx', ['no PDF/X OutputIntent: the printing condition is not stated', '没有 PDF/X 输出意图（OutputIntent）：没有说明印刷条件']);
  const trapped = facts.info.Trapped;
  if (!trapped || trapped.kind !== 'name' || !['True', 'False'].includes(trapped.value)) {
    out.add('warning', 'pdfx', [`/Trapped must be the name /True or /False (found ${trapped ? `${trapped.kind} ${trapped.value}` : 'none'})`, `/Trapped 必须是名字 /True 或 /False（实际为 ${trapped ? `${trapped.kind} ${trapped.value}` : '空'}）`]);
  }
}

/** Exit status for a report: 1 when any finding is an error. */
export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');

/** The report for a person: one summary block, then one line per finding. */
export function formatReport(r: PreflightReport): string {
  const lines: string[] = [];
  const pdfx = r.pdfx.conformance ? `${r.pdfx.conformance}${r.pdfx.outputCondition ? ` (${r.pdfx.outputCondition})` : ''}` : 'not PDF/X';
  lines.push(`${r.file}: PDF ${r.version}, ${r.pages.length} page${r.pages.length === 1 ? '' : 's'}, ${pdfx}`);
  lines.push(`  fonts: ${r.fonts.map((f) => `${f.name} [${f.embedded ? (f.subset ? 'subset' : 'embedded') : 'NOT EMBEDDED'}]`).join(', ') || 'none'}`);
  lines.push(`  colour spaces: ${r.colourSpaces.join(', ') || 'none'}`);
  lines.push(`  images: ${r.images.map((i) => `p${i.page} ${i.name} ${i.width}×${i.height} ${i.colourSpace} ${i.ppi} ppi`).join('; ') || 'none'}`);
  for (const p of r.pages) {
    const size = (b: Rect): string => `${(b[2] - b[0]).toFixed(1)}×${(b[3] - b[1]).toFixed(1)}`;
    lines.push(`  page ${p.number}: media ${size(p.mediaBox)}, trim ${p.trimBox ? size(p.trimBox) : 'none'}, bleed ${p.bleedBox ? size(p.bleedBox) : 'none'} pt`);
  }
  for (const f of r.findings) lines.push(`${f.severity.padEnd(7)} ${f.page === undefined ? '' : `p${f.page} `}${f.check}: ${f.message}`);
  const count = (s: Severity): number => r.findings.filter((f) => f.severity === s).length;
  lines.push(`${count('error')} errors, ${count('warning')} warnings`);
  return lines.join('\n');
}
