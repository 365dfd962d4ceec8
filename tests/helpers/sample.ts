/** The bundled sample issue, composed once per test file. */
import { join } from 'node:path';
import type { Composition } from '../../src-main/model/display-list.js';
import type { Issue } from '../../src-main/model/issue.js';
import { loadIssue } from '../../src-main/model/load-issue.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { compose } from './issue.js';

export const SAMPLE_FILE = join(projectRoot(), 'templates', 'sample-issue', 'sample.banmian.json');

let cached: { issue: Issue; comp: Composition } | undefined;

export function sample(): { issue: Issue; comp: Composition } {
  if (!cached) {
    const issue = loadIssue(SAMPLE_FILE);
    cached = { issue, comp: compose(issue, SAMPLE_FILE) };
  }
  return cached;
}

/** All the text of an article as the issue holds it, without white space. */
export function articleText(issue: Issue, id: string): string {
  const a = issue.articles.find((x) => x.id === id);
  if (!a) throw new Error(`no article ${id}`);
  return [a.kicker, a.headline, a.subhead, a.byline, ...a.paragraphs, a.credit].filter(Boolean).join('').replace(/\s/g, '');
}
