/** Turns a zod failure into the one-line message the user sees: which field, what is wrong. */
import type { z } from 'zod';
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
  const issue = result.error.issues[0];
  if (!issue) throw new InputError(file, 'does not match the expected format');
  throw new InputError(file, `${fieldPath(issue.path)}: ${issue.message}`);
}
