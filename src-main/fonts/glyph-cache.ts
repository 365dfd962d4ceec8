/**
 * Measured glyphs kept between runs, one file per font file (keyed by its path, size and
 * modification time). Shaping punctuation and Latin words with fontkit costs its lookup tables'
 * parsing on first use in every process; with the cache, a newsroom machine shapes only what it
 * has never seen. A cache that cannot be read or written is simply not used.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../model/json-file.js';
import { projectRoot } from '../model/project-root.js';
import type { FaceGlyph } from './font-face.js';

/** Bump when what is measured changes, so old caches are ignored. */
const VERSION = 1;

type Entries = Map<string, FaceGlyph[] | null>;

const dirty = new Map<string, Entries>();
let hooked = false;

function cacheDir(): string {
  if (process.env.BANMIAN_CACHE_DIR) return process.env.BANMIAN_CACHE_DIR;
  const modules = join(projectRoot(), 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'banmian') : join(tmpdir(), 'banmian-cache');
}

function cacheFile(fontPath: string): string {
  const st = statSync(fontPath);
  const id = createHash('sha1').update(`${VERSION}\0${fontPath}\0${st.size}\0${st.mtimeMs}`).digest('hex').slice(0, 16);
  return join(cacheDir(), `glyphs-${id}.json`);
}

/** The cached glyphs of a font file (empty when there is no usable cache). */
export function loadGlyphCache(fontPath: string): Entries {
  try {
    const file = cacheFile(fontPath);
    if (!existsSync(file)) return new Map();
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, FaceGlyph[] | null>));
  } catch {
    return new Map();
  }
}

/** Marks a font's cache as changed; changed caches are written when the process exits. */
export function touchGlyphCache(fontPath: string, entries: Entries): void {
  dirty.set(fontPath, entries);
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    for (const [path, map] of dirty) {
      try {
        writeFileAtomic(cacheFile(path), JSON.stringify(Object.fromEntries(map)));
      } catch {
        // An unwritable cache only costs time on the next run.
      }
    }
  });
}
