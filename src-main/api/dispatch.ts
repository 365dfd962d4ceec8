/** Calls an API method by name with a request from outside: the method checked, the request parsed. */
import { InputError } from '../model/errors.js';
import type { ApiResults, Caller } from './api-types.js';
import { isApiMethod, parseRequest, type ApiMethod, type ApiRequest } from './requests.js';

/**
 * Anything that serves the API's methods on parsed requests: the session, or the worker that
 * holds it. `caller` names the window a request comes from; a script names none.
 */
export type ApiHandler = { [M in ApiMethod]: (request: ApiRequest<M>, caller?: Caller) => Promise<ApiResults[M]> };

/** A window id as a transport carries it (a header, an IPC argument): short and plain, or refused. */
export function callerOf(window: unknown): Caller {
  if (typeof window !== 'string' || !/^[\w-]{1,100}$/.test(window)) throw new InputError('window', 'a request must name its window (a short id)', '请求须带上窗口编号');
  return { window };
}

/** The method named and its request parsed, or one line saying which is wrong. */
function parsedCall(method: string, params: unknown): { method: ApiMethod; request: ApiRequest<ApiMethod> } {
  if (!isApiMethod(method)) throw new InputError(method, 'is not a method of the Banmian API', '不是版面接口的方法');
  return { method, request: parseRequest(method, params) };
}

export async function dispatch(handler: ApiHandler, method: string, params: unknown, caller?: Caller): Promise<unknown> {
  const call = parsedCall(method, params);
  return (handler[call.method] as (r: typeof call.request, c?: Caller) => Promise<unknown>)(call.request, caller);
}

/** The API answered as JSON text: the session worker writes each result once, and a server sends it on as it is. */
export type JsonApiHandler = (method: ApiMethod, request: unknown, caller?: Caller) => Promise<string>;

/** As `dispatch`, for a handler that answers in JSON text. */
export async function dispatchJson(handler: JsonApiHandler, method: string, params: unknown, caller?: Caller): Promise<string> {
  const call = parsedCall(method, params);
  return handler(call.method, call.request, caller);
}

/** What the user sees of a fault of ours; the log has the rest. */
export const INTERNAL_ERROR = '内部错误（详情见日志），请把操作步骤和文件报告给技术支持';

/** A failure already worded for the user, passed on from the session worker. */
export class ApiError extends Error {
  override name = 'ApiError';
}

/** The one line a caller sees for a failed call; anything but a user's mistake is logged in full. */
export function errorMessage(err: unknown): string {
  if (err instanceof InputError) return err.inChinese;
  if (err instanceof ApiError) return err.message;
  console.error(err);
  return INTERNAL_ERROR;
}
