import type { Command } from 'commander';
import { withWritableStore, type Io } from '../context.ts';

/** `dateline migrate`: upgrades a store's schema, which commands that only read never do. */
export function registerMigrate(program: Command, io: Io): void {
  program
    .command('migrate')
    .description("upgrade the store's schema to this Dateline's (commands that only read never change it)")
    .option('--db <file>', 'database file (default: $DATELINE_DB or ./dateline.db); it must exist')
    .addHelpText('after', `
Exit status: 0 upgraded or already current, 3 the file is missing, read-only, newer than this Dateline, or a migration failed.

Example:
  $ dateline migrate --db archive.db`)
    .action(async (flags: { db?: string }) => {
      // Opening for writing applies every pending migration, each in its own transaction.
      const { file, version } = await withWritableStore(flags.db, { create: false }, (store) => ({ file: store.file, version: store.schemaVersion }));
      io.out.write(`${file} is at schema version ${version}\n`);
    });
}
