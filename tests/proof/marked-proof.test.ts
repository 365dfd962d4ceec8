/**
 * The marked proof (校样), read back from the PDF itself: one annotation per mark exported, each
 * over its character (poppler's text inside the annotation's rectangle is the marked character),
 * comment, author and date intact; the list of marks on the closing page; `banmian proof` with
 * its options and its refusals; and no annotation in the plant PDF.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import type { TextRun } from '../../src-main/model/display-list.js';
import type { ProofMark } from '../../src-main/proof/proof-marks.js';
import { DocumentSession } from '../../src-main/session/document-session.js';
import { poppler } from '../helpers/poppler.js';
import { BIN, copySample } from '../helpers/serve.js';

interface Annotation {
  page: number;
  subtype: string;
  contents: string;
  author: string;
  subject: string;
  modified: string;
  rect: [number, number, number, number];
}

async function annotations(file: string): Promise<{ pages: number; list: Annotation[] }> {
  const doc = await PDFDocument.load(readFileSync(file));
  const list: Annotation[] = [];
  doc.getPages().forEach((page, i) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) return;
    for (let k = 0; k < annots.size(); k++) {
      const a = annots.lookup(k, PDFDict);
      const str = (key: string): string => {
        const v = a.lookup(PDFName.of(key));
        return v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : String(v);
      };
      const rect = a.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => Number(n.toString())) as Annotation['rect'];
      list.push({ page: i + 1, subtype: str('Subtype'), contents: str('Contents'), author: str('T'), subject: str('Subj'), modified: str('M'), rect });
    }
  });
  return { pages: doc.getPageCount(), list };
}

/** The text poppler finds inside a rectangle (PDF user space) of a page, kept half a point inside it. */
function textIn(file: string, page: number, rect: Annotation['rect'], pageHeight: number): string {
  const [x1, y1, x2, y2] = rect;
  const x = Math.ceil(x1 + 0.5);
  const y = Math.ceil(pageHeight - y2 + 0.5);
  const args = ['-f', String(page), '-l', String(page), '-r', '72', '-x', String(x), '-y', String(y), '-W', String(Math.floor(x2 - 0.5) - x), '-H', String(Math.floor(pageHeight - y1 - 0.5) - y), file, '-'];
  return poppler('pdftotext', args).replace(/\s/g, '');
}

const pageHeight = (file: string, page: number): number => Number(/size:\s+[\d.]+ x ([\d.]+)/.exec(poppler('pdfinfo', ['-f', String(page), '-l', String(page), file]))?.[1]);

const proof = (...args: string[]) => spawnSync(process.execPath, [BIN, 'proof', ...args], { encoding: 'utf8' });

let file: string;
let marks: ProofMark[];

// Marks on body text, a headline and a caption, one resolved, one on an article taken off its page.
beforeAll(async () => {
  file = copySample();
  const s = DocumentSession.open(file);
  try {
    const add = async (anchor: ProofMark['anchor'], comment: string, author?: string): Promise<void> => {
      const r = await s.addMark({ anchor, comment, ...(author ? { author } : {}) });
      if (!r.ok) throw new Error(r.message);
    };
    await add({ article: 'autumn-harvest', part: 'body', paragraph: 1, offset: 4 }, '核对数字：应为“一百二十万吨”', '周明');
    await add({ article: 'school-ai-reading', part: 'headline', paragraph: 0, offset: 3 }, '标题引号改用直角引号', '吴敏');
    // A character of lead-metro where it goes on, on page 2.
    const continued = (await s.getPage({ page: 2 })).layout.items.find((i): i is TextRun => i.kind === 'text' && i.source?.article === 'lead-metro' && i.source.part === 'body' && i.glyphs.length > 4);
    const at = continued?.source as NonNullable<TextRun['source']>;
    await add({ article: 'lead-metro', part: 'body', paragraph: at.paragraph, offset: at.offset + 2 }, '转版后这一段与上文重复，删去一处');
    await add({ article: 'lead-metro', part: 'caption', paragraph: 0, offset: 1 }, '图片说明与标题统一为“5号线”');
    await add({ article: 'city-football-final', part: 'body', paragraph: 0, offset: 6 }, '比分核实后再上版', '周明');
    const state = await s.getState();
    const resolved = state.marks[1]?.id as string;
    expect((await s.updateMark({ id: resolved, status: 'resolved' })).ok).toBe(true);
    expect((await s.removeBlock({ page: 2, block: 6 })).ok).toBe(true);
    expect((await s.save()).ok).toBe(true);
    marks = [...(await s.getState()).marks];
  } finally {
    s.close();
  }
});

describe('banmian proof', () => {
  test('writes one annotation per mark, each over its marked character, with comment, author and date', async () => {
    const out = join(dirname(file), 'all.pdf');
    const run = proof(file, '-o', out);
    expect(run.stderr).toMatch(/2 pages and the list of 5 proof marks, 1 on no page → /);
    expect(run.status).toBe(0);
    const { pages, list } = await annotations(out);
    expect(pages).toBe(3);
    expect(list).toHaveLength(marks.length);
    for (const [i, mark] of marks.entries()) {
      const a = list.find((x) => x.subject.startsWith(`校对标记 ${i + 1}（`)) as Annotation;
      expect(a, mark.comment).toBeDefined();
      expect(a).toMatchObject({ subtype: '/Highlight', contents: mark.comment, author: mark.author ?? '校对' });
      expect(a.subject).toBe(`校对标记 ${i + 1}（${mark.status === 'open' ? '未改' : '已改'}）`);
      expect(a.modified).toBe(`D:${mark.updated.replace(/[-:T]/g, '').slice(0, 14)}Z`);
      if (mark.anchor.article === 'city-football-final') {
        // On no page: annotated on its row of the list, which quotes it in context.
        expect(a.page).toBe(3);
        expect(textIn(out, 3, a.rect, pageHeight(out, 3))).toContain(`【${mark.quote}】`);
      } else {
        expect(a.page).toBeLessThanOrEqual(2);
        expect(textIn(out, a.page, a.rect, pageHeight(out, a.page))).toBe(mark.quote);
      }
    }
  });

  test('the closing page lists every mark with its page, status, comment and the marked text', () => {
    const out = join(dirname(file), 'all.pdf');
    const list = poppler('pdftotext', ['-f', '3', '-l', '3', out, '-']).replace(/\s/g, '');
    expect(list).toContain('校样校对标记');
    expect(list).toContain('共5条（未改4条，已改1条）');
    for (const m of marks) {
      expect(list).toContain(m.comment.replace(/\s/g, ''));
      expect(list).toContain(`【${m.quote}】`);
    }
    expect(list).toContain('不在版面上');
    expect(list).toContain('校对签字');
  });

  test('--open-only leaves out resolved marks; --pages only those pages and their marks', async () => {
    const open = join(dirname(file), 'open.pdf');
    expect(proof(file, '--open-only', '-o', open).status).toBe(0);
    const openOnly = await annotations(open);
    expect(openOnly.list.map((a) => a.contents).sort()).toEqual(marks.filter((m) => m.status === 'open').map((m) => m.comment).sort());

    const two = join(dirname(file), 'page2.pdf');
    expect(proof(file, '--pages', '2', '-o', two).status).toBe(0);
    const page2 = await annotations(two);
    expect(page2.pages).toBe(2);
    const lead = marks.find((m) => m.anchor.part === 'body' && m.anchor.article === 'lead-metro') as ProofMark;
    expect(page2.list.map((a) => a.contents)).toEqual([lead.comment]);
  });

  test('the default file goes beside the issue; the plant PDF of the same issue has no annotations', async () => {
    expect(proof(file).status).toBe(0);
    expect(existsSync(file.replace('sample.banmian.json', 'sample-marked-proof.pdf'))).toBe(true);
    const s = DocumentSession.open(file);
    try {
      const plant = await s.exportPdf({ preset: 'plant' });
      expect((await annotations(plant.file)).list).toEqual([]);
      expect(readFileSync(plant.file, 'latin1')).not.toContain('/Annots');
      const fromApp = await s.exportProof({ openOnly: false });
      expect(fromApp).toMatchObject({ marks: marks.length, offPage: 1 });
      expect((await annotations(fromApp.file)).list).toHaveLength(marks.length);
      await expect(s.exportProof({ openOnly: false, pages: [4] })).rejects.toThrow('exportProof: the issue has no page 4');
    } finally {
      s.close();
    }
  });

  test.each([
    ['a page the issue does not have', ['--pages', '3'], /^banmian: --pages: the issue has no page 3 \(pages 1, 2\)\n$/],
    ['a malformed page list', ['--pages', 'one'], /^banmian: --pages: "one" is not a list of pages/],
  ])('refuses %s with one line and writes nothing', (_, args, message) => {
    const out = join(dirname(file), 'refused.pdf');
    const run = proof(file, ...args, '-o', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  test('a damaged proof file is named in one line, and nothing is written', () => {
    const other = copySample();
    writeFileSync(other.replace(/\.json$/, '.proof.json'), '{"format":"banmian-proof","version":1,"issue":"x","marks":[{"id":"a"}]}');
    const out = join(dirname(other), 'x.pdf');
    const run = proof(other, '-o', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^banmian: .*sample\.banmian\.proof\.json: marks\[0\]\.anchor: /);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});

test('the sample without marks still gets its sign-off page', () => {
  const other = copySample();
  const out = join(dirname(other), 'none.pdf');
  expect(proof(other, '-o', out).status).toBe(0);
  expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Pages:\s+3/);
  expect(poppler('pdftotext', ['-f', '3', '-l', '3', out, '-'])).toContain('没有校对标记。');
});
