/**
 * The fonts of one composition: roles → opened faces (each file opened once per process), and
 * the fallback chain for characters a role's font lacks: the manifest's fallback roles, then,
 * for a rare character none of them has, the other font files of the fonts folder and the
 * system fonts the manifest names. Those are looked for and opened on the first miss only.
 */
import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { FontFace } from './font-face.js';
import { loadManifest, type FontManifest } from './manifest.js';
import { findSystemFonts } from './system-fonts.js';
import type { FontRef, PageLayout } from '../model/display-list.js';
import { InputError } from '../model/errors.js';

const opened = new Map<string, FontFace>();

/** Opens a font file once per process. */
export function openFace(path: string): FontFace {
  let face = opened.get(path);
  if (!face) {
    face = FontFace.open(path);
    opened.set(path, face);
  }
  return face;
}

/** Font files a fallback can be: single TrueType/OpenType fonts (a collection names no one font). */
const FONT_FILE = new Set(['.ttf', '.otf']);

export class FontLibrary {
  private readonly faces = new Map<string, FontFace>();
  /** Faces for rare characters, opened on the first character no role's font has. */
  private rare: FontFace[] | undefined;

  constructor(private readonly manifest: FontManifest) {}

  static load(manifestFile?: string): FontLibrary {
    return new FontLibrary(loadManifest(manifestFile));
  }

  /** Whether fonts.json names the role (a block may only ask for a font the newsroom has). */
  hasRole(role: string): boolean {
    return this.manifest.roles.has(role);
  }

  /** The face for a role such as `body-song`; the file is opened on first use. */
  role(role: string): FontFace {
    let face = this.faces.get(role);
    if (!face) {
      const path = this.manifest.roles.get(role);
      if (!path) throw new InputError('fonts/fonts.json', `no font role "${role}" (roles: ${[...this.manifest.roles.keys()].join(', ')})`);
      face = openFace(path);
      this.faces.set(role, face);
    }
    return face;
  }

  /** The font files the pages' text runs are set in, by the key the runs name them with: what a PDF embeds. */
  usedBy(pages: readonly PageLayout[]): Record<string, FontRef> {
    const keys = new Set<string>();
    for (const page of pages) for (const item of page.items) if (item.kind === 'text') keys.add(item.font);
    const out: Record<string, FontRef> = {};
    for (const key of keys) {
      const ref = this.fileOf(key);
      if (ref) out[key] = ref;
    }
    return out;
  }

  /** The file of an opened face, by the key text runs name it with. */
  fileOf(key: string): FontRef | undefined {
    for (const face of [...this.faces.values(), ...(this.rare ?? [])]) if (face.key === key) return { path: face.path, postscriptName: face.postscriptName };
    return undefined;
  }

  /** The face that sets code point `cp` in place of `face`, which lacks it; undefined when no font of the chain has it. */
  fallbackFor(face: FontFace, cp: number): FontFace | undefined {
    for (const role of this.manifest.fallback) {
      const other = this.role(role);
      if (other !== face && other.hasChar(cp)) return other;
    }
    return this.rareFaces().find((f) => f.hasChar(cp));
  }

  private rareFaces(): FontFace[] {
    if (!this.rare) {
      const own = new Set(this.manifest.roles.values());
      const files = [...folderFonts(this.manifest.folder), ...findSystemFonts(this.manifest.systemFallback)].filter((f) => !own.has(f));
      this.rare = files.flatMap((f) => {
        try {
          return [openFace(f)];
        } catch {
          return []; // a file that is not a readable font cannot set anything; the character is then reported missing
        }
      });
    }
    return this.rare;
  }
}

/** The font files directly in `folder`, by name. */
function folderFonts(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((f) => FONT_FILE.has(extname(f).toLowerCase()))
      .sort()
      .map((f) => join(folder, f));
  } catch {
    return [];
  }
}
