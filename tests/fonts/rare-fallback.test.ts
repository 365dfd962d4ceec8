/**
 * Rare characters (生僻字) a role's font lacks: taken from the fonts folder's other files, then
 * from the system fonts the manifest names, set at the body's size on its baseline, reported as
 * info. The font tests need a system font with CJK Ext-B (CI installs fonts-hanazono).
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { FontLibrary } from '../../src-main/fonts/font-library.js';
import { loadManifest } from '../../src-main/fonts/manifest.js';
import { findSystemFonts } from '../../src-main/fonts/system-fonts.js';
import { bodyLines, bodyRuns, compose, makeIssue } from '../helpers/issue.js';

const YOSHI = '𠮷';
const manifest = loadManifest();
const extB = findSystemFonts(manifest.systemFallback);
const noExtB = extB.length === 0;
if (noExtB) console.warn(`rare-fallback: no system font of ${manifest.systemFallback.join(', ')} found; install fonts-hanazono to run these tests`);

const saved = process.env.BANMIAN_SYSTEM_FONTS;
afterEach(() => {
  if (saved === undefined) delete process.env.BANMIAN_SYSTEM_FONTS;
  else process.env.BANMIAN_SYSTEM_FONTS = saved;
});

describe('finding system fonts by name', () => {
  test('under nested folders, without case, in the order of the names, each file once', () => {
    const a = mkdtempSync(join(tmpdir(), 'banmian-sysfonts-'));
    const b = mkdtempSync(join(tmpdir(), 'banmian-sysfonts-'));
    mkdirSync(join(a, 'truetype', 'hanazono'), { recursive: true });
    for (const f of [join(a, 'truetype', 'hanazono', 'HanaMinB.ttf'), join(b, 'SIMSUNB.TTF'), join(b, 'other.ttf')]) writeFileSync(f, '');
    expect(findSystemFonts(['simsunb.ttf', 'HanaMinB.ttf', 'none.ttf'], [a, b, a])).toEqual([join(b, 'SIMSUNB.TTF'), join(a, 'truetype', 'hanazono', 'HanaMinB.ttf')]);
  });

  test('BANMIAN_SYSTEM_FONTS replaces the platform folders', () => {
    const a = mkdtempSync(join(tmpdir(), 'banmian-sysfonts-'));
    writeFileSync(join(a, 'HanaMinA.ttf'), '');
    process.env.BANMIAN_SYSTEM_FONTS = ['', a].join(delimiter);
    expect(findSystemFonts(['HanaMinA.ttf'])).toEqual([join(a, 'HanaMinA.ttf')]);
    process.env.BANMIAN_SYSTEM_FONTS = '';
    expect(findSystemFonts(['HanaMinA.ttf'])).toEqual([]);
  });
});

describe.skipIf(noExtB)('a rare character in the copy', () => {
  const text = `参加推进会的日籍工程师${YOSHI}田健一说，企业今年将追加投资。`;

  test('is set from the system font, at the body size on the body baseline, and reported as info', () => {
    const comp = compose(makeIssue([{ id: 'a', headline: `${YOSHI}田健一谈投资`, paragraphs: [text] }], [[{ article: 'a', column: 1, span: 2, top: 0, height: 12 }]]));
    const found = comp.diagnostics.filter((d) => d.kind === 'missing-glyph');
    expect(found).toHaveLength(2);
    for (const d of found) expect(d).toMatchObject({ severity: 'info', char: YOSHI, codePoint: 'U+20BB7', article: 'a' });
    const runs = bodyRuns(comp);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    const line = bodyLines(runs).find((l) => l.some((r) => r.text.includes(YOSHI))) ?? [];
    const rare = line.find((r) => r.text === YOSHI);
    const body = line.find((r) => r.text !== YOSHI);
    expect(rare?.glyphs[0]?.id).toBeGreaterThan(0);
    expect(rare?.font).not.toBe(body?.font);
    expect(rare?.size).toBe(body?.size);
    expect(rare?.y).toBe(body?.y);
    // What the PDF embeds: the fallback font's file, by the key the run names it with.
    expect(extB).toContain(comp.fonts[rare?.font ?? '']?.path);
  });

  test('with no system font to take it from, prints as a box and is an error', () => {
    process.env.BANMIAN_SYSTEM_FONTS = '';
    const lib = FontLibrary.load();
    const body = lib.role('body-song');
    expect(lib.fallbackFor(body, YOSHI.codePointAt(0) ?? 0)).toBeUndefined();
  });

  test('a font the newsroom put in its fonts folder comes before the system fonts', () => {
    process.env.BANMIAN_SYSTEM_FONTS = '';
    const dir = mkdtempSync(join(tmpdir(), 'banmian-fonts-'));
    const own = join(dir, `Newsroom-${basename(extB[0] ?? '')}`);
    copyFileSync(extB[0] ?? '', own);
    const file = join(dir, 'fonts.json');
    writeFileSync(file, JSON.stringify({ format: 'banmian-fonts', roles: { body: [{ path: manifest.roles.get('body-song') }] }, fallback: ['body'], systemFallback: ['HanaMinA.ttf'] }));
    const lib = FontLibrary.load(file);
    expect(lib.fallbackFor(lib.role('body'), YOSHI.codePointAt(0) ?? 0)?.path).toBe(own);
  });
});
