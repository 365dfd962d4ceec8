/**
 * The fonts of one composition: roles → opened faces (each file opened once per process), and
 * the fallback chain for characters a role's font lacks.
 */
import { FontFace } from './font-face.js';
import { loadManifest, type FontManifest } from './manifest.js';
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

export class FontLibrary {
  private readonly faces = new Map<string, FontFace>();

  constructor(private readonly manifest: FontManifest) {}

  static load(manifestFile?: string): FontLibrary {
    return new FontLibrary(loadManifest(manifestFile));
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

  /** Every face this library has opened (roles and fallbacks). */
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
    for (const face of this.faces.values()) if (face.key === key) return { path: face.path, postscriptName: face.postscriptName };
    return undefined;
  }

  /** Faces to try, in order, for a character that `face` lacks. */
  fallbacksFor(face: FontFace): FontFace[] {
    return this.manifest.fallback.map((r) => this.role(r)).filter((f) => f !== face);
  }
}
