import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../src-main/model/project-root.js';
import { LAYERS, layeringViolations, projectSources } from './layers.js';

const root = projectRoot();

describe('the layers of docs/ARCHITECTURE.md', () => {
  test('every import of src-main and src-renderer keeps them', () => {
    const files = projectSources(root, ['src-main', 'src-renderer']);
    expect(files.length).toBeGreaterThan(100);
    expect(layeringViolations(files)).toEqual([]);
  });

  test('every folder of src-main has its place in the table', () => {
    const folders = readdirSync(join(root, 'src-main'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.filter((f) => !(f in LAYERS))).toEqual([]);
  });

  test('an engine file importing the session, an output or Electron is caught', () => {
    const bad = layeringViolations([
      { path: 'src-main/layout/flow.ts', text: "import { DocumentSession } from '../session/document-session.js';" },
      { path: 'src-main/typeset/shape.ts', text: "import PDFDocument from 'pdfkit';" },
      { path: 'src-main/model/issue.ts', text: "export { writePdf } from '../pdf/write-pdf.js';" },
      { path: 'src-main/fonts/font-face.ts', text: "const { app } = await import('electron');" },
      { path: 'src-main/layout/photo.ts', text: "import { readFileSync } from 'node:fs';" },
    ]);
    expect(bad).toHaveLength(5);
    expect(bad[0]).toContain('src-main/layout may import only model, fonts, typeset');
    expect(bad[1]).toContain('pdfkit belongs to pdf');
    expect(bad[4]).toContain('reads no files');
  });

  test('the renderer runs src-main only where allowed; types pass', () => {
    const bad = layeringViolations([
      { path: 'src-renderer/ui/A.tsx', text: "import { DocumentSession } from '../../src-main/session/document-session.js';" },
      { path: 'src-renderer/ui/B.tsx', text: "import { readFileSync } from 'node:fs';" },
      { path: 'src-renderer/ui/C.tsx', text: "import type { PageView } from '../../src-main/api/api-types.js';\nimport { type Rect } from '../../src-main/model/geometry.js';" },
      { path: 'src-renderer/ui/D.tsx', text: "import { PART_NAMES } from '../../src-main/model/article-parts.js';\nimport { useState } from 'react';" },
    ]);
    expect(bad).toEqual([
      "src-renderer/ui/A.tsx: imports '../../src-main/session/document-session.js' — the renderer may use src-main only as types (import type), besides the pure modules listed",
      "src-renderer/ui/B.tsx: imports 'node:fs' — the renderer runs in a sandboxed browser page: React only",
    ]);
  });

  test('a module the renderer may run stays pure: no package, no module off the list', () => {
    const bad = layeringViolations([
      { path: 'src-main/model/paint.ts', text: "import { z } from 'zod';\nimport { BLACK } from './display-list.js';\nimport { parseIssue } from './load-issue.js';\nimport type { Issue } from './issue.js';" },
    ]);
    expect(bad).toEqual([
      "src-main/model/paint.ts: imports 'zod' — a module the renderer runs imports no package",
      "src-main/model/paint.ts: imports './load-issue.js' — a module the renderer runs may run only others of that list",
    ]);
  });

  test('src-main never reaches into the renderer, and a folder outside the table is named', () => {
    const bad = layeringViolations([
      { path: 'src-main/session/x.ts', text: "import { drawPage } from '../../src-renderer/draw/draw-page.js';" },
      { path: 'src-main/newfolder/x.ts', text: "import { BLACK } from '../model/display-list.js';" },
    ]);
    expect(bad).toEqual([
      "src-main/session/x.ts: imports '../../src-renderer/draw/draw-page.js' — src-main never imports the renderer",
      "src-main/newfolder/x.ts: imports '../model/display-list.js' — src-main/newfolder is not in the table of layers",
    ]);
  });
});
