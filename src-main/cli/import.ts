/** The CLI hook behind `banmian import FILE --json`: the articles and notes as pretty issue JSON. */
import { join } from 'node:path';
import { writeFileAtomic } from '../model/json-file.js';
import { importFile } from '../import/import-file.js';
import type { ImportNote } from '../import/types.js';

export interface ImportCommandOptions {
  /** Where to write pictures taken out of a Word file; without it they are only listed in a note. */
  assetDir?: string;
}

export async function importCommand(file: string, options: ImportCommandOptions = {}): Promise<string> {
  const { articles, notes, assets = [] } = await importFile(file);
  const extra: ImportNote[] = [];
  if (assets.length > 0 && options.assetDir !== undefined) {
    for (const asset of assets) writeFileAtomic(join(options.assetDir, asset.name), asset.bytes);
  } else if (assets.length > 0) {
    const names = assets.map((a) => a.name).join(', ');
    extra.push({ kind: 'warning', message: `The pictures ${names} were not saved: JSON output holds text only, so the images' src names point to files that do not exist yet.` });
  }
  return JSON.stringify({ articles, notes: [...notes, ...extra] }, null, 2);
}
