/**
 * Versioned file formats. A file says its `format` and `version`; each format lists its
 * up-migrations in order, step N turning a version N file into version N+1. They run on the plain
 * JSON before the zod schema parses it, so a schema only ever describes the newest version (and
 * its messages name the newest version's fields, even for an old file).
 */
import type { z } from 'zod';
import { InputError } from './errors.js';
import { parseWith } from './validate.js';

export type JsonObject = Record<string, unknown>;

/** One step up, vN → vN+1: a pure function on the JSON of a vN file. `migrate` sets `version`. */
export type Migration = (data: JsonObject) => JsonObject;

export interface FileFormat {
  /** The value of the file's `format` field. */
  readonly format: string;
  /** What the file is, in messages: "issue" for "is not a Banmian issue file". */
  readonly noun: string;
  /** The same in Chinese (版面模板, 报纸, …). */
  readonly nounZh: string;
  /** `migrations[0]` turns version 1 into 2, and so on: the newest version is one past the last. */
  readonly migrations: readonly Migration[];
  /**
   * Files of this format were written before they said their version: one without a `version`
   * field is version 1. Otherwise the field is required.
   */
  readonly unversionedIsV1?: boolean;
}

/** The step to the first version that says its version: the shape is unchanged. */
export const versionFieldAdded: Migration = (data) => data;

/** The version this build writes, and the newest it reads. */
export const newestVersion = (f: FileFormat): number => f.migrations.length + 1;

/** Checks `data` is a file of format `f` and brings it up to the newest version. */
export function migrate(f: FileFormat, data: unknown, file: string): JsonObject {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(file, `is not a Banmian ${f.noun} file (expected a JSON object)`, `不是版面的${f.nounZh}文件（应是一个 JSON 对象）`);
  }
  const json = data as JsonObject;
  if (json.format !== f.format) {
    const found = json.format === undefined ? 'no format field' : `found ${JSON.stringify(json.format)}`;
    throw new InputError(file, `is not a Banmian ${f.noun} file (format should be "${f.format}", ${found})`, `不是版面的${f.nounZh}文件（format 应为 "${f.format}"，${json.format === undefined ? '文件里没有 format' : `实际为 ${JSON.stringify(json.format)}`}）`);
  }
  const from = versionOf(f, json.version, file);
  return f.migrations.slice(from - 1).reduce<JsonObject>((older, up, i) => ({ ...up(older), version: from + i + 1 }), json);
}

/** Migrates `data` (see `migrate`), then parses it with the schema of the newest version. */
export function parseVersioned<S extends z.ZodType>(f: FileFormat, schema: S, data: unknown, file: string): z.output<S> {
  return parseWith(schema, migrate(f, data, file), file);
}

function versionOf(f: FileFormat, version: unknown, file: string): number {
  const newest = newestVersion(f);
  if (version === undefined) {
    if (f.unversionedIsV1) return 1;
    const versions = newest === 1 ? 'version 1' : `versions 1 to ${newest}`;
    throw new InputError(file, `version: missing (this build reads ${f.noun} files of format ${versions})`, `缺少 version（这个版本的版面读第 1${newest === 1 ? '' : `–${newest}`} 版格式的${f.nounZh}文件）`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InputError(file, `version: ${JSON.stringify(version)} is not a format version (a whole number from 1)`, `version ${JSON.stringify(version)} 不是格式版本号（应为从 1 起的整数）`);
  }
  if (version > newest) {
    throw new InputError(file, `was written by a newer Banmian (${f.noun} format version ${version}; this build reads up to version ${newest})`, `是新版版面写的（${f.nounZh}格式第 ${version} 版；这个版本最多读到第 ${newest} 版），请升级`);
  }
  return version;
}
