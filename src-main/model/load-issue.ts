/** Loads an issue file: JSON → migrations to the newest version → schema → cross-references. */
import { InputError } from './errors.js';
import { readJson } from './json-file.js';
import { ISSUE_FILE, IssueSchema, type Article, type Issue } from './issue.js';
import { parseVersioned } from './migrations.js';

export function loadIssue(file: string): Issue {
  return parseIssue(readJson(file), file);
}

export function parseIssue(data: unknown, file: string): Issue {
  const issue = parseVersioned(ISSUE_FILE, IssueSchema, data, file);
  checkReferences(issue, file);
  return issue;
}

/** Style ranges lie inside their paragraph, in order, without overlapping. */
function checkStyles(article: Article, where: string, file: string): void {
  let previous = { paragraph: -1, end: 0 };
  article.styles?.forEach((r, k) => {
    const text = article.paragraphs[r.paragraph];
    const field = `${where}.styles[${k}]`;
    if (text === undefined) throw new InputError(file, `${field}.paragraph: the article has no paragraph ${r.paragraph}`);
    if (r.start >= r.end || r.end > text.length) throw new InputError(file, `${field}: characters ${r.start}–${r.end} are not inside paragraph ${r.paragraph} (${text.length} characters)`);
    if (r.paragraph < previous.paragraph || (r.paragraph === previous.paragraph && r.start < previous.end)) {
      throw new InputError(file, `${field}: styles must be in order and must not overlap`);
    }
    previous = r;
  });
}

function checkReferences(issue: Issue, file: string): void {
  const ids = new Set<string>();
  issue.articles.forEach((article, i) => {
    if (ids.has(article.id)) throw new InputError(file, `articles[${i}].id: "${article.id}" is used by another article`);
    ids.add(article.id);
    checkStyles(article, `articles[${i}]`, file);
  });
  const numbers = new Set<number>();
  issue.pages.forEach((page, p) => {
    if (numbers.has(page.number)) throw new InputError(file, `pages[${p}].number: page ${page.number} appears twice`);
    numbers.add(page.number);
    page.blocks.forEach((block, b) => {
      if (!ids.has(block.article)) {
        throw new InputError(file, `pages[${p}].blocks[${b}].article: no article has the id "${block.article}"`);
      }
    });
  });
}
