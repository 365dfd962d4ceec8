/** Template files: version 1 (no version field) migrates to version 2; newer and damaged files are refused in one line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readJson } from '../../src-main/model/json-file.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { listTemplates, loadTemplate, TEMPLATE_VERSION, templatesDir } from '../../src-main/model/template.js';

const V1_FILE = join(projectRoot(), 'tests', 'fixtures', 'formats', 'template-v1.json');
/** The parts of a template file the tests change. */
interface TemplateJson {
  [field: string]: unknown;
  body: { composition?: unknown; [field: string]: unknown };
  grid: { columns: unknown; gutter: string; [field: string]: unknown };
  headlines: { headline: { sizeBySpan: string[] }; continuation?: unknown; [field: string]: unknown };
}
const v1 = (): TemplateJson => readJson(V1_FILE) as TemplateJson;

function writeTemp(data: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'banmian-template-')), 'tpl.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

/** Loads `data` from a file `tpl.json`: the error's message, or undefined. */
function problem(data: unknown): string | undefined {
  const file = writeTemp(data);
  try {
    loadTemplate(file);
    return undefined;
  } catch (err) {
    return (err as Error).message.replace(file, 'tpl.json');
  }
}

describe('template format', () => {
  test('a version 1 template, from before templates said their version, loads as version 2 does', () => {
    expect(TEMPLATE_VERSION).toBe(2);
    expect(v1().version).toBeUndefined();
    expect(loadTemplate(V1_FILE)).toEqual(loadTemplate('tabloid'));
  });

  test('the bundled templates are written in the newest version', () => {
    for (const id of listTemplates()) expect(readJson(join(templatesDir(), `${id}.json`))).toMatchObject({ format: 'banmian-template', version: TEMPLATE_VERSION });
  });

  test('left-out styles get their defaults, with sizes in points', () => {
    const { continuation: _, ...headlines } = v1().headlines;
    const { composition: __, ...body } = v1().body;
    const t = loadTemplate(writeTemp({ ...v1(), headlines, body }));
    expect(t.headlines.continuation).toEqual({ role: 'headline-song', size: 18 });
    expect(t.body.composition).toEqual({ latinSpace: 0.25, hanging: false, compressLineStart: false, grid: false });
  });

  test('a template from a newer Banmian is refused with the versions', () => {
    expect(problem({ ...v1(), version: 3 })).toBe('tpl.json: was written by a newer Banmian (template format version 3; this build reads up to version 2)');
  });

  test.each<[string, (data: TemplateJson) => unknown, RegExp]>([
    ['not a template', (t) => (t.format = 'banmian-issue'), /^tpl\.json: is not a Banmian template file \(format should be "banmian-template", found "banmian-issue"\)$/],
    ['a bad font size', (t) => (t.headlines.headline.sizeBySpan[2] = '大号'), /^tpl\.json: headlines\.headline\.sizeBySpan\[2\]: "大号" is not a font size/],
    ['a bad length', (t) => (t.grid.gutter = '1栏'), /^tpl\.json: grid\.gutter: "1栏" is not a length/],
    ['a field of the wrong kind', (t) => (t.grid.columns = 'six'), /^tpl\.json: grid\.columns: /],
    ['an unknown field', (t) => (t.colour = 'red'), /^tpl\.json: .*colour/],
  ])('%s gives one line naming the file and the field', (_, damage, message) => {
    const t = v1();
    damage(t);
    const text = problem(t);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });
});
