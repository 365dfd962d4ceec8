/** `banmian serve` in a child process, on a copy of the sample issue in a temporary folder. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DocumentState, PageView } from '../../src-main/api/api-types.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { SAMPLE_FILE } from './sample.js';
import { openBrowser, type TestBrowser } from './browser.js';

export const BIN = join(projectRoot(), 'bin', 'banmian.js');

/** A fresh copy of the sample issue (and its photo); returns the issue file. */
export function copySample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'banmian-app-'));
  cpSync(dirname(SAMPLE_FILE), dir, { recursive: true });
  return join(dir, 'sample.banmian.json');
}

export interface Served {
  url: string;
  child: ChildProcess;
  /** Stops the server as Ctrl+C would (a pending autosave is written first). */
  stop(): Promise<void>;
}

export function serve(file: string, env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', file], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const url = out.match(/^(http:\/\/\S+)\n/)?.[1];
      if (url) {
        resolve({
          url,
          child,
          stop: () => new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`banmian serve exited with ${code}: ${err}`)));
  });
}

/** Calls the API as the renderer does over HTTP, with the secret of the address serve printed. */
export async function callApi<T>(url: string, method: string, params: unknown = {}): Promise<T> {
  const token = new URLSearchParams(new URL(url).hash.slice(1)).get('token') ?? '';
  const res = await fetch(new URL(`api/${method}`, url), { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Banmian-Token': token }, body: JSON.stringify(params) });
  const reply = (await res.json()) as { ok: true; result: T } | { ok: false; error: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}

/** One page's view, and the document's state, as the app's window reads them. */
export const pageView = (url: string, page: number): Promise<PageView> => callApi<PageView>(url, 'getPage', { page });
export const documentState = (url: string): Promise<DocumentState> => callApi<DocumentState>(url, 'getState');

/** A copy of the sample changed first through the API (as a script would) and saved: the file. */
export async function preparedSample(change: (url: string) => Promise<void>): Promise<string> {
  const file = copySample();
  const setup = await serve(file);
  try {
    await change(setup.url);
    await callApi(setup.url, 'save');
  } finally {
    await setup.stop();
  }
  return file;
}

/** The app on a copy of the sample in headless Chromium, page 1 drawn; `close` stops both. */
export async function openApp(file = copySample()): Promise<{ file: string; server: Served; browser: TestBrowser; close(): Promise<void> }> {
  const server = await serve(file);
  const browser = await openBrowser();
  await browser.page.goto(server.url);
  await browser.page.locator('canvas.page-canvas[data-page="1"]').waitFor();
  return {
    file,
    server,
    browser,
    close: async () => {
      try {
        await browser.close();
      } finally {
        await server.stop();
      }
    },
  };
}
