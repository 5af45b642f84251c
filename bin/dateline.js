#!/usr/bin/env node
// Runs the bundled CLI in dist/ (`npm run build:cli`, run on install) when it was built from the
// sources as they are now; otherwise the TypeScript sources through tsx, so `dateline` never runs
// a stale build.
import { fileURLToPath } from 'node:url';
import { buildIsFresh } from './build-stamp.js';

const root = fileURLToPath(new URL('../', import.meta.url));
let main;
if (buildIsFresh(root, fileURLToPath(new URL('../dist/', import.meta.url)))) {
  ({ main } = await import('../dist/cli.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
