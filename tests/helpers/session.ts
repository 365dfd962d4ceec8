/** Document sessions for the service tests: each on a fresh copy of the sample, closed after the test. */
import { afterEach } from 'vitest';
import type { CommandResult } from '../../src-main/api/api-types.js';
import { DocumentSession, type SessionOptions } from '../../src-main/session/document-session.js';
import { copySample } from './serve.js';

const open: DocumentSession[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

export function session(file = copySample(), opts: SessionOptions = {}): DocumentSession {
  const s = DocumentSession.open(file, opts);
  open.push(s);
  return s;
}

/** The result of a command that must succeed. */
export const ok = (r: CommandResult): CommandResult & { ok: true } => {
  if (!r.ok) throw new Error(`refused: ${r.message}`);
  return r;
};

/** The message of a command that must be refused. */
export const refused = (r: CommandResult): string => {
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
};
