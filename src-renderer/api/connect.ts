/**
 * The renderer's one way to src-main: the typed API, carried by the Electron preload bridge when
 * there is one, and by fetch to `banmian serve` in an ordinary browser.
 */
import type { ApiMethod, ApiReply, BanmianApi, BanmianBridge } from '../../src-main/api/api-types.js';

declare global {
  interface Window {
    banmian?: BanmianBridge;
  }
}

/** The secret `banmian serve` made at its start, handed over in the address's fragment (#token=…). */
const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
/**
 * This window, new at each load: of the windows open on one `banmian serve`, one writes and the
 * others read (a reload is a new window; the old one says it leaves).
 */
const windowId = crypto.randomUUID();

async function overHttp(method: ApiMethod, params: unknown, keepalive = false): Promise<ApiReply<ApiMethod>> {
  let res: Response;
  try {
    const headers = { 'Content-Type': 'application/json', 'X-Banmian-Token': token, 'X-Banmian-Window': windowId };
    res = await fetch(`api/${method}`, { method: 'POST', headers, body: JSON.stringify(params ?? {}), keepalive });
  } catch {
    return { ok: false, error: '连接不上版面服务（banmian serve 是否还在运行？）' };
  }
  return (await res.json()) as ApiReply<ApiMethod>;
}

export function connect(): BanmianApi {
  const bridge = window.banmian;
  const send = bridge ? bridge.invoke.bind(bridge) : overHttp;
  // The desktop app has one window per process; in a browser, closing or reloading hands the pen on.
  if (!bridge) window.addEventListener('pagehide', () => void overHttp('leave', {}, true));
  return new Proxy({} as BanmianApi, {
    get: (_, method: string) => async (params: unknown) => {
      const reply = await send(method as ApiMethod, params);
      if (!reply.ok) throw new Error(reply.error);
      return reply.result;
    },
  });
}
