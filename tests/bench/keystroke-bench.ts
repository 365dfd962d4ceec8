/**
 * A keystroke as the app handles it (issue 14): one character typed into a story, the whole
 * `editArticle` command of a document session (check, compose the pages it touches, record for
 * undo), on the sample's explicit page 1 and on its page 2 laid out by auto-placement. Each time
 * a new character, so no cache has seen the text.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Issue } from '../../src-main/model/issue.js';
import { DocumentSession } from '../../src-main/session/document-session.js';
import { SAMPLE_FILE } from '../helpers/sample.js';

const KEYS = 20;

export interface KeystrokeFigures {
  explicitMs: number;
  autoMs: number;
  /** The auto-placed page before the fix: every keystroke placed it anew (the peer of autoMs). */
  replacedMs: number;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The sample in a folder of its own; with `auto`, page 2 is laid out from its articles. */
function sampleCopy(auto: boolean): { file: string; story: string } {
  const dir = mkdtempSync(join(tmpdir(), 'banmian-keys-'));
  cpSync(dirname(SAMPLE_FILE), dir, { recursive: true });
  const file = join(dir, 'sample.banmian.json');
  const issue = JSON.parse(readFileSync(file, 'utf8')) as Issue;
  const page = issue.pages[1] as Issue['pages'][number];
  const articles = page.blocks.map((b) => b.article).filter((a) => a !== 'lead-metro');
  if (auto) issue.pages[1] = { ...page, blocks: [], articles };
  writeFileSync(file, JSON.stringify(issue));
  return { file, story: auto ? (articles[0] as string) : 'autumn-harvest' };
}

/** Median time of typing KEYS characters one by one at the start of the story's first paragraph. */
async function typing(auto: boolean, replace: boolean): Promise<number> {
  const { file, story } = sampleCopy(auto);
  const session = DocumentSession.open(file, { autosaveMs: 60_000 });
  try {
    const base = (await session.getState()).articles.find((a) => a.id === story)?.paragraphs ?? [];
    const times: number[] = [];
    for (let i = 0; i < KEYS; i++) {
      const paragraphs = [`${'新'.repeat(i + 1)}${base[0]}`, ...base.slice(1)];
      const t = performance.now();
      await session.editArticle({ article: story, changes: { paragraphs } });
      if (replace) await session.autoPlacePage({ page: 2 });
      times.push(performance.now() - t);
    }
    return median(times);
  } finally {
    session.close();
    rmSync(dirname(file), { recursive: true, force: true });
  }
}

export async function keystrokeBench(): Promise<{ figures: KeystrokeFigures; rows: Array<[string, string]> }> {
  const figures = { explicitMs: await typing(false, false), autoMs: await typing(true, false), replacedMs: await typing(true, true) };
  const ms = (t: number): string => `${t.toFixed(1)} ms`;
  return {
    figures,
    rows: [
      ['keystroke, explicit page (session command)', `${ms(figures.explicitMs)} (median of ${KEYS}; target < 10 ms)`],
      ['keystroke, auto-placed page', `${ms(figures.autoMs)} (placement kept; target < 10 ms)`],
      ['keystroke + 重新自动排版 of that page', `${ms(figures.replacedMs)} (what every keystroke cost when the page was placed anew)`],
    ],
  };
}
