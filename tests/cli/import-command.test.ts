import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src-main/cli/import.js';
import { ISSUE_VERSION, IssueSchema } from '../../src-main/model/issue.js';
import { makeStyledDocx, PNG } from '../import/make-files.js';
import { FIXTURES, tempFolder } from '../import/temp-files.js';

const write = tempFolder();

describe('importCommand', () => {
  it('prints the articles and notes as pretty JSON that fits an issue file', async () => {
    const json = await importCommand(join(FIXTURES, 'printed-page.txt'));
    expect(json.startsWith('{\n  "articles": [\n')).toBe(true);
    const data = JSON.parse(json) as { articles: unknown[]; notes: { kind: string }[] };
    expect(Object.keys(data)).toEqual(['articles', 'notes']);
    expect(data.articles).toHaveLength(4);
    expect(data.notes[0]?.kind).toBe('encoding');
    const issue = IssueSchema.safeParse({
      format: 'banmian-issue',
      version: ISSUE_VERSION,
      paper: { name: '江城日报' },
      date: '2025-03-16',
      pages: [{ number: 1, template: 'broadsheet', section: '要闻', editor: '张编' }],
      articles: data.articles,
    });
    expect(issue.success).toBe(true);
  });

  it('says that extracted pictures were not saved, or writes them to assetDir', async () => {
    const path = write('story.docx', await makeStyledDocx());
    const plain = JSON.parse(await importCommand(path)) as { notes: { kind: string; message: string }[] };
    expect(plain.notes[plain.notes.length - 1]?.message).toMatch(/^The pictures story-image-1\.png were not saved/);
    const dir = join(path, '..', 'assets');
    const saved = JSON.parse(await importCommand(path, { assetDir: dir })) as { notes: { message: string }[] };
    expect(saved.notes.some((n) => n.message.includes('were not saved'))).toBe(false);
    expect(readFileSync(join(dir, 'story-image-1.png')).equals(PNG)).toBe(true);
  });
});
