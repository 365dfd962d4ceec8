/**
 * A long editing session holds bounded memory (issue 13: `serve` grew from 326 MB to 1.6 GB in 45 s
 * of ordinary edits from ten windows, and kept it). Every edit of an article set its flow and its
 * paragraphs anew and the caches kept them all: 2,000 flows, 50,000 paragraphs. Here ten articles
 * are edited in turn, one request per task as the server handles them, and the heap after a full
 * collection must stop growing: what the second stretch of edits adds is a small part of the first.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { expect, test } from 'vitest';
import type { CommandResult, DocumentState } from '../../src-main/api/api-types.js';
import { dispatch } from '../../src-main/api/dispatch.js';
import { DocumentSession } from '../../src-main/session/document-session.js';
import { copySample } from '../helpers/serve.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMB = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

test('ten articles edited 1,600 times in turn: the heap levels off', async () => {
  const session = DocumentSession.open(copySample());
  try {
    let state = (await dispatch(session.api, 'getState', {})) as DocumentState;
    const ids = state.articles.slice(0, 10).map((a) => a.id);
    const edit = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) {
        const id = ids[i % ids.length] as string;
        const article = state.articles.find((a) => a.id === id);
        const paragraphs = article?.paragraphs ?? ['正文'];
        state = ((await dispatch(session.api, 'editArticle', { article: id, changes: { paragraphs: [`${paragraphs[0]}字`, ...paragraphs.slice(1)] } })) as CommandResult).state;
        if (i % 20 === 0) await dispatch(session.api, 'getPage', { page: 1 });
        // One request per task, as requests reach the server.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const start = heapMB();
    await edit(800);
    const first = heapMB() - start;
    await edit(800);
    const second = heapMB() - start - first;
    expect(first).toBeGreaterThan(0);
    expect(second, `the first 800 edits added ${first.toFixed(0)} MB, the next 800 ${second.toFixed(0)} MB`).toBeLessThan(Math.max(25, first * 0.3));
  } finally {
    session.close();
  }
}, 120_000);
