/**
 * The preload script of the app's window (sandboxed, bundled to dist/app/preload.cjs): the one
 * typed API on `window.banmian`, carried over IPC, and the menu's commands.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BanmianBridge, MenuCommand } from '../api/api-types.js';
import { API_CHANNEL, MENU_CHANNEL } from './channels.js';

const bridge: BanmianBridge = {
  invoke: (method, params) => ipcRenderer.invoke(API_CHANNEL, method, params),
  onMenu: (listener) => {
    const handler = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => {
      ipcRenderer.off(MENU_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('banmian', bridge);
