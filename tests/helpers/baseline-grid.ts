/**
 * Baseline-grid checks against the template's own grid. Grid line k's baseline is the top of
 * the type area, k pitches down, plus the body em box centred in the cell (the baseline the
 * body face's ideographic em top below the box's top). A check that took its phase from the
 * first line it found would pass a page set a point too low throughout.
 */
import type { Template } from '../../src-main/model/template.js';
import { testFonts } from './typeset.js';

/** Baseline of grid line `k`, from the template's numbers and the body face's em box. */
export function templateBaseline(t: Template, k: number): number {
  const { size, pitch, role } = t.body;
  return t.grid.top + k * pitch + (pitch - size) / 2 + testFonts().role(role).emTop * size;
}

/** The grid line a baseline sits on; undefined between lines or outside the type area. */
export function gridLineOf(t: Template, y: number): number | undefined {
  const k = Math.round((y - templateBaseline(t, 0)) / t.body.pitch);
  return k >= 0 && k < t.grid.lines && Math.abs(y - templateBaseline(t, k)) < 1e-6 ? k : undefined;
}
