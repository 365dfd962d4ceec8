/**
 * `banmian daemon` and the `compose` that uses it, as a script would: the real CLI in child
 * processes, the daemon found through its file (here a test's own, so other tests compose in
 * their own processes). What the daemon composes must be what the process would have.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DaemonFile } from '../../src-main/cli/daemon-protocol.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { poppler } from '../helpers/poppler.js';

const BIN = join(projectRoot(), 'bin', 'banmian.js');
const FIXTURES = join(projectRoot(), 'tests', 'fixtures', 'copy');
const dir = mkdtempSync(join(tmpdir(), 'banmian-daemon-'));
const env = { ...process.env, BANMIAN_DAEMON_FILE: join(dir, 'daemon.json') };
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, env });
const COPY = ['banner-two-stories.txt', 'photo-local.txt', 'tiny-stories.txt'];
const VIA = /composed by the daemon \(pid (\d+)\)/;

function startDaemon(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'daemon'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => { if (c.toString().includes('composing on 127.0.0.1:')) resolve(child); });
    child.once('exit', (code) => reject(new Error(`banmian daemon exited with ${code}`)));
  });
}

const exited = (child: ChildProcess): Promise<void> => new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())));
const pdfText = (file: string): string => poppler('pdftotext', ['-layout', file, '-']);
const diagnostics = (file: string): unknown => (JSON.parse(readFileSync(file, 'utf8')) as { diagnostics: unknown }).diagnostics;

let daemon: ChildProcess;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'banmian-daemon-work-'));
  for (const f of COPY) cpSync(join(FIXTURES, f), join(work, f));
  cpSync(join(FIXTURES, 'sources'), join(work, 'sources'), { recursive: true });
  daemon = await startDaemon();
}, 30_000);

afterAll(async () => {
  daemon.kill('SIGTERM');
  await exited(daemon);
});

describe('banmian daemon', () => {
  test('says where it is in a file only its user may read', () => {
    const entry = DaemonFile.parse(JSON.parse(readFileSync(env.BANMIAN_DAEMON_FILE, 'utf8')));
    expect(entry.pid).toBe(daemon.pid);
    if (process.platform !== 'win32') expect(statSync(env.BANMIAN_DAEMON_FILE).mode & 0o077).toBe(0);
  });

  test('compose with relative paths goes through it and gives the pages the process gives', () => {
    const args = ['compose', ...COPY, '-t', 'broadsheet', '--date', '2026-12-03'];
    const here = run(work, ...args, '-o', 'out/here.pdf', '--report', 'out/here.json', '--no-daemon');
    const there = run(work, ...args, '-o', 'out/there.pdf', '--report', 'out/there.json', '--timings');
    expect(here.stderr).not.toMatch(VIA);
    expect(there.stderr).toMatch(VIA);
    expect(Number(there.stderr.match(VIA)?.[1])).toBe(daemon.pid);
    expect(there.stderr).toMatch(/pages → out\/there\.pdf \(plant/);
    expect(there.status).toBe(here.status);
    expect(pdfText(join(work, 'out', 'there.pdf'))).toBe(pdfText(join(work, 'out', 'here.pdf')));
    expect(diagnostics(join(work, 'out', 'there.json'))).toEqual(diagnostics(join(work, 'out', 'here.json')));
  }, 60_000);

  test('a bad input through it ends in one line naming the file, exit status 2', () => {
    const r = run(work, 'compose', 'missing.txt', '-o', 'out/missing.pdf');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^banmian: missing\.txt: /)]);
    expect(existsSync(join(work, 'out', 'missing.pdf'))).toBe(false);
  });

  test('a client killed with kill -9 in the middle of its compose leaves the daemon serving the next one', async () => {
    const victim = spawn(process.execPath, [BIN, 'compose', ...COPY, '-o', 'out/victim.pdf'], { cwd: work, env, stdio: 'ignore' });
    // Killed about when its request is out (a client starts in ~150 ms; the daemon composes for longer).
    await new Promise((wait) => setTimeout(wait, 250));
    victim.kill('SIGKILL');
    await exited(victim);
    const next = run(work, 'compose', 'tiny-stories.txt', '-o', 'out/next.pdf', '--timings');
    expect(next.stderr).toMatch(VIA);
    expect(next.stderr).toMatch(/pages → out\/next\.pdf/);
    expect(daemon.exitCode).toBeNull();
  }, 30_000);

  test('refuses a request without its token, and a second daemon', async () => {
    const { port } = DaemonFile.parse(JSON.parse(readFileSync(env.BANMIAN_DAEMON_FILE, 'utf8')));
    const res = await fetch(`http://127.0.0.1:${port}/compose`, { method: 'POST', body: JSON.stringify({ cwd: work, inputs: ['x.txt'], opts: {} }) });
    expect(res.status).toBe(403);
    const second = spawnSync(process.execPath, [BIN, 'daemon'], { encoding: 'utf8', env });
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`already running \\(pid ${daemon.pid}`));
  });
});

describe('compose without a daemon to answer', () => {
  test('a daemon file naming a live process that does not listen: composes here, and says so', () => {
    const file = join(dir, 'deaf.json');
    writeFileSync(file, JSON.stringify({ ...DaemonFile.parse(JSON.parse(readFileSync(env.BANMIAN_DAEMON_FILE, 'utf8'))), pid: process.pid, port: 9 }));
    const r = spawnSync(process.execPath, [BIN, 'compose', 'tiny-stories.txt', '-o', 'out/deaf.pdf'], { encoding: 'utf8', cwd: work, env: { ...env, BANMIAN_DAEMON_FILE: file } });
    expect(r.stderr).toMatch(/did not answer .*composing in this process/);
    expect(r.stderr).toMatch(/pages → out\/deaf\.pdf/);
    expect(existsSync(join(work, 'out', 'deaf.pdf'))).toBe(true);
  }, 30_000);

  test('a daemon killed with kill -9 leaves its file; compose still composes, in its own process', async () => {
    daemon.kill('SIGKILL');
    await exited(daemon);
    expect(existsSync(env.BANMIAN_DAEMON_FILE)).toBe(true);
    const r = run(work, 'compose', 'tiny-stories.txt', '-o', 'out/after-kill.pdf', '--timings');
    expect(r.stderr).not.toMatch(VIA);
    expect(r.stderr).not.toMatch(/did not answer/);
    expect(r.stderr).toMatch(/pages → out\/after-kill\.pdf/);
    expect([0, 1]).toContain(r.status);
  }, 30_000);
});
