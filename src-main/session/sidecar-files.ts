/**
 * The files kept next to an issue: the autosave (what the editor has not saved yet, for recovery
 * after a crash), the proof marks and, while a session writes the issue, its lock (writer-lock.ts).
 * `sample.banmian.json` → `sample.banmian.autosave.json`, `sample.banmian.proof.json` and
 * `sample.banmian.lock`. All are written atomically; the first two are validated when read.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import type { Snapshot } from '../edits/edit.js';
import { InputError } from '../model/errors.js';
import { readJson, writeFileAtomic } from '../model/json-file.js';
import type { Issue } from '../model/issue.js';
import { parseIssue } from '../model/load-issue.js';
import { newestVersion, parseVersioned, versionFieldAdded, type FileFormat } from '../model/migrations.js';
import { PROOF_FILE, PROOF_FORMAT, PROOF_VERSION, ProofFileSchema, ProofMarkSchema, type ProofMark } from '../proof/proof-marks.js';

const stem = (issueFile: string): string => issueFile.replace(/\.json$/i, '');
export const autosavePath = (issueFile: string): string => `${stem(issueFile)}.autosave.json`;
export const proofPath = (issueFile: string): string => `${stem(issueFile)}.proof.json`;
/** Held while a session writes the issue (writer-lock.ts). */
export const lockPath = (issueFile: string): string => `${stem(issueFile)}.lock`;
/** The marked proof PDF's name for an issue file's name: `sample.banmian.json` → `sample-marked-proof.pdf`. */
export const markedProofName = (issueName: string): string => `${issueName.replace(/(\.banmian)?\.json$/i, '')}-marked-proof.pdf`;

/**
 * Version 1 is the autosaves written before they said their version; version 2 says it. The issue
 * inside carries its own format and version and is migrated as an issue; the marks do not, so a
 * new proof-marks version needs a step here too.
 */
const AUTOSAVE_FILE: FileFormat = { format: 'banmian-autosave', noun: 'autosave', nounZh: '自动保存', migrations: [versionFieldAdded], unversionedIsV1: true };
const AUTOSAVE_VERSION = newestVersion(AUTOSAVE_FILE);

const AutosaveSchema = z.strictObject({
  format: z.literal(AUTOSAVE_FILE.format),
  version: z.literal(AUTOSAVE_VERSION),
  savedAt: z.iso.datetime(),
  issue: z.unknown(),
  marks: z.array(ProofMarkSchema),
});

export function writeAutosave(issueFile: string, doc: Snapshot, savedAt: Date): void {
  const data = { format: AUTOSAVE_FILE.format, version: AUTOSAVE_VERSION, savedAt: savedAt.toISOString(), issue: doc.issue, marks: doc.marks };
  writeFileAtomic(autosavePath(issueFile), `${JSON.stringify(data)}\n`);
}

/** The autosave, if there is one; throws an InputError naming the sidecar when it is damaged. */
export function readAutosave(issueFile: string): (Snapshot & { savedAt: string }) | undefined {
  const file = autosavePath(issueFile);
  if (!existsSync(file)) return undefined;
  const data = parseVersioned(AUTOSAVE_FILE, AutosaveSchema, readJson(file), file);
  return { issue: embeddedIssue(data.issue, file), marks: data.marks, savedAt: data.savedAt };
}

/** The issue inside an autosave; its problems are said to be in the autosave's `issue` field. */
function embeddedIssue(data: unknown, file: string): Issue {
  try {
    return parseIssue(data, file);
  } catch (err) {
    throw err instanceof InputError ? new InputError(file, `issue: ${err.problem}`) : err;
  }
}

export function removeAutosave(issueFile: string): void {
  rmSync(autosavePath(issueFile), { force: true });
}

export function readProofMarks(issueFile: string): ProofMark[] {
  const file = proofPath(issueFile);
  if (!existsSync(file)) return [];
  return parseVersioned(PROOF_FILE, ProofFileSchema, readJson(file), file).marks;
}

export function writeProofMarks(issueFile: string, marks: readonly ProofMark[]): void {
  const data = { format: PROOF_FORMAT, version: PROOF_VERSION, issue: basename(issueFile), marks };
  writeFileAtomic(proofPath(issueFile), `${JSON.stringify(data, null, 2)}\n`);
}
