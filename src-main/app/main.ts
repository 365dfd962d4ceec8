/**
 * The desktop app's main process: one window showing the renderer (dist/renderer) from a
 * privileged app:// origin with a strict CSP, the document session in a worker thread
 * (SessionHost), the typed API over IPC with every request parsed at this boundary, the menu,
 * dialogs for opening, importing and exporting, and a question before unsaved work is closed.
 * `electron . [ISSUE.banmian.json]`; without an issue, a copy of the sample issue opens.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol } from 'electron';
import { projectRoot } from '../model/project-root.js';
import { errorSummary } from '../model/diagnostic-text.js';
import type { Caller, CommandResult, MenuCommand } from '../api/api-types.js';
import { CONTENT_SECURITY_POLICY } from '../transport/csp.js';
import { dispatch, errorMessage } from '../api/dispatch.js';
import { SessionHost } from '../transport/session-host.js';
import { markedProofName } from '../session/sidecar-files.js';
import { API_CHANNEL, APP_ORIGIN, MENU_CHANNEL } from './channels.js';
import { buildMenu } from './menu.js';

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const root = projectRoot();
const rendererDir = join(root, 'dist', 'renderer');
let host: SessionHost | undefined;
let win: BrowserWindow | undefined;
let quitting = false;
/** The issue being opened: API calls wait for it, so the window may load first. */
let opening: Promise<void> = Promise.resolve();

const send = (command: MenuCommand): void => win?.webContents.send(MENU_CHANNEL, command);
/** The one window of this process, on whose behalf the menu and dialogs call the session too. */
const WINDOW: Caller = { window: 'desktop' };

/** The issue named on the command line, or a copy of the sample in the user's data folder. */
function firstIssue(): string {
  const named = process.argv.slice(1).find((a) => a.endsWith('.json') && existsSync(a));
  if (named) return named;
  const dir = join(app.getPath('userData'), 'sample-issue');
  if (!existsSync(join(dir, 'sample.banmian.json'))) cpSync(join(root, 'templates', 'sample-issue'), dir, { recursive: true });
  return join(dir, 'sample.banmian.json');
}

function openIssue(file: string): Promise<void> {
  opening = opening.then(() => startSession(file));
  return opening;
}

async function startSession(file: string): Promise<void> {
  try {
    const next = await SessionHost.start(file, { app: '版面' });
    const old = host;
    host = next;
    await old?.close();
    send('reload');
  } catch (err) {
    dialog.showErrorBox('打不开这期报纸', errorMessage(err));
  }
}

async function askToSave(): Promise<boolean> {
  if (!host || !win) return true;
  const state = await host.api.getState({}, WINDOW);
  if (!state.dirty) return true;
  const { response } = await dialog.showMessageBox(win, { type: 'question', buttons: ['保存', '不保存', '取消'], defaultId: 0, cancelId: 2, message: `“${state.fileName}”有未保存的修改。`, detail: '未保存的修改已自动保存，下次打开时可以恢复。' });
  if (response === 2) return false;
  if (response === 0) await host.api.save({}, WINDOW);
  return true;
}

function createWindow(): BrowserWindow {
  const w = new BrowserWindow({
    width: 1600,
    height: 1000,
    minWidth: 1000,
    minHeight: 640,
    backgroundColor: '#5d6168',
    webPreferences: {
      preload: join(root, 'dist', 'app', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  w.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  w.webContents.on('will-navigate', (event) => event.preventDefault());
  w.on('close', (event) => {
    if (quitting) return;
    event.preventDefault();
    void askToSave().then(async (go) => {
      if (!go) return;
      quitting = true;
      await host?.close();
      w.destroy();
    });
  });
  void w.loadURL(`${APP_ORIGIN}/index.html`);
  return w;
}

function menuActions(): Parameters<typeof buildMenu>[0] {
  return {
    send,
    open: async () => {
      if (!win || !(await askToSave())) return;
      const r = await dialog.showOpenDialog(win, { title: '打开报纸', filters: [{ name: '版面文件', extensions: ['json'] }], properties: ['openFile'] });
      if (r.filePaths[0]) await openIssue(r.filePaths[0]);
    },
    importArticles: async () => {
      if (!win || !host) return;
      const r = await dialog.showOpenDialog(win, { title: '导入稿件', filters: [{ name: '稿件', extensions: ['txt', 'md', 'markdown', 'docx'] }], properties: ['openFile', 'multiSelections'] });
      if (r.filePaths.length === 0) return;
      const files = r.filePaths.map((f) => ({ name: basename(f), data: readFileSync(f).toString('base64') }));
      try {
        const result = (await dispatch(host.api, 'importArticles', { files }, WINDOW)) as CommandResult;
        if (!result.ok) dialog.showErrorBox('导入失败', result.message);
      } catch (err) {
        dialog.showErrorBox('导入失败', errorMessage(err));
      }
      send('changed');
    },
    exportPdf: async (preset) => {
      if (!win || !host) return;
      const state = await host.api.getState({}, WINDOW);
      const errors = errorSummary(state.diagnostics);
      if (errors) {
        const asked = await dialog.showMessageBox(win, { type: 'warning', message: '版面上还有错误，仍要导出吗？', detail: `${errors}。可在“检查”里逐条查看。`, buttons: ['仍然导出', '取消'], defaultId: 1, cancelId: 1 });
        if (asked.response !== 0) return;
      }
      const r = await dialog.showSaveDialog(win, { title: preset === 'plant' ? '导出印厂PDF' : '导出校样PDF', defaultPath: `${basename(state.fileName, extname(state.fileName)).replace(/\.banmian$/, '')}-${preset}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (!r.filePath) return;
      try {
        const out = await host.exportTo(preset, r.filePath);
        await dialog.showMessageBox(win, { type: out.findings.length ? 'warning' : 'info', message: `已导出 ${basename(out.file)}`, detail: out.findings.map((f) => `${f.page ? `第${f.page}版 ` : ''}${f.text}`).join('\n') || '没有发现问题。' });
      } catch (err) {
        dialog.showErrorBox('导出失败', errorMessage(err));
      }
    },
    exportProof: async () => {
      if (!win || !host) return;
      const state = await host.api.getState({}, WINDOW);
      const r = await dialog.showSaveDialog(win, { title: '导出带校对标记的校样PDF', defaultPath: markedProofName(state.fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (!r.filePath) return;
      try {
        const out = await host.exportProofTo(false, r.filePath);
        await dialog.showMessageBox(win, { type: 'info', message: `已导出 ${basename(out.file)}`, detail: `${out.marks} 条校对标记${out.offPage ? `，其中 ${out.offPage} 条不在版面上` : ''}。` });
      } catch (err) {
        dialog.showErrorBox('导出失败', errorMessage(err));
      }
    },
  };
}

ipcMain.handle(API_CHANNEL, async (event, method: unknown, params: unknown) => {
  if (!event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`)) return { ok: false, error: 'not the app window' };
  await opening;
  if (!host) return { ok: false, error: '没有打开的报纸' };
  try {
    return { ok: true, result: await dispatch(host.api, String(method), params, WINDOW) };
  } catch (err) {
    return { ok: false, error: errorMessage(err) };
  }
});

app.on('window-all-closed', () => app.quit());

await app.whenReady();
protocol.handle('app', async (request) => {
  const path = decodeURIComponent(new URL(request.url).pathname);
  const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path));
  if (!file.startsWith(normalize(rendererDir) + sep)) return new Response('not found', { status: 404 });
  const res = await net.fetch(pathToFileURL(file).toString());
  const headers = new Headers(res.headers);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  return new Response(res.body, { status: res.status, headers });
});
Menu.setApplicationMenu(buildMenu(menuActions()));
void openIssue(firstIssue());
win = createWindow();
