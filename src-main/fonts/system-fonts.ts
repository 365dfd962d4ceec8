/**
 * Font files of the operating system, found by file name: where a rare character (生僻字) is
 * looked for once the newsroom's own fonts lack it. SimSun-ExtB on Windows, Hanazono or
 * BabelStone Han on Linux. The folders are the platform's standard font folders, as the
 * `get-system-fonts` package lists them; that package only answers asynchronously and walks
 * every folder, while a lookup here happens inside synchronous shaping, on the first character
 * that is missing, and wants a handful of names. `BANMIAN_SYSTEM_FONTS` (folders separated by
 * the platform's path delimiter) replaces the standard folders.
 */
import { readdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { delimiter, join } from 'node:path';

const MAX_DEPTH = 5;

/** The standard font folders of this platform, or those BANMIAN_SYSTEM_FONTS names. */
function systemFontFolders(): string[] {
  const own = process.env.BANMIAN_SYSTEM_FONTS;
  if (own !== undefined) return own.split(delimiter).filter(Boolean);
  const home = homedir();
  switch (platform()) {
    case 'win32': {
      const local = process.env.LOCALAPPDATA ?? (home ? join(home, 'AppData', 'Local') : undefined);
      return [join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'), ...(local ? [join(local, 'Microsoft', 'Windows', 'Fonts')] : [])];
    }
    case 'darwin':
      return [...(home ? [join(home, 'Library', 'Fonts')] : []), '/Library/Fonts', '/System/Library/Fonts'];
    default: {
      const data = (process.env.XDG_DATA_DIRS ?? '/usr/local/share:/usr/share').split(':').filter(Boolean);
      return [...(home ? [join(home, '.fonts'), join(home, '.local', 'share', 'fonts')] : []), ...data.map((d) => join(d, 'fonts'))];
    }
  }
}

/** The files named `names` (compared without case) under the system's font folders, in the order of `names`. */
export function findSystemFonts(names: readonly string[], folders = systemFontFolders()): string[] {
  const wanted = new Map(names.map((n, i) => [n.toLowerCase(), i]));
  const found: string[][] = names.map(() => []);
  const walk = (dir: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && depth < MAX_DEPTH) walk(join(dir, e.name), depth + 1);
      const at = e.isDirectory() ? undefined : wanted.get(e.name.toLowerCase());
      if (at !== undefined) found[at]?.push(join(dir, e.name));
    }
  };
  for (const folder of [...new Set(folders)]) walk(folder, 0);
  return [...new Set(found.flat())];
}
