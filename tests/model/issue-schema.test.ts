import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src-main/model/errors.js';
import { loadIssue, parseIssue } from '../../src-main/model/load-issue.js';

const valid = () => ({
  format: 'banmian-issue',
  version: 1,
  paper: { name: '江城日报' },
  date: '2026-11-26',
  pages: [{ number: 1, template: 'broadsheet', section: '要闻', editor: '孙艳', blocks: [{ article: 'a1', column: 1, span: 2, top: 0, height: 20 }] }],
  articles: [{ id: 'a1', headline: '地铁5号线开通', paragraphs: ['本报讯 今天上午，地铁开通。'] }],
});

/** The one-line message a bad issue gets, or undefined when it loads. */
function problem(mutate: (issue: ReturnType<typeof valid> & Record<string, unknown>) => void): string | undefined {
  const issue = valid() as ReturnType<typeof valid> & Record<string, unknown>;
  mutate(issue);
  try {
    parseIssue(issue, 'day.banmian.json');
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
}

describe('issue schema', () => {
  test('a valid issue loads, with defaults filled in', () => {
    const issue = parseIssue(valid(), 'day.banmian.json');
    expect(issue.articles[0]?.images).toEqual([]);
  });

  test('a version 1 file reads as the newest version, its articles with no kept block look', () => {
    const issue = parseIssue(valid(), 'day.banmian.json');
    expect(issue.version).toBe(2);
    expect(issue.articles[0]?.lastBlock).toBeUndefined();
  });

  test('a version 2 article keeps the look of the block it was taken off, and a bad look is refused by name', () => {
    const look = { span: 3, headlineSize: '小初', photos: [{ image: 0, column: 2, span: 2, height: 8 }] };
    const kept = valid();
    const issue = parseIssue({ ...kept, version: 2, articles: [{ ...kept.articles[0], lastBlock: look }] }, 'day.banmian.json');
    expect(issue.articles[0]?.lastBlock).toMatchObject(look);
    expect(problem((i) => ((i.articles[0] as Record<string, unknown>).lastBlock = { span: 3, top: 4 }))).toMatch(/^day\.banmian\.json: articles\[0\]\.lastBlock/);
  });

  test.each([
    ['wrong format', (i: Record<string, unknown>) => (i.format = 'something-else'), /^day\.banmian\.json: is not a Banmian issue/],
    ['newer version', (i: Record<string, unknown>) => (i.version = 7), /^day\.banmian\.json: was written by a newer Banmian \(issue format version 7; this build reads up to version 2\)$/],
    ['missing version', (i: Record<string, unknown>) => delete i.version, /^day\.banmian\.json: version: missing \(this build reads issue files of format versions 1 to 2\)$/],
    ['version as text', (i: Record<string, unknown>) => (i.version = '1'), /^day\.banmian\.json: version: "1" is not a format version/],
    ['missing headline', (i: ReturnType<typeof valid>) => delete (i.articles[0] as Partial<ReturnType<typeof valid>['articles'][0]>).headline, /articles\[0\]\.headline/],
    ['empty paragraphs', (i: ReturnType<typeof valid>) => (i.articles[0]!.paragraphs = []), /articles\[0\]\.paragraphs/],
    ['span of 0', (i: ReturnType<typeof valid>) => (i.pages[0]!.blocks[0]!.span = 0), /pages\[0\]\.blocks\[0\]\.span/],
    ['fractional top', (i: ReturnType<typeof valid>) => (i.pages[0]!.blocks[0]!.top = 1.5), /pages\[0\]\.blocks\[0\]\.top/],
    ['bad date', (i: Record<string, unknown>) => (i.date = '2026-13-01'), /^day\.banmian\.json: date/],
    ['unknown field', (i: Record<string, unknown>) => (i.colour = 'red'), /colour/],
    ['unknown article in a block', (i: ReturnType<typeof valid>) => (i.pages[0]!.blocks[0]!.article = 'nope'), /pages\[0\]\.blocks\[0\]\.article: no article has the id "nope"/],
    ['duplicate article id', (i: ReturnType<typeof valid>) => i.articles.push({ ...i.articles[0]! }), /articles\[1\]\.id: "a1" is used by another article/],
    ['duplicate page number', (i: ReturnType<typeof valid>) => i.pages.push({ ...i.pages[0]! }), /pages\[1\]\.number: page 1 appears twice/],
  ] as const)('%s is refused with one line naming the file and field', (_, mutate, message) => {
    const text = problem(mutate as (i: ReturnType<typeof valid> & Record<string, unknown>) => void);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  test('a file that is not JSON names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banmian-'));
    const file = join(dir, 'broken.banmian.json');
    writeFileSync(file, '{ "format": "banmian-issue", ');
    expect(() => loadIssue(file)).toThrow(/broken\.banmian\.json: is not valid JSON/);
    expect(() => loadIssue(join(dir, 'absent.json'))).toThrow(/absent\.json: no such file/);
  });
});
