/**
 * The fonts of one composition: roles → opened faces (each file opened once per process), and
 * the fallback chain for characters a role's font lacks.
 */
import { FontFace } from './font-face.js';
import { loadManifest, type FontManifest } from './manifest.js';
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
  openedFaces(): FontFace[] {
    return [...new Set(this.faces.values())];
  }

  /** Faces to try, in order, for a character that `face` lacks. */
  fallbacksFor(face: FontFace): FontFace[] {
    return this.manifest.fallback.map((r) => this.role(r)).filter((f) => f !== face);
  }
}
