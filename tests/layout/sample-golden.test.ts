/**
 * Golden display list of the sample issue: any change that moves a glyph shows up here as a
 * diff. After an intended change, regenerate with `UPDATE_GOLDEN=1 npx vitest run tests/layout/sample-golden.test.ts`
 * and look at the pages before committing the new golden file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from 'vitest';
import type { Composition } from '../../src-main/model/display-list.js';
import { sample } from '../helpers/sample.js';

const GOLDEN = join(import.meta.dirname, '..', 'golden', 'sample-display-list.txt');
const f = (n: number): string => n.toFixed(2);

/** One line per item: position, font, text, and every glyph's advance (and offset when not 0). */
function serialise(comp: Composition): string {
  const out: string[] = [];
  for (const page of comp.pages) {
    out.push(`page ${page.number} ${page.template} ${f(page.width)}x${f(page.height)}`);
    for (const item of page.items) {
      if (item.kind === 'text') {
        const glyphs = item.glyphs.map((g) => `${g.id}:${f(g.advance)}${g.dx ? `@${f(g.dx)}` : ''}${g.half ? 'h' : ''}`).join(' ');
        out.push(`T ${item.role} ${item.font} ${item.size} ${f(item.x)},${f(item.y)} ${item.text} | ${glyphs}`);
      } else if (item.kind === 'rule') {
        out.push(`R ${f(item.x1)},${f(item.y1)} ${f(item.x2)},${f(item.y2)} w${item.width}`);
      } else if (item.kind === 'image') {
        const placed = item.placed ? ` placed ${f(item.placed.x)},${f(item.placed.y)} ${f(item.placed.w)}x${f(item.placed.h)}` : '';
        out.push(`image ${basename(item.src)} ${f(item.x)},${f(item.y)} ${f(item.w)}x${f(item.h)}${placed}`);
      } else {
        out.push(`${item.kind} ${f(item.x)},${f(item.y)} ${f(item.w)}x${f(item.h)}`);
      }
    }
  }
  for (const d of comp.diagnostics) out.push(`D ${d.kind} ${d.severity} ${d.message}`);
  return `${out.join('\n')}\n`;
}

test('the sample issue composes to its golden display list', () => {
  const actual = serialise(sample().comp);
  if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, actual);
  expect(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
});
