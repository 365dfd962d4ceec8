/** Characters no font of the chain had, or that a fallback font had to set: always reported. */
import type { Diagnostic } from '../model/display-list.js';
import type { MissingGlyph } from '../typeset/types.js';

export function missingGlyphDiagnostics(missing: readonly MissingGlyph[], page: number, article: string, role?: string): Diagnostic[] {
  return missing.map((miss) => {
    const wanted = role ?? miss.role;
    return {
      kind: 'missing-glyph',
      severity: miss.fallback ? 'warning' : 'error',
      page,
      article,
      char: miss.char,
      codePoint: `U+${(miss.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
      role: wanted,
      ...(miss.fallback ? { fallback: miss.fallback } : {}),
      message: `${miss.char} is not in the ${wanted} font${miss.fallback ? `; set in ${miss.fallback}` : ' or any fallback'}`,
    };
  });
}
