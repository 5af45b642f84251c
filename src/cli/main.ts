import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { DatelineError } from '../index.ts';
import type { Io } from './context.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerArticles } from './commands/articles.ts';
import { registerShow } from './commands/show.ts';
import { registerSearch } from './commands/search.ts';
import { registerStats } from './commands/stats.ts';
import { registerDemo } from './commands/demo.ts';
import { registerTimex } from './commands/timex.ts';
import { registerActor } from './commands/actor.ts';
import { registerCode } from './commands/code.ts';
import { registerEvents } from './commands/events.ts';
import { registerExport } from './commands/export.ts';
import { registerServe } from './commands/serve.ts';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Builds the `dateline` program; `setExit` receives a command's own exit status. */
export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('dateline')
    .description('Dateline: dated news articles to a structured, source-linked record of political events')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) })
    .exitOverride();
  registerIngest(program, io, setExit);
  registerArticles(program, io);
  registerShow(program, io);
  registerSearch(program, io);
  registerStats(program, io);
  registerDemo(program, io);
  registerActor(program, io, setExit);
  registerCode(program, io, setExit);
  registerEvents(program, io);
  registerExport(program, io);
  registerTimex(program, io, setExit);
  registerServe(program, io);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) });
  return program;
}

/**
 * Runs the CLI with `argv` (as `process.argv`) and returns the exit status:
 * 0 success, 1 partial (some records rejected), 2 usage error or nothing usable.
 */
export async function main(argv: readonly string[], io: Io = { out: process.stdout, err: process.stderr }): Promise<number> {
  let exit = 0;
  const program = buildProgram(io, (code) => {
    exit = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with exit code 0; usage errors have already been printed.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof DatelineError) {
      io.err.write(`dateline: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
