/**
 * Characters no font of the chain had (an error: a box prints) or that a fallback font set (info:
 * the page is right, the proofreader may want to see the rare character).
 */
import type { Diagnostic } from '../model/display-list.js';
import type { MissingGlyph } from '../typeset/types.js';

export function missingGlyphDiagnostics(missing: readonly MissingGlyph[], page: number, article: string, role?: string): Diagnostic[] {
  return missing.map((miss) => {
    const wanted = role ?? miss.role;
    return {
      kind: 'missing-glyph',
      severity: miss.fallback ? 'info' : 'error',
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
