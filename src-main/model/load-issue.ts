/** Loads an issue file: JSON → version check → schema → cross-references. */
import { InputError } from './errors.js';
import { readJson } from './json-file.js';
import { ISSUE_FORMAT, ISSUE_VERSION, IssueSchema, type Article, type Issue } from './issue.js';
import { parseWith } from './validate.js';

export function loadIssue(file: string): Issue {
  return parseIssue(readJson(file), file);
}

export function parseIssue(data: unknown, file: string): Issue {
  checkFormatAndVersion(data, file);
  const issue = parseWith(IssueSchema, data, file);
  checkReferences(issue, file);
  return issue;
}

function checkFormatAndVersion(data: unknown, file: string): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(file, 'is not a Banmian issue (expected a JSON object)');
  }
  const { format, version } = data as Record<string, unknown>;
  if (format !== ISSUE_FORMAT) {
    throw new InputError(file, `is not a Banmian issue (format should be "${ISSUE_FORMAT}", found ${JSON.stringify(format)})`);
  }
  if (typeof version === 'number' && version > ISSUE_VERSION) {
    throw new InputError(file, `was written by a newer Banmian (issue format version ${version}; this one reads up to ${ISSUE_VERSION})`);
  }
  // Version 1 is the first format: there is nothing older to migrate from yet.
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
