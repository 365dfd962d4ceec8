/**
 * Changes to the pages of an issue, as pure functions: add, delete, move, and the page's 版名 and
 * names. Pages are numbered on from the first page's number in their new order, so 版次 and the
 * 下转第X版/上接第X版 lines (which the engine computes from page numbers) follow by themselves.
 * A deleted page's articles stay in the issue, unplaced: nothing is lost.
 */
import type { Issue, Page } from '../model/issue.js';
import type { IssueEdit } from './edit.js';

export interface NewPage {
  /** The number the page gets; the pages from there on move up by one. */
  at: number;
  template: string;
  section: string;
  editor: string;
}

export interface PageFields {
  section?: string;
  editor?: string;
  designer?: string;
  proofreader?: string;
}

const FIELD_NAMES: Record<keyof PageFields, string> = { section: '版名', editor: '责任编辑', designer: '美编', proofreader: '校对' };

const sorted = (issue: Issue): Page[] => [...issue.pages].sort((a, b) => a.number - b.number);

/** The pages in this order, numbered on from `first`; a page whose number stays is kept as it is. */
function numbered(pages: readonly Page[], first: number): Page[] {
  return pages.map((p, i) => (p.number === first + i ? p : { ...p, number: first + i }));
}

/** A new empty page with one of `templates` (the ids a page can take). */
export function addPage(issue: Issue, req: NewPage, templates: readonly string[]): IssueEdit {
  if (!templates.includes(req.template)) return { problem: `没有模板“${req.template}”` };
  const pages = sorted(issue);
  const first = pages[0]?.number ?? 1;
  const index = Math.min(Math.max(req.at - first, 0), pages.length);
  const page: Page = { number: first + index, template: req.template, section: req.section, editor: req.editor, blocks: [] };
  pages.splice(index, 0, page);
  return { issue: { ...issue, pages: numbered(pages, first) }, label: `新增第${page.number}版（${page.section}）` };
}

export function deletePage(issue: Issue, number: number): IssueEdit {
  const pages = sorted(issue);
  const page = pages.find((p) => p.number === number);
  if (!page) return { problem: `没有第${number}版` };
  if (pages.length === 1) return { problem: '一期报纸至少要有一个版' };
  const first = pages[0]?.number ?? 1;
  return { issue: { ...issue, pages: numbered(pages.filter((p) => p !== page), first) }, label: `删除第${number}版（${page.section}）` };
}

/** Moves page `number` so that it becomes page `to` (clamped to the issue's pages). */
export function movePage(issue: Issue, number: number, to: number): IssueEdit {
  const pages = sorted(issue);
  const from = pages.findIndex((p) => p.number === number);
  if (from < 0) return { problem: `没有第${number}版` };
  const first = pages[0]?.number ?? 1;
  const index = Math.min(Math.max(to - first, 0), pages.length - 1);
  if (index === from) return { issue, label: '' };
  const [page] = pages.splice(from, 1) as [Page];
  pages.splice(index, 0, page);
  return { issue: { ...issue, pages: numbered(pages, first) }, label: `第${number}版（${page.section}）移到第${first + index}版` };
}

/** New 版名 and names for a page; an empty 美编 or 校对 removes it, an empty 版名 or 责任编辑 is refused. */
export function editPage(issue: Issue, number: number, fields: PageFields): IssueEdit {
  const page = issue.pages.find((p) => p.number === number);
  if (!page) return { problem: `没有第${number}版` };
  if (fields.section === '') return { problem: '版名不能为空' };
  if (fields.editor === '') return { problem: '责任编辑不能为空' };
  const next: Page = { ...page };
  const changed: string[] = [];
  for (const key of Object.keys(FIELD_NAMES) as Array<keyof PageFields>) {
    const value = fields[key];
    if (value === undefined || value === (page[key] ?? '')) continue;
    changed.push(FIELD_NAMES[key]);
    if (value === '' && (key === 'designer' || key === 'proofreader')) delete next[key];
    else next[key] = value;
  }
  if (changed.length === 0) return { issue, label: '' };
  return { issue: { ...issue, pages: issue.pages.map((p) => (p === page ? next : p)) }, label: `修改第${number}版${changed.join('、')}` };
}
