// Bundles the React renderer into dist/renderer and the Electron preload script into
// dist/app/preload.cjs (a sandboxed preload must be one CommonJS file).
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'renderer');
mkdirSync(out, { recursive: true });
const production = process.env.NODE_ENV !== 'development';

await Promise.all([
  build({
    entryPoints: [join(root, 'src-renderer', 'main.tsx')],
    outfile: join(out, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    minify: production,
    sourcemap: production ? false : 'linked',
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
    logLevel: 'warning',
  }),
  build({
    entryPoints: [join(root, 'src-main', 'app', 'preload.ts')],
    outfile: join(root, 'dist', 'app', 'preload.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    external: ['electron'],
    target: 'node22',
    logLevel: 'warning',
  }),
]);
for (const file of ['index.html', 'styles.css']) copyFileSync(join(root, 'src-renderer', file), join(out, file));
