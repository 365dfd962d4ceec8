/**
 * The layering of src-main and src-renderer as data, and a checker that reads every import with
 * TypeScript's parser (static, dynamic, re-exports; type-only ones apart). The rules are those of
 * docs/ARCHITECTURE.md: the engine (model, fonts, typeset, layout) sits at the bottom and reaches
 * no outputs, no session, no Electron, no DOM; the renderer sees src-main only as types, plus a
 * few pure modules it may run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** What each folder of src-main may import from src-main besides itself. */
export const LAYERS: Record<string, readonly string[]> = {
  model: [],
  fonts: ['model'],
  typeset: ['model', 'fonts'],
  layout: ['model', 'fonts', 'typeset'],
  import: ['model'],
  assets: ['model'],
  pdf: ['model', 'fonts'],
  proof: ['model', 'fonts', 'layout', 'pdf'],
  edits: ['model', 'fonts', 'layout', 'proof'],
  api: ['model', 'pdf', 'proof'],
  screen: ['model', 'fonts', 'layout', 'pdf', 'api'],
  session: ['model', 'fonts', 'layout', 'pdf', 'import', 'assets', 'proof', 'edits', 'screen', 'api'],
  transport: ['model', 'pdf', 'proof', 'api', 'session'],
  cli: ['model', 'fonts', 'typeset', 'layout', 'import', 'assets', 'pdf', 'proof', 'edits', 'screen', 'api', 'session', 'transport'],
  app: ['model', 'api', 'session', 'transport'],
};

/** Packages only some folders may use ('renderer' is src-renderer). Node's own modules are never for the renderer. */
export const PACKAGES: Record<string, readonly string[]> = {
  electron: ['app'],
  react: ['renderer'],
  'react-dom': ['renderer'],
  pdfkit: ['pdf'],
  'pdf-lib': ['pdf'],
  fontkit: ['fonts', 'pdf'],
  sharp: ['pdf', 'screen'],
};

/** Folders that compose: they read no files (fonts and images come in resolved). */
export const NO_FILES = ['typeset', 'layout'];

/** Modules of src-main the renderer may run (pure: they import nothing but types). */
export const RENDERER_MAY_RUN = [
  'src-main/model/article-parts.ts',
  'src-main/model/diagnostic-text.ts',
  'src-main/model/display-list.ts',
  'src-main/model/find-text.ts',
  'src-main/model/grid-geometry.ts',
  'src-main/model/paint.ts',
  'src-main/model/units.ts',
  'src-main/proof/glyph-boxes.ts',
  'src-main/proof/mark-labels.ts',
];

export interface SourceFile {
  /** Path from the project root, with forward slashes. */
  path: string;
  text: string;
}

interface Import {
  spec: string;
  typeOnly: boolean;
}

export function importsOf(file: SourceFile): Import[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.ES2022, false, file.path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Import[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (!clause.name && named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly)));
      out.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) out.push({ spec: arg.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** `src-main/layout/grid.ts` → 'layout'; anything in src-renderer → 'renderer'. */
function layerOf(path: string): string | undefined {
  const [top, folder] = path.split('/');
  if (top === 'src-renderer') return 'renderer';
  return top === 'src-main' ? folder : undefined;
}

const packageName = (spec: string): string => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));

/** Every import that breaks the rules, as `file: what it imports, and why not`. */
export function layeringViolations(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const from = layerOf(file.path);
    if (!from) continue;
    for (const { spec, typeOnly } of importsOf(file)) {
      const say = (why: string): void => void problems.push(`${file.path}: imports '${spec}' — ${why}`);
      if (spec.startsWith('.')) {
        const target = posix.join(posix.dirname(file.path), spec).replace(/\.js$/, '.ts');
        if (RENDERER_MAY_RUN.includes(file.path) && !typeOnly && !RENDERER_MAY_RUN.includes(target)) say('a module the renderer runs may run only others of that list');
        const to = layerOf(target);
        if (!to || to === from) continue;
        if (from === 'renderer') {
          const runnable = RENDERER_MAY_RUN.includes(target) || RENDERER_MAY_RUN.includes(target.replace(/\.ts$/, '.tsx'));
          if (!typeOnly && !runnable) say('the renderer may use src-main only as types (import type), besides the pure modules listed');
        } else if (to === 'renderer') {
          say('src-main never imports the renderer');
        } else if (!LAYERS[from]) {
          say(`src-main/${from} is not in the table of layers`);
        } else if (!LAYERS[from]?.includes(to)) {
          say(`src-main/${from} may import only ${LAYERS[from]?.join(', ') || 'nothing else'} of src-main`);
        }
        continue;
      }
      if (typeOnly) continue;
      if (RENDERER_MAY_RUN.includes(file.path)) say('a module the renderer runs imports no package');
      const name = packageName(spec);
      if (from === 'renderer' && (spec.startsWith('node:') || !['react', 'react-dom'].includes(name))) say('the renderer runs in a sandboxed browser page: React only');
      const only = PACKAGES[name];
      if (only && !only.includes(from)) say(`${name} belongs to ${only.join(', ')}`);
      if (NO_FILES.includes(from) && /^node:fs(\/|$)/.test(spec)) say(`src-main/${from} composes and reads no files; its inputs come resolved`);
    }
  }
  return problems;
}

/** Every .ts and .tsx file under the given folders of the project. */
export function projectSources(root: string, folders: readonly string[]): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) out.push({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return out;
}
