/**
 * `npm run eval [-- SHARED_DIR]`: every quality figure Dateline reports, on the seed article and the
 * gold sets in the shared reference folder (default ../shared beside the repository). The figures in
 * docs/quality.md come from this script.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../src/index.ts';
import { evalTime } from './eval/time.ts';
import { evalActors } from './eval/actors.ts';
import { evalEvents } from './eval/events.ts';

const sharedDir = resolve(process.argv[2] ?? join(PACKAGE_ROOT, '..', 'shared'));
if (!existsSync(sharedDir)) {
  console.error(`eval: ${sharedDir} not found; pass the shared reference folder as the first argument`);
  process.exit(2);
}
console.log(`Dateline evaluation against ${sharedDir}\n`);
console.log('== Actors ==');
await evalActors(sharedDir);
console.log('\n== Time ==');
await evalTime(sharedDir);
console.log('\n== Events ==');
await evalEvents(sharedDir);
