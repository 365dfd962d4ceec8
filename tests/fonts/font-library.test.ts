/** The font library: roles from the manifest, one face per file, the fallback chain, and manifest errors. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FontLibrary, openFace } from '../../src-main/fonts/font-library.js';
import { loadManifest } from '../../src-main/fonts/manifest.js';
import { BLACK, type DisplayItem } from '../../src-main/model/display-list.js';
import { InputError } from '../../src-main/model/errors.js';

const manifest = loadManifest();
const path = (role: string): string => manifest.roles.get(role) ?? '';

describe('the bundled manifest', () => {
  const lib = FontLibrary.load();

  test("a role opens its manifest file's face, once", () => {
    const body = lib.role('body-song');
    expect(body.path).toBe(path('body-song'));
    expect(body.path).toMatch(/NotoSerifSC_400Regular\.ttf$/);
    expect(body.postscriptName).toBe('NotoSerifSC-Regular');
    expect(lib.role('body-song') === body).toBe(true);
  });

  test('roles naming the same file share one face; roles naming different files do not', () => {
    expect(path('byline-hei')).toBe(path('header-hei'));
    expect(lib.role('byline-hei') === lib.role('header-hei')).toBe(true);
    expect(lib.role('byline-hei') === openFace(path('header-hei'))).toBe(true);
    expect(lib.role('headline-song') === lib.role('body-song')).toBe(false);
  });

  test('an unknown role is an input error that lists the roles there are', () => {
    expect(() => lib.role('body-fangsong')).toThrow(InputError);
    expect(() => lib.role('body-fangsong')).toThrow(/no font role "body-fangsong" \(roles: body-song, headline-song, .*emphasis-kai\)/);
  });

  test('a fallback is the first fallback role in order that has the character, never the face itself', () => {
    expect(manifest.fallback).toEqual(['body-song', 'caption-kai']);
    const cp = '国'.codePointAt(0) ?? 0;
    expect(lib.fallbackFor(lib.role('headline-hei'), cp)?.path).toBe(path('body-song'));
    expect(lib.fallbackFor(lib.role('body-song'), cp)?.path).toBe(path('caption-kai'));
  });

  test('the fonts pages use are the files their runs name, once each; a key of no opened face has no file', () => {
    const fresh = FontLibrary.load();
    const hei = fresh.role('header-hei');
    fresh.role('byline-hei');
    const song = fresh.role('body-song');
    const run = (font: string): DisplayItem => ({ kind: 'text', font, size: 9, fill: BLACK, x: 0, y: 0, glyphs: [], text: '', role: 'body' });
    const pages = [{ number: 1, template: 't', width: 100, height: 100, bleed: 0, items: [run(song.key), run(song.key)] }];
    expect(fresh.usedBy(pages)).toEqual({ [song.key]: { path: song.path, postscriptName: 'NotoSerifSC-Regular' } });
    expect(fresh.fileOf(hei.key)?.postscriptName).toBe('NotoSansSC-Medium');
    expect(fresh.fileOf('no-such-font')).toBeUndefined();
  });
});

describe('a manifest of its own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'banmian-fonts-'));
  const write = (name: string, roles: Record<string, unknown[]>, fallback: string[] = []): string => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify({ format: 'banmian-fonts', roles, fallback }));
    return file;
  };
  const bodyFile = { path: path('body-song') };

  test('takes the first candidate found, trying packages, files next to it and absolute paths', () => {
    const file = write('fonts.json', { body: [{ package: 'no-such-font-package', file: 'x.ttf' }, { file: 'missing.ttf' }, bodyFile] }, ['body']);
    expect(FontLibrary.load(file).role('body').path).toBe(path('body-song'));
  });

  test('a role with no candidate on disk, or an unknown fallback, is an input error naming the manifest', () => {
    const none = write('none.json', { body: [{ file: 'missing.ttf' }] });
    expect(() => FontLibrary.load(none)).toThrow(new InputError(none, 'no font file found for role "body" (tried 1 candidate)'));
    const fallback = write('fallback.json', { body: [bodyFile] }, ['kai']);
    expect(() => FontLibrary.load(fallback)).toThrow(new InputError(fallback, 'fallback names the unknown role "kai"'));
  });

  test('a file that is not a font is an input error when the role is first used', () => {
    const notFont = join(dir, 'not-a-font.ttf');
    writeFileSync(notFont, 'this is text, not a font');
    const lib = FontLibrary.load(write('bad.json', { body: [{ path: notFont }] }));
    expect(() => lib.role('body')).toThrow(/not-a-font\.ttf: is not a readable font/);
  });

  test('a font file cut short (a broken copy) is an input error naming it, not a RangeError in shaping', () => {
    const cut = join(dir, 'cut-short.ttf');
    writeFileSync(cut, readFileSync(path('body-song')).subarray(0, 276_000));
    const lib = FontLibrary.load(write('cut.json', { body: [{ path: cut }] }));
    expect(() => lib.role('body')).toThrow(/cut-short\.ttf: is not a readable font \(it is cut short: its \w+ table ends at byte \d+, the file has 276000\)/);
  });
});
