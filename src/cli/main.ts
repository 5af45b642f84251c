import { Command, CommanderError, Help } from 'commander';
import { createRequire } from 'node:module';
import type { Io } from './context.ts';
import { EXIT, exitOnInterrupt, reportFailure, watchPipe } from './exit.ts';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** A command module's entry point: adds its command(s) to the program. */
type Register = (program: Command, io: Io, setExit: (code: number) => void) => void;

/** One command as `dateline --help` lists it, and how to load the module that defines it. */
interface CommandEntry {
  name: string;
  /** The left column of `dateline --help`: name, `[options]` and arguments. */
  term: string;
  /** The command's description, as its module gives it. */
  summary: string;
  load: () => Promise<Register>;
}

// Each module is imported only when its command runs, so `dateline --help` loads none of the
// pipeline, store or server. Terms and summaries repeat the modules' own; main.test.ts checks they agree.
const events = (): Promise<Register> => import('./commands/events.ts').then((m) => m.registerEvents);
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'ingest', term: 'ingest [options] <paths...>', summary: 'read articles from files, folders (recursively) or - (stdin) into the store', load: () => import('./commands/ingest.ts').then((m) => m.registerIngest) },
  { name: 'articles', term: 'articles [options]', summary: 'list stored articles, oldest first', load: () => import('./commands/articles.ts').then((m) => m.registerArticles) },
  { name: 'show', term: 'show [options] <id>', summary: 'show one article with its numbered sentences and annotations', load: () => import('./commands/show.ts').then((m) => m.registerShow) },
  { name: 'search', term: 'search [options] <query>', summary: 'full-text search over titles and text, best match first', load: () => import('./commands/search.ts').then((m) => m.registerSearch) },
  { name: 'stats', term: 'stats [options]', summary: 'counts of what the store holds', load: () => import('./commands/stats.ts').then((m) => m.registerStats) },
  { name: 'demo', term: 'demo [options]', summary: "ingest Dateline's example articles (examples/) into the store and show what is there", load: () => import('./commands/demo.ts').then((m) => m.registerDemo) },
  { name: 'kb', term: 'kb', summary: 'look up people, organisations and groups in the actor knowledge base, or count what it holds', load: () => import('./commands/kb.ts').then((m) => m.registerKb) },
  { name: 'actor', term: 'actor [options] [text]', summary: 'resolve one actor phrase to a country, sector, organisation and (dated) person', load: () => import('./commands/actor.ts').then((m) => m.registerActor) },
  { name: 'code', term: 'code [options] [file]', summary: 'code the events, quotes and statements of an article (without storing it)', load: () => import('./commands/code.ts').then((m) => m.registerCode) },
  { name: 'events', term: 'events [options]', summary: 'list stored events with their sentence, by the day each is placed on (occurred and scheduled unless --status says otherwise)', load: events },
  { name: 'upcoming', term: 'upcoming [options]', summary: 'scheduled events from today (or --from) on, soonest first, with the article that announced each (at or above the confidence threshold unless --all)', load: events },
  { name: 'export', term: 'export [options]', summary: 'write stored events as CSV, JSON Lines or Parquet, upcoming events as iCalendar, or the actor network as GraphML', load: () => import('./commands/export.ts').then((m) => m.registerExport) },
  { name: 'timex', term: 'timex [options] [text]', summary: 'find temporal expressions in a text and resolve them against a reference (article) date', load: () => import('./commands/timex.ts').then((m) => m.registerTimex) },
  { name: 'serve', term: 'serve [options]', summary: 'serve the JSON API (/api/) and the web UI (/) over the store until interrupted', load: () => import('./commands/serve.ts').then((m) => m.registerServe) },
  { name: 'migrate', term: 'migrate [options]', summary: "upgrade the store's schema to this Dateline's (commands that only read never change it)", load: () => import('./commands/migrate.ts').then((m) => m.registerMigrate) },
  { name: 'recode', term: 'recode [options]', summary: 're-code stored articles that an older pipeline version coded, keeping the ids of events coded again', load: () => import('./commands/recode.ts').then((m) => m.registerRecode) },
];

/**
 * The command `argv` (as `process.argv`) asks for, `help NAME` included; undefined when it names
 * none we know (then the top-level help or commander's "unknown command" answers).
 *
 * @example
 * requestedCommand(['node', 'dateline', 'help', 'code']); // the entry of `code`
 */
export function requestedCommand(argv: readonly string[]): CommandEntry | undefined {
  // The program's own options (--help, --version) take no value, so the first word is the command.
  const words = argv.slice(2).filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return COMMANDS.find((c) => c.name === name);
}

/**
 * Builds the `dateline` program with the commands in `only` fully defined (their modules loaded),
 * and every other command as a name and summary for the help; `setExit` receives a command's own
 * exit status.
 */
export async function buildProgram(io: Io, setExit: (code: number) => void, only: readonly CommandEntry[] = COMMANDS): Promise<Command> {
  const terms = new Map(COMMANDS.map((c) => [c.name, c.term]));
  const newProgram = (): Command => new Command('dateline')
    .description('Dateline: dated news articles to a structured, source-linked record of political events')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) })
    .exitOverride();
  // One module may define several commands (events and upcoming): each module registers once on a
  // scratch program with the same settings, then every command takes its place in the table's order.
  const scratch = newProgram();
  for (const register of new Set(await Promise.all(only.map((entry) => entry.load())))) register(scratch, io, setExit);
  const defined = new Map(scratch.commands.map((c) => [c.name(), c]));
  const program = newProgram();
  for (const entry of COMMANDS) {
    const command = defined.get(entry.name);
    if (command) program.addCommand(command);
    else program.command(entry.name).description(entry.summary);
  }
  for (const [name, command] of defined) if (!terms.has(name)) program.addCommand(command);
  // A placeholder has no options or arguments of its own, so the help shows the term the module gives.
  const help = new Help();
  program.configureHelp({ subcommandTerm: (cmd) => (defined.has(cmd.name()) ? help.subcommandTerm(cmd) : terms.get(cmd.name()) ?? help.subcommandTerm(cmd)) });
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) });
  return program;
}

/**
 * Runs the CLI with `argv` (as `process.argv`) and returns the exit status (see `EXIT` in exit.ts):
 * 0 done, 1 done with records rejected, 2 usage error or nothing usable, 3 store unavailable;
 * SIGINT ends the process with 130. Every failure is one line on `io.err` (a stack trace only with
 * DATELINE_DEBUG=1), and a reader that closes the output early (`| head -1`) ends it quietly with 0.
 * Only the module of the command asked for is loaded.
 */
export async function main(argv: readonly string[], io: Io = { out: process.stdout, err: process.stderr }): Promise<number> {
  let exit = 0;
  const pipe = watchPipe(io.out);
  const stopInterrupt = exitOnInterrupt(io.err);
  try {
    const wanted = requestedCommand(argv);
    const program = await buildProgram(io, (code) => {
      exit = code;
    }, wanted ? [wanted] : []);
    await program.parseAsync([...argv]);
    if (pipe.closed) return EXIT.ok;
    return pipe.failed ? reportFailure(pipe.failed, io.err) : exit;
  } catch (error) {
    // Whatever a write to a closed pipe set off, the reader has what it wanted.
    if (pipe.closed) return EXIT.ok;
    if (error instanceof CommanderError) {
      // --help and --version "fail" with exit code 0; usage errors have already been printed.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportFailure(error, io.err);
  } finally {
    stopInterrupt();
    pipe.stop();
  }
}
