/**
 * The app's figures (`npm run bench:app`): opening the sample in a document session, the reflow
 * after a one-character edit and after a block resize (the session's own compose time and the
 * whole command), and the same edit through `banmian serve` over HTTP, as the browser sends it.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DocumentSession } from '../../src-main/session/document-session.js';
import { SAMPLE_FILE } from '../helpers/sample.js';
import { callApi, serve } from '../helpers/serve.js';

const copy = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'banmian-bench-'));
  cpSync(dirname(SAMPLE_FILE), dir, { recursive: true });
  return join(dir, 'sample.banmian.json');
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (n: number): string => `${n.toFixed(1)} ms`;

let t = performance.now();
const session = DocumentSession.open(copy(), { autosaveMs: 60_000 });
console.log(`open the sample (fonts, 2 pages composed): ${ms(performance.now() - t)}`);

const base = (await session.getState()).articles.find((a) => a.id === 'autumn-harvest')?.paragraphs ?? [];
const keystroke = { compose: [] as number[], command: [] as number[] };
for (let i = 0; i < 30; i++) {
  const paragraphs = [`${'金'.repeat(i + 1)}${base[0]}`, ...base.slice(1)];
  t = performance.now();
  const r = await session.editArticle({ article: 'autumn-harvest', changes: { paragraphs } });
  keystroke.command.push(performance.now() - t);
  keystroke.compose.push(r.state.composeMs);
}
console.log(`one character typed (page 1 reflows), median of 30: compose ${ms(median(keystroke.compose))}, whole command ${ms(median(keystroke.command))}`);

const resize = { compose: [] as number[], command: [] as number[] };
for (let i = 0; i < 20; i++) {
  t = performance.now();
  const r = await session.placeBlock({ page: 1, block: 1, column: 6, span: 3, top: 10, height: i % 2 ? 35 : 33 });
  resize.command.push(performance.now() - t);
  resize.compose.push(r.state.composeMs);
}
console.log(`block resized (page 1 reflows), median of 20: compose ${ms(median(resize.compose))}, whole command ${ms(median(resize.command))}`);
session.close();

const server = await serve(copy());
try {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const paragraphs = [`${'秋'.repeat(i + 1)}${base[0]}`, ...base.slice(1)];
    t = performance.now();
    await callApi(server.url, 'editArticle', { article: 'autumn-harvest', changes: { paragraphs } });
    await callApi(server.url, 'getPage', { page: 1 });
    times.push(performance.now() - t);
  }
  console.log(`over HTTP (banmian serve, session in a worker): edit + fetch the reflowed page, median of 20: ${ms(median(times))}`);
} finally {
  await server.stop();
}
