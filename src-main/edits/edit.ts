/**
 * What an edit command gives: the document as it is after the change, with a label for the undo
 * list (Chinese), or a sentence saying why not. Commands are pure functions of the document and
 * the request; the session records, composes and saves what they return.
 */
import type { Issue } from '../model/issue.js';
import type { ProofMark } from '../proof/proof-marks.js';

/** What the app keeps in memory and on disk: the issue and its proof marks. */
export interface Snapshot {
  issue: Issue;
  marks: readonly ProofMark[];
}

export type Refusal = { problem: string };

/** A change to the issue alone; an edit that changes nothing gives the issue itself. */
export type IssueEdit = { issue: Issue; label: string } | Refusal;

/** A change to the issue, the marks or both. `key`: steps with one key close together in time are one undo step. */
export type SnapshotEdit = { snapshot: Snapshot; label: string; key?: string } | Refusal;
