/**
 * Builds the CLI that `bin/banmian.js` runs (`npm run build`, after tsc):
 *
 * 1. `dist/banmian.cjs`: the CLI and its dependencies in one CommonJS file, so a command starts
 *    without resolving and reading hundreds of modules (~130 ms here).
 * 2. `dist/banmian.cjs.cache`: V8's code cache of that file, taken after composing the sample
 *    issue once, so the functions a compose runs arrive compiled instead of being parsed and
 *    compiled in every process (~160 ms here). V8 refuses a cache made by another Node version,
 *    and the launcher then runs the file uncached.
 *
 * pdfkit loads its standard fonts with `createRequire(import.meta.url)('#standard-fonts/…')`;
 * bundled, that resolves against our package.json, whose `imports` map sends it back to pdfkit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../model/project-root.js';

const root = projectRoot();
const outfile = join(root, 'dist', 'banmian.cjs');

await build({
  entryPoints: [join(root, 'src-main', 'cli', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  // A native addon, loaded only for photos.
  external: ['sharp'],
  // Never called by Banmian, and each does its set-up whenever its library loads (see stubs/).
  alias: {
    'brotli/decompress.js': join(root, 'src-main', 'cli', 'stubs', 'brotli-decompress.cjs'),
    '@noble/ciphers/aes': join(root, 'src-main', 'cli', 'stubs', 'noble-aes.mjs'),
  },
  // import() of what stays outside the bundle becomes require(): a vm.Script has no module loader.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
});

// esbuild escapes non-ASCII text except inside regular expressions; escaping those too makes the
// file pure ASCII, which the launcher reads as latin1, twice as fast as decoding UTF-8.
const source = readFileSync(outfile, 'utf8');
writeFileSync(outfile, source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

const work = mkdtempSync(join(tmpdir(), 'banmian-build-'));
try {
  const warm = spawnSync(
    process.execPath,
    [join(root, 'bin', 'banmian.js'), 'compose', join(root, 'templates', 'sample-issue', 'sample.banmian.json'), '-o', join(work, 'warm.pdf')],
    { env: { ...process.env, BANMIAN_CODE_CACHE: 'write' }, encoding: 'utf8' },
  );
  if (warm.status !== 0) throw new Error(`composing the sample issue to make the code cache failed:\n${warm.stderr}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
