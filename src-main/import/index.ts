/** Importing article files as newsrooms deliver them: plain text (any encoding), Markdown, Word. */
export { importFile } from './import-file.js';
export { importCommand, type ImportCommandOptions } from './report.js';
export type { ImportAsset, ImportNote, ImportResult, NoteKind } from './types.js';
