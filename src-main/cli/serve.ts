/** `banmian serve ISSUE`: the app in a browser, the document session in a worker thread. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/errors.js';
import { projectRoot } from '../model/project-root.js';
import { ApiError } from '../api/dispatch.js';
import { startAppServer } from '../transport/http-server.js';
import { SessionHost } from '../transport/session-host.js';

export interface ServeOptions {
  port?: string;
}

/** The built renderer (npm run build). */
export const rendererDir = (): string => join(projectRoot(), 'dist', 'renderer');

export async function serveCommand(file: string, opts: ServeOptions): Promise<void> {
  const port = opts.port === undefined ? 0 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError('--port', `"${opts.port}" is not a port number (0–65535)`);
  const staticDir = rendererDir();
  if (!existsSync(join(staticDir, 'index.html'))) throw new InputError(staticDir, 'the app is not built; run `npm run build`');
  let host: SessionHost;
  try {
    host = await SessionHost.start(file, { app: 'banmian serve' });
  } catch (err) {
    if (err instanceof ApiError) throw new InputError(file, err.message.replace(`${file}：`, ''));
    throw err;
  }
  // The session's worker would keep the process alive after a failed start (a port in use).
  const server = await startAppServer(host.json, { port, staticDir }).catch(async (err: unknown) => {
    await host.close();
    throw err;
  });
  process.stdout.write(`${server.url}\n`);
  const stop = async (): Promise<void> => {
    await server.close();
    await host.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
