import type { Command } from 'commander';
import { DatelineError, DEFAULT_DATA_DIR, loadActorKnowledge, resolveActorText, type Actor } from '../../index.ts';
import { checkDate, today, type Io } from '../context.ts';
import { formatTable } from '../output.ts';
import { dateField, mapJsonLines, stringField } from '../jsonl-stdin.ts';

/** The evaluation contract's shape: nulls where unknown. */
function contract(actor: Actor | null): { country: string | null; sector: string | null; org: string | null; name: string | null; id: string | null } {
  return { country: actor?.country ?? null, sector: actor?.sector ?? null, org: actor?.org ?? null, name: actor?.name ?? null, id: actor?.id ?? null };
}

interface ActorFlags {
  date?: string;
  json?: boolean;
  jsonl?: boolean;
}

/** `dateline actor "TEXT"` */
export function registerActor(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('actor')
    .description('resolve one actor phrase to a country, sector, organisation and (dated) person')
    .argument('[text]', 'the phrase, e.g. "Russian foreign minister"; omit with --jsonl')
    .option('--date <YYYY-MM-DD>', 'the article date: who held a role depends on it (default: today)')
    .option('--json', 'one JSON object')
    .option('--jsonl', 'read lines {"text","date"?,"context"?} on stdin (context: the sentence or article the phrase came from), write one line {"country","sector","org","name","id"} per input')
    .addHelpText('after', `
Examples:
  $ dateline actor "an American destroyer"                  # USA MIL
  $ dateline actor "Russian foreign minister" --date 2021-12-28 --json
  $ echo '{"text":"Kremlin spokesman","date":"2021-12-28"}' | dateline actor --jsonl
  $ echo '{"text":"PAN","context":"Mexico votes on Sunday.","date":"2018-06-01"}' | dateline actor --jsonl`)
    .action(async (text: string | undefined, flags: ActorFlags) => {
      const { kb } = loadActorKnowledge(DEFAULT_DATA_DIR);
      if (flags.jsonl) {
        const bad = await mapJsonLines(io.in ?? process.stdin, io, (record) => {
          const date = dateField(record, 'date') ?? today();
          // `context`: the sentence or article the phrase came from, read before it as in ingest.
          return contract(resolveActorText(kb, stringField(record, 'text', true), date, { context: stringField(record, 'context') }));
        }, contract(null));
        setExit(bad ? 1 : 0);
        return;
      }
      if (text === undefined) throw new DatelineError('E_USAGE', { detail: 'give a phrase, or --jsonl to read lines from stdin' });
      const actor = resolveActorText(kb, text, checkDate(flags.date, '--date') ?? today());
      if (flags.json) {
        io.out.write(`${JSON.stringify({ ...contract(actor), role: actor?.role ?? null })}\n`);
        return;
      }
      if (!actor) {
        io.out.write(`no actor recognised in ${JSON.stringify(text)}\n`);
        setExit(1);
        return;
      }
      io.out.write(`${formatTable([{ ...actor }], ['name', 'country', 'sector', 'org', 'role', 'id'])}\n`);
    });
}
