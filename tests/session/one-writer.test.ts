/**
 * Never two writers on one issue (issue 11, item 5): a second session on the same file reads, a
 * second window of one session reads, and taking over asks the writer to hand over what it has
 * not saved. Before the lock, both sessions wrote and the last save won silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { describe, expect, test } from 'vitest';
import type { CommandResult, DocumentState } from '../../src-main/api/api-types.js';
import { autosavePath, lockPath } from '../../src-main/session/sidecar-files.js';
import { copySample } from '../helpers/serve.js';
import { ok, refused, session } from '../helpers/session.js';

const headline = (state: DocumentState): string | undefined => state.articles.find((a) => a.id === 'riverside-park')?.headline;
const retitle = (text: string) => ({ article: 'riverside-park', changes: { headline: text } });
const A = { window: 'window-a' };
const B = { window: 'window-b' };

describe('two sessions on one issue', () => {
  test('the second reads: its changes are refused naming the writer, and it writes no autosave', async () => {
    const file = copySample();
    const first = session(file, { app: '版面' });
    const second = session(file);
    expect((await first.call('getState', {})).access).toEqual({ writes: true });
    const access = (await second.call('getState', {})).access;
    expect(access).toMatchObject({ writes: false, holder: `另一个窗口（版面，进程 ${process.pid}）` });
    expect(refused(await second.call('editArticle', retitle('第二处的标题')))).toMatch(/^只读：另一个窗口（版面，进程 \d+）正在编辑这期报纸。要修改，请先“接管编辑”。$/);
    expect(refused(await second.call('save', {}))).toMatch(/^只读/);
    expect(existsSync(autosavePath(file))).toBe(false);
    // Reading goes on: its pages, and an export.
    expect((await second.call('getPage', { page: 1 })).blocks.length).toBeGreaterThan(0);
    ok(await first.call('editArticle', retitle('第一处的标题')));
  });

  test('taking over asks the writer to hand over: its unsaved text comes along, and it reads from then on', async () => {
    const file = copySample();
    const first = session(file, { autosaveMs: 60_000 });
    const second = session(file);
    ok(await first.call('editArticle', retitle('尚未保存的标题')));
    expect(existsSync(autosavePath(file))).toBe(false);

    const taken = ok(await second.call('takeOver', {}));
    expect(headline(taken.state)).toBe('尚未保存的标题');
    expect(taken.state).toMatchObject({ dirty: true, access: { writes: true } });
    expect(taken.state.undo).toBeUndefined();
    expect(JSON.parse(readFileSync(lockPath(file), 'utf8')).pid).toBe(process.pid);

    expect(refused(await first.call('editArticle', retitle('旧窗口又改了')))).toMatch(/^只读：另一个窗口/);
    const old = await first.call('getState', {});
    expect(old.access.writes).toBe(false);
    expect(old.dirty).toBe(false);
    ok(await second.call('editArticle', retitle('接管后的标题')));
    ok(await second.call('save', {}));
    first.close();
    // The old writer lets go of nothing it no longer holds, and writes nothing over the new one.
    expect(existsSync(lockPath(file))).toBe(true);
    expect(existsSync(autosavePath(file))).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8')).articles.find((a: { id: string }) => a.id === 'riverside-park').headline).toBe('接管后的标题');
  });

  test('a writer that does not answer loses the lock after the wait', async () => {
    const file = copySample();
    // A live process of this machine holds it (this one), but no session is there to answer.
    writeFileSync(lockPath(file), JSON.stringify({ format: 'banmian-lock', version: 1, writer: 'hung', pid: process.pid, host: hostname(), app: '版面', since: new Date().toISOString() }));
    const s = session(file);
    expect((await s.call('getState', {})).access).toMatchObject({ writes: false });
    const started = Date.now();
    ok(await s.call('takeOver', {}));
    expect(Date.now() - started).toBeGreaterThan(3000);
    expect(JSON.parse(readFileSync(lockPath(file), 'utf8')).writer).not.toBe('hung');
  }, 15_000);

  test('a lock left by a process that is gone, or not touched for a minute, is taken at once', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid as number;
    const cases: Array<{ pid: number; host: string; age: number }> = [
      { pid: gone, host: hostname(), age: 0 },
      { pid: 1, host: 'another-machine', age: 60 },
    ];
    for (const c of cases) {
      const file = copySample();
      writeFileSync(lockPath(file), JSON.stringify({ format: 'banmian-lock', version: 1, writer: 'left', pid: c.pid, host: c.host, app: '版面', since: new Date().toISOString() }));
      const then = new Date(Date.now() - c.age * 1000);
      utimesSync(lockPath(file), then, then);
      const s = session(file);
      expect((await s.call('getState', {})).access).toEqual({ writes: true });
      ok(await s.call('editArticle', retitle('接着编辑')));
    }
  });

  test('a fresh lock held on another machine keeps this one reading, and says where', async () => {
    const file = copySample();
    writeFileSync(lockPath(file), JSON.stringify({ format: 'banmian-lock', version: 1, writer: 'remote', pid: 4242, host: 'night-desk-2', app: 'banmian serve', since: new Date().toISOString() }));
    const s = session(file);
    expect((await s.call('getState', {})).access).toMatchObject({ writes: false, holder: '另一个窗口（banmian serve，进程 4242，在 night-desk-2 上）' });
  });
});

describe('windows of one session', () => {
  test('the first window heard writes; another reads until it takes over; a window that leaves frees the pen', async () => {
    const s = session();
    expect((await s.call('getState', {}, A)).access).toEqual({ writes: true });
    expect((await s.call('getState', {}, B)).access).toMatchObject({ writes: false, holder: '另一个窗口' });
    expect(refused(await s.call('editArticle', retitle('乙窗口的标题'), B))).toMatch(/^只读：另一个窗口正在编辑/);
    ok(await s.call('editArticle', retitle('甲窗口的标题'), A));

    // The reading window sees the writer's text; taking over turns the tables.
    const taken = ok(await s.call('takeOver', {}, B));
    expect(headline(taken.state)).toBe('甲窗口的标题');
    expect(refused(await s.call('editArticle', retitle('甲又改了'), A))).toMatch(/^只读/);
    ok(await s.call('editArticle', retitle('乙窗口的标题'), B));

    // A script (no window) writes only while no window holds the pen.
    expect(refused(await s.call('editArticle', retitle('脚本的标题')))).toMatch(/^只读/);
    ok(await s.call('leave', {}, B));
    ok(await s.call('editArticle', retitle('脚本的标题')));
    expect((await s.call('getState', {}, A)).access).toEqual({ writes: true });
  });

  test('every command result tells the calling window whether it writes', async () => {
    const s = session();
    const r: CommandResult = await s.call('undo', {}, A);
    expect(r.state.access).toEqual({ writes: true });
    expect((await s.call('undo', {}, B)).state.access.writes).toBe(false);
  });
});
