/** The template's paragraph style (body.composition) reaches the composer. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readImageSizes } from '../../src-main/assets/image-sizes.js';
import { composeIssue } from '../../src-main/layout/compose-issue.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { loadTemplate } from '../../src-main/model/template.js';
import { isHan } from '../../src-main/model/char-class.js';
import { bodyLines, bodyRuns, makeIssue, newsText } from '../helpers/issue.js';
import { testFonts } from '../helpers/typeset.js';

function templateWith(composition: Record<string, unknown>) {
  const source = JSON.parse(readFileSync(join(projectRoot(), 'templates', 'broadsheet.json'), 'utf8')) as { body: Record<string, unknown> };
  source.body.composition = composition;
  const file = join(mkdtempSync(join(tmpdir(), 'banmian-tpl-')), 'grid.json');
  writeFileSync(file, JSON.stringify(source));
  return loadTemplate(file);
}

/** The share of body lines whose every ideograph starts on a whole cell of its column. */
function gridShare(composition: Record<string, unknown>): number {
  const template = templateWith(composition);
  const text = (n: number, seed: number): string => newsText(n, seed).replace(/一万余户/g, '1.2万户').replace(/民生项目/g, 'GDP项目');
  const issue = makeIssue([{ id: 'a', paragraphs: [text(400, 2), text(300, 5), text(500, 9)] }], [[{ article: 'a', column: 1, span: 2, top: 0, height: 50 }]]);
  const comp = composeIssue(issue, { file: 'test', fonts: testFonts(), template: () => template, images: readImageSizes(issue, 'test') });
  const em = template.body.size;
  const lines = bodyLines(bodyRuns(comp));
  let onGrid = 0;
  for (const line of lines) {
    const left = line[0]!.x - (template.grid.left + (line[0]!.x > template.grid.left + template.grid.columnWidth ? template.grid.columnWidth + template.grid.gutter : 0));
    let pen = line[0]!.x;
    let all = true;
    for (const run of line) {
      pen = run.x;
      for (const g of run.glyphs) {
        const cell = (pen + g.dx - line[0]!.x + left) / em;
        if (isHan(g.chars.codePointAt(0) ?? 0) && Math.abs(cell - Math.round(cell)) > 1e-6) all = false;
        pen += g.advance;
      }
    }
    if (all) onGrid++;
  }
  expect(lines.length).toBeGreaterThan(40);
  return onGrid / lines.length;
}

test('a template in character-grid mode puts every ideograph of (nearly) every line on a cell of its column', () => {
  expect(templateWith({ grid: true }).body.composition).toMatchObject({ grid: true, latinSpace: 0.25, hanging: false });
  const grid = gridShare({ grid: true });
  const plain = gridShare({});
  expect(grid).toBeGreaterThan(0.9);
  expect(plain).toBeLessThan(grid - 0.1);
});
