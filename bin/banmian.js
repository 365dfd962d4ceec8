#!/usr/bin/env node
// The compiled CLI (npm install builds it; `npm run build` after changing the sources).
import('../dist/src-main/cli/main.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/src-main/cli')) {
    console.error('banmian: not built yet; run `npm run build` (npm install does it too)');
    process.exit(2);
  }
  throw err;
});
