/**
 * Seeded fuzzing of issue files (issue 13): the sample issue mutated as a broken tool or a slip
 * of the hand would leave it — a key gone, a value of the wrong type or size, a string with odd
 * characters, a block moved off the page, the JSON cut short — composed by the real CLI. Every run
 * exits 0, 1 or 2 within its bound; a refusal is one line with no stack trace and writes no PDF;
 * a composed file loses no character of its articles (PDF text plus report).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../src-main/model/project-root.js';
import { conservationMessage, conserved, pdfText, reportText } from '../helpers/conservation.js';
import { prng } from '../helpers/prng.js';
import { SAMPLE_FILE } from '../helpers/sample.js';

const BIN = join(projectRoot(), 'bin', 'banmian.js');
const SEEDS = Array.from({ length: 24 }, (_, i) => 7001 + i);
const ODD = ['', ' ', '\u0000', '\u202e', '𠮷', '🙂', '？！', '——', 'x'.repeat(3000), '\n\n', '"', '\\', '０'];
const ODD_NUMBERS = [0, -1, 1e9, 0.5, Number.MAX_SAFE_INTEGER, 99];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in the document: [parent, key] pairs. */
function places(node: Json, out: Array<[Json[] | { [key: string]: Json }, string | number]> = []): Array<[Json[] | { [key: string]: Json }, string | number]> {
  if (Array.isArray(node)) node.forEach((v, i) => (out.push([node, i]), places(v, out)));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) out.push([node, k]), places(v, out);
  return out;
}

/** The sample issue with a few random mutations; sometimes the JSON text cut short as well. */
function mutated(seed: number): string {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const doc = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as Json;
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
    const [parent, key] = pick(places(doc));
    const value = (parent as Record<string | number, Json>)[key];
    const r = random();
    if (r < 0.25 && !Array.isArray(parent)) delete (parent as Record<string, Json>)[key as string];
    else if (typeof value === 'string') (parent as Record<string | number, Json>)[key] = r < 0.7 ? `${value}${pick(ODD)}` : pick(ODD_NUMBERS);
    else if (typeof value === 'number') (parent as Record<string | number, Json>)[key] = r < 0.7 ? pick(ODD_NUMBERS) : String(value);
    else if (Array.isArray(value)) (parent as Record<string | number, Json>)[key] = r < 0.6 ? [...value, ...value.slice(0, 1)] : [];
    else (parent as Record<string | number, Json>)[key] = pick<Json>([null, 'x', 1, [], {}]);
  }
  const text = JSON.stringify(doc, null, 1);
  return random() < 0.15 ? text.slice(0, Math.floor(random() * text.length)) : text;
}

/** The article text an issue file carries (what must reach the page or the report). */
function articleText(text: string): string {
  const doc = JSON.parse(text) as { articles?: Array<Record<string, unknown>> };
  const parts: string[] = [];
  for (const a of doc.articles ?? []) {
    for (const key of ['banner', 'kicker', 'headline', 'subhead', 'byline', 'note', 'credit']) if (typeof a[key] === 'string') parts.push(a[key] as string);
    if (Array.isArray(a.paragraphs)) parts.push(...a.paragraphs.filter((p): p is string => typeof p === 'string'));
    if (Array.isArray(a.images)) for (const i of a.images as Array<Record<string, unknown>>) for (const k of ['caption', 'credit']) if (typeof i[k] === 'string') parts.push(i[k] as string);
  }
  return parts.join('\n');
}

describe('fuzzed issue files through compose', () => {
  test.each(SEEDS)('seed %i: exit 0, 1 or 2; one line when refused; nothing lost when composed', (seed) => {
    const dir = mkdtempSync(join(tmpdir(), 'banmian-fuzz-'));
    const text = mutated(seed);
    const file = join(dir, 'x.banmian.json');
    writeFileSync(file, text);
    const r = spawnSync(process.execPath, [BIN, 'compose', file, '-o', join(dir, 'x.pdf'), '--report', join(dir, 'r.json'), '--no-preflight', '--no-daemon'], { encoding: 'utf8', timeout: 60_000 });
    expect([0, 1, 2], `exit ${r.status} ${r.signal ?? ''}\n${r.stderr}`).toContain(r.status);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    if (r.status === 2) {
      expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
      expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
      return;
    }
    const result = conserved('x.banmian.json', articleText(text), pdfText(join(dir, 'x.pdf')), reportText(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))));
    expect(result.lost, conservationMessage(result, `output in ${dir}`)).toBe(0);
  });
});
