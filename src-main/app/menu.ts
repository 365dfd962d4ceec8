/** The application menu (Chinese): 文件, 编辑, 视图. Edits are carried out by the window, so keys and menu do the same. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../api/api-types.js';

export interface MenuActions {
  open(): void;
  importArticles(): void;
  exportPdf(preset: 'plant' | 'proof'): void;
  exportProof(): void;
  send(command: MenuCommand): void;
}

export function buildMenu(actions: MenuActions): Menu {
  // The window handles these keys itself; the menu only shows them.
  const shown = (accelerator: string): Pick<MenuItemConstructorOptions, 'accelerator' | 'registerAccelerator'> => ({ accelerator, registerAccelerator: false });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '文件',
      submenu: [
        { label: '打开报纸…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
        { label: '导入稿件…', accelerator: 'CmdOrCtrl+I', click: () => actions.importArticles() },
        { type: 'separator' },
        { label: '保存', ...shown('CmdOrCtrl+S'), click: () => actions.send('save') },
        { type: 'separator' },
        { label: '导出印厂PDF…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportPdf('plant') },
        { label: '导出校样PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportPdf('proof') },
        { label: '导出带校对标记的校样PDF…', click: () => actions.exportProof() },
        { type: 'separator' },
        { role: process.platform === 'darwin' ? 'close' : 'quit', label: process.platform === 'darwin' ? '关闭窗口' : '退出' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', ...shown('CmdOrCtrl+Z'), click: () => actions.send('undo') },
        { label: '重做', ...shown('CmdOrCtrl+Shift+Z'), click: () => actions.send('redo') },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [{ role: 'togglefullscreen', label: '全屏' }, { role: 'toggleDevTools', label: '开发者工具' }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
