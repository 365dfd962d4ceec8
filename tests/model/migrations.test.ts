/** The migration mechanism, on a made-up format with two real steps. */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { migrate, newestVersion, parseVersioned, type FileFormat, type JsonObject } from '../../src-main/model/migrations.js';

// v1 kept a note as one `text`; v2 splits it into `lines`; v3 adds a `pinned` flag, off for old notes.
const NOTES: FileFormat = {
  format: 'banmian-notes',
  noun: 'notes',
  nounZh: '便条',
  migrations: [({ text, ...rest }) => ({ ...rest, lines: String(text).split('\n') }), (v2) => ({ ...v2, pinned: false })],
};
const NotesSchema = z.strictObject({
  format: z.literal('banmian-notes'),
  version: z.literal(3),
  title: z.string().min(1),
  lines: z.array(z.string()),
  pinned: z.boolean(),
});

const problem = (format: FileFormat, data: unknown): string => {
  try {
    migrate(format, data, 'day.notes.json');
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('migrated without a problem');
};

describe('migrate', () => {
  test('the newest version is one past the last step', () => {
    expect(newestVersion(NOTES)).toBe(3);
  });

  test('a version 1 file goes through every step, in order, and ends at the newest version', () => {
    const v1: JsonObject = { format: 'banmian-notes', version: 1, title: '夜班', text: '头版\n二版' };
    expect(parseVersioned(NOTES, NotesSchema, v1, 'day.notes.json')).toEqual({
      format: 'banmian-notes', version: 3, title: '夜班', lines: ['头版', '二版'], pinned: false,
    });
    expect(v1).toEqual({ format: 'banmian-notes', version: 1, title: '夜班', text: '头版\n二版' });
  });

  test('a version 2 file goes through the later steps only', () => {
    const v2 = { format: 'banmian-notes', version: 2, title: '夜班', lines: ['头版'] };
    expect(migrate(NOTES, v2, 'day.notes.json')).toEqual({ ...v2, version: 3, pinned: false });
  });

  test('a file of the newest version comes back as it is', () => {
    const v3 = { format: 'banmian-notes', version: 3, title: '夜班', lines: [], pinned: true };
    expect(migrate(NOTES, v3, 'day.notes.json')).toBe(v3);
  });

  test('a file from a newer build is refused, naming the file, its version and the newest this build reads', () => {
    expect(problem(NOTES, { format: 'banmian-notes', version: 4 })).toBe(
      'day.notes.json: was written by a newer Banmian (notes format version 4; this build reads up to version 3)',
    );
  });

  test('a missing version is refused where the format always had one, and is version 1 where it did not', () => {
    expect(problem(NOTES, { format: 'banmian-notes', title: '夜班', text: '头版' })).toBe(
      'day.notes.json: version: missing (this build reads notes files of format versions 1 to 3)',
    );
    const old = migrate({ ...NOTES, unversionedIsV1: true }, { format: 'banmian-notes', title: '夜班', text: '头版' }, 'day.notes.json');
    expect(old).toEqual({ format: 'banmian-notes', version: 3, title: '夜班', lines: ['头版'], pinned: false });
  });

  test.each([['"2"', '2'], ['0', 0], ['1.5', 1.5], ['null', null]])('a version of %s is refused, naming the field', (shown, version) => {
    expect(problem(NOTES, { format: 'banmian-notes', version })).toBe(`day.notes.json: version: ${shown} is not a format version (a whole number from 1)`);
  });

  test('something else than a file of the format is refused', () => {
    expect(problem(NOTES, [])).toBe('day.notes.json: is not a Banmian notes file (expected a JSON object)');
    expect(problem(NOTES, { version: 1 })).toBe('day.notes.json: is not a Banmian notes file (format should be "banmian-notes", no format field)');
    expect(problem(NOTES, { format: 'banmian-issue', version: 1 })).toBe(
      'day.notes.json: is not a Banmian notes file (format should be "banmian-notes", found "banmian-issue")',
    );
  });

  test('a damaged old file still gives one line naming the file and the field', () => {
    const damaged = { format: 'banmian-notes', version: 1, title: '', text: '头版' };
    expect(() => parseVersioned(NOTES, NotesSchema, damaged, 'day.notes.json')).toThrow(/^day\.notes\.json: title: [^\n]+$/);
  });
});
