/** The sidecar files' formats: autosave version 1 (no version field) migrates to version 2; proof marks are version 1. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../src-main/model/project-root.js';
import { autosavePath, proofPath, readAutosave, readProofMarks, writeAutosave } from '../../src-main/session/sidecar-files.js';

const AUTOSAVE_V1 = join(projectRoot(), 'tests', 'fixtures', 'formats', 'autosave-v1.json');
/** Only its sidecars are read: the issue file itself need not exist. */
const issueFile = (): string => join(mkdtempSync(join(tmpdir(), 'banmian-sidecar-')), 'day.banmian.json');
/** The parts of an autosave the tests change. */
interface AutosaveJson {
  [field: string]: unknown;
  issue: { articles: { headline?: string }[] };
  marks: { anchor: object }[];
}
const autosaveV1 = (): AutosaveJson => JSON.parse(readFileSync(AUTOSAVE_V1, 'utf8')) as AutosaveJson;

function writeAutosaveJson(data: unknown): string {
  const file = issueFile();
  writeFileSync(autosavePath(file), JSON.stringify(data));
  return file;
}

describe('autosave format', () => {
  test('a version 1 autosave, from before autosaves said their version, is read as version 2 is', () => {
    const file = issueFile();
    copyFileSync(AUTOSAVE_V1, autosavePath(file));
    const found = readAutosave(file);
    expect(found?.savedAt).toBe('2026-11-26T09:30:00.000Z');
    expect(found?.issue.articles[0]).toMatchObject({ id: 'metro', headline: '地铁5号线今日开通', images: [] });
    expect(found?.marks).toEqual(autosaveV1().marks);

    // Written again, it says its version and reads back the same.
    const again = issueFile();
    writeAutosave(again, { issue: found!.issue, marks: found!.marks }, new Date(found!.savedAt));
    expect(JSON.parse(readFileSync(autosavePath(again), 'utf8'))).toMatchObject({ format: 'banmian-autosave', version: 2 });
    expect(readAutosave(again)).toEqual(found);
  });

  test('an autosave from a newer Banmian is refused with the versions', () => {
    const file = writeAutosaveJson({ ...autosaveV1(), version: 3 });
    expect(() => readAutosave(file)).toThrow(/day\.banmian\.autosave\.json: was written by a newer Banmian \(autosave format version 3; this build reads up to version 2\)$/);
  });

  test.each<[string, (data: AutosaveJson) => unknown, RegExp]>([
    ['its issue', (a) => delete a.issue.articles[0]!.headline, /day\.banmian\.autosave\.json: issue: articles\[0\]\.headline: /],
    ['a mark', (a) => (a.marks[0]!.anchor = {}), /day\.banmian\.autosave\.json: marks\[0\]\.anchor\.article: /],
    ['its date', (a) => (a.savedAt = 'yesterday'), /day\.banmian\.autosave\.json: savedAt: /],
  ])('damage to %s gives one line naming the file and the field', (_, damage, message) => {
    const data = autosaveV1();
    damage(data);
    const file = writeAutosaveJson(data);
    expect(() => readAutosave(file)).toThrow(message);
    expect(() => readAutosave(file)).not.toThrow(/\n/);
  });
});

describe('proof marks format', () => {
  const proofProblem = (data: object): string => {
    const file = issueFile();
    writeFileSync(proofPath(file), JSON.stringify({ format: 'banmian-proof', issue: 'day.banmian.json', marks: [], ...data }));
    try {
      readProofMarks(file);
    } catch (err) {
      return (err as Error).message.slice(file.length - 'day.banmian.json'.length);
    }
    throw new Error('read without a problem');
  };

  test('a proof marks file from a newer Banmian, or without its version, is refused', () => {
    expect(proofProblem({ version: 2 })).toBe('day.banmian.proof.json: was written by a newer Banmian (proof-marks format version 2; this build reads up to version 1)');
    expect(proofProblem({})).toBe('day.banmian.proof.json: version: missing (this build reads proof-marks files of format version 1)');
  });
});
