/** Template files: version 1 (no version field) and version 2 migrate to version 3; newer and damaged files are refused in one line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readJson } from '../../src-main/model/json-file.js';
import { projectRoot } from '../../src-main/model/project-root.js';
import { listTemplates, loadTemplate, TEMPLATE_VERSION, templatesDir } from '../../src-main/model/template.js';

const V1_FILE = join(projectRoot(), 'tests', 'fixtures', 'formats', 'template-v1.json');
/** The tabloid as version 2 wrote it, with the line-start rule then called `compressLineStart` turned on. */
const V2_FILE = join(projectRoot(), 'tests', 'fixtures', 'formats', 'template-v2.json');
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
  test('a version 1 template, from before templates said their version, loads as the tabloid does but for the punctuation styles it could not name', () => {
    expect(TEMPLATE_VERSION).toBe(3);
    expect(v1().version).toBeUndefined();
    const old = loadTemplate(V1_FILE);
    const tabloid = loadTemplate('tabloid');
    // An old template gets the default styles: 全角式 everywhere, headline line starts set flush.
    expect(old.body.composition.punctuation).toEqual({ scheme: 'quanjiao', lineStart: false, squeeze: 0.125 });
    expect(old.headlines.punctuation).toEqual({ scheme: 'quanjiao', lineStart: true, squeeze: 0.125 });
    expect(tabloid.headlines.punctuation.scheme).toBe('kaiming');
    expect({ ...old, headlines: { ...old.headlines, punctuation: tabloid.headlines.punctuation } }).toEqual(tabloid);
  });

  test('a version 2 template keeps its line-start rule, now part of the body punctuation style', () => {
    expect(readJson(V2_FILE)).toMatchObject({ version: 2, body: { composition: { compressLineStart: true } } });
    const t = loadTemplate(V2_FILE);
    expect(t.body.composition).toEqual({ latinSpace: 0.25, hanging: false, punctuation: { scheme: 'quanjiao', lineStart: true, squeeze: 0.125 }, grid: false });
  });

  test('the bundled templates are written in the newest version', () => {
    for (const id of listTemplates()) expect(readJson(join(templatesDir(), `${id}.json`))).toMatchObject({ format: 'banmian-template', version: TEMPLATE_VERSION });
  });

  test('left-out styles get their defaults, with sizes in points', () => {
    const { continuation: _, ...headlines } = v1().headlines;
    const { composition: __, ...body } = v1().body;
    const t = loadTemplate(writeTemp({ ...v1(), headlines, body }));
    expect(t.headlines.continuation).toEqual({ role: 'headline-song', size: 18 });
    expect(t.body.composition).toEqual({ latinSpace: 0.25, hanging: false, punctuation: { scheme: 'quanjiao', lineStart: false, squeeze: 0.125 }, grid: false });
  });

  test('a template from a newer Banmian is refused with the versions', () => {
    expect(problem({ ...v1(), version: 4 })).toBe('tpl.json: was written by a newer Banmian (template format version 4; this build reads up to version 3)');
  });

  test.each<[string, (data: TemplateJson) => unknown, RegExp]>([
    ['not a template', (t) => (t.format = 'banmian-issue'), /^tpl\.json: is not a Banmian template file \(format should be "banmian-template", found "banmian-issue"\)$/],
    ['a bad font size', (t) => (t.headlines.headline.sizeBySpan[2] = '大号'), /^tpl\.json: headlines\.headline\.sizeBySpan\[2\]: "大号" is not a font size/],
    ['a bad length', (t) => (t.grid.gutter = '1栏'), /^tpl\.json: grid\.gutter: "1栏" is not a length/],
    ['an unknown punctuation scheme', (t) => (t.body.composition = { punctuation: { scheme: 'fullwidth' } }), /^tpl\.json: body\.composition\.punctuation\.scheme: /],
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
