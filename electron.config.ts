/**
 * Packaging of the desktop app with electron-builder (`npm run dist`). The app's main process
 * lives in src-main/app, the React UI in src-renderer; both are built into dist/ first.
 * electron-builder fetches the Electron zip from the network, so packaging runs on a machine
 * with access to it (or with -c.electronDist pointing at an unpacked Electron).
 */
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'cn.banmian.app',
  productName: 'Banmian 版面',
  copyright: 'Banmian',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**/*', 'fonts/**/*', 'templates/**/*', 'package.json', '!dist/tests/**'],
  asarUnpack: ['fonts/**/*'],
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
  win: { target: ['nsis'] },
  linux: { target: ['AppImage', 'deb'], category: 'Office' },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
};

export default config;
