/**
 * The files kept next to an issue: the autosave (what the editor has not saved yet, for recovery
 * after a crash) and the proof marks. `sample.banmian.json` → `sample.banmian.autosave.json`
 * and `sample.banmian.proof.json`. Both are written atomically and validated when read.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { readJson, writeFileAtomic } from '../model/json-file.js';
import type { Snapshot } from '../edits/edit.js';
import { parseIssue } from '../model/load-issue.js';
import { parseWith } from '../model/validate.js';
import { PROOF_FORMAT, PROOF_VERSION, ProofFileSchema, ProofMarkSchema, type ProofMark } from '../proof/proof-marks.js';

const stem = (issueFile: string): string => issueFile.replace(/\.json$/i, '');
export const autosavePath = (issueFile: string): string => `${stem(issueFile)}.autosave.json`;
export const proofPath = (issueFile: string): string => `${stem(issueFile)}.proof.json`;
/** The marked proof PDF's name for an issue file's name: `sample.banmian.json` → `sample-marked-proof.pdf`. */
export const markedProofName = (issueName: string): string => `${issueName.replace(/(\.banmian)?\.json$/i, '')}-marked-proof.pdf`;


const AutosaveSchema = z.strictObject({
  format: z.literal('banmian-autosave'),
  savedAt: z.iso.datetime(),
  issue: z.unknown(),
  marks: z.array(ProofMarkSchema),
});

export function writeAutosave(issueFile: string, doc: Snapshot, savedAt: Date): void {
  const data = { format: 'banmian-autosave', savedAt: savedAt.toISOString(), issue: doc.issue, marks: doc.marks };
  writeFileAtomic(autosavePath(issueFile), `${JSON.stringify(data)}\n`);
}

/** The autosave, if there is one; throws an InputError naming the sidecar when it is damaged. */
export function readAutosave(issueFile: string): (Snapshot & { savedAt: string }) | undefined {
  const file = autosavePath(issueFile);
  if (!existsSync(file)) return undefined;
  const data = parseWith(AutosaveSchema, readJson(file), file);
  return { issue: parseIssue(data.issue, file), marks: data.marks, savedAt: data.savedAt };
}

export function removeAutosave(issueFile: string): void {
  rmSync(autosavePath(issueFile), { force: true });
}

export function readProofMarks(issueFile: string): ProofMark[] {
  const file = proofPath(issueFile);
  if (!existsSync(file)) return [];
  return parseWith(ProofFileSchema, readJson(file), file).marks;
}

export function writeProofMarks(issueFile: string, marks: readonly ProofMark[]): void {
  const data = { format: PROOF_FORMAT, version: PROOF_VERSION, issue: basename(issueFile), marks };
  writeFileAtomic(proofPath(issueFile), `${JSON.stringify(data, null, 2)}\n`);
}
