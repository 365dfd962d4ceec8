/** Turns a zod failure into the one-line message the user sees: which field, what is wrong. */
import { z } from 'zod';
import { InputError } from './errors.js';

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

/** Parses `data` with `schema`, or throws an InputError naming `file` and the first bad field. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw firstProblem(schema, data, file, result.error);
}

/** zod's messages in Chinese, for the app's line (made once, when first needed). */
let zhMessages: z.core.$ZodErrorMap | undefined;

/** The first bad field of a failed parse, in English and (parsed again in Chinese) in Chinese. */
export function firstProblem(schema: z.ZodType, data: unknown, file: string, error: z.ZodError): InputError {
  const issue = error.issues[0];
  if (!issue) return new InputError(file, 'does not match the expected format', '格式不对');
  zhMessages ??= z.locales.zhCN().localeError;
  const zh = schema.safeParse(data, { error: zhMessages }).error?.issues[0];
  return new InputError(file, `${fieldPath(issue.path)}: ${issue.message}`, `${fieldPath(issue.path)}：${zh?.message ?? issue.message}`);
}
