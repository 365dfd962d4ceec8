#!/usr/bin/env node
// The CLI: dist/banmian.cjs run with the V8 code cache made when it was built (see
// src-main/cli/bundle.ts). `npm install` builds it; `npm run build` after changing the sources.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/banmian.cjs', import.meta.url));
const cacheFile = `${bundle}.cache`;

if (!existsSync(bundle)) {
  console.error('banmian: not built yet; run `npm run build` (npm install does it too)');
  process.exit(2);
}

let cachedData;
try {
  cachedData = process.env.BANMIAN_CODE_CACHE === 'write' ? undefined : readFileSync(cacheFile);
} catch {
  // No cache: compile as usual.
}
// The bundle is pure ASCII (see bundle.ts): latin1 is the same text, read without decoding UTF-8.
const script = new vm.Script(Module.wrap(readFileSync(bundle, 'latin1')), {
  filename: bundle,
  cachedData,
});
if (process.env.BANMIAN_CODE_CACHE === 'write') {
  // Taken at exit, so that it holds every function the run compiled.
  process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
await module.exports.main(process.argv);
