/**
 * Child process for kill.test.ts: inserts `batches` batches of `size` synthetic articles into
 * the store at `file`, one transaction per batch, printing `committed <batch> <inserted>` after
 * each commit returns, then `done <inserted> <existing>`. The parent SIGKILLs it mid-run.
 *
 * Usage: node --import tsx test/store/insert-loop.ts FILE BATCHES SIZE
 */
import { openStore } from '../../src/store/index.ts';
import { synthetic } from './fixtures.ts';

const [file, batchesArg, sizeArg] = process.argv.slice(2);
if (!file || !batchesArg || !sizeArg) {
  console.error('usage: insert-loop.ts FILE BATCHES SIZE');
  process.exit(2);
}
const batches = Number(batchesArg);
const size = Number(sizeArg);

const store = openStore(file);
let inserted = 0;
let existing = 0;
for (let b = 0; b < batches; b++) {
  const batch = Array.from({ length: size }, (_, i) => synthetic(b * size + i));
  const result = store.insertArticles(batch);
  inserted += result.inserted.length;
  existing += result.existing.length;
  // Pipes are synchronous on POSIX, so once the parent reads this line the commit has happened.
  process.stdout.write(`committed ${b} ${result.inserted.length}\n`);
}
store.close();
process.stdout.write(`done ${inserted} ${existing}\n`);
