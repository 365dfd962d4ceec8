/**
 * Headless Chromium for the app's end-to-end tests, driven by playwright-core. The browser is the
 * system's (never downloaded by Playwright): BANMIAN_CHROMIUM names it, or it is looked for
 * where Chromium and Chrome install themselves.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { PageView } from '../../src-main/api/api-types.js';
import { callApi } from './serve.js';

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: [
    join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
  ],
};

export function findChromium(): string {
  const named = process.env.BANMIAN_CHROMIUM;
  if (named) return named;
  const found = (CANDIDATES[process.platform] ?? []).find((p) => existsSync(p));
  if (!found) throw new Error('The app tests need Chromium: install it (Debian: apt-get install chromium) or set BANMIAN_CHROMIUM to its executable');
  return found;
}

export interface TestBrowser {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1600, height: 1000 }): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'banmian-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport,
    deviceScaleFactor: 1,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    page,
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
    },
  };
}

/** The middle of an element on screen. */
export async function center(locator: Locator): Promise<{ x: number; y: number }> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Page points → screen pixels, from where the page canvas is and how large it is drawn. */
export async function toScreen(page: Page, serverUrl: string, x: number, y: number): Promise<{ x: number; y: number }> {
  const canvas = page.locator('canvas.page-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the page is not on screen');
  const view = await callApi<PageView>(serverUrl, 'getPage', { page: Number(await canvas.getAttribute('data-page')) });
  const zoom = box.width / view.layout.width;
  return { x: box.x + x * zoom, y: box.y + y * zoom };
}
