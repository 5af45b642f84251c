import type { Command } from 'commander';
import { DatelineError, DEFAULT_DATA_DIR, findTimex, loadTimeLexicon, type FoundTimex, type TimeLexicon } from '../../index.ts';
import { checkDate, type Io } from '../context.ts';
import { formatTable } from '../output.ts';
import { dateField, mapJsonLines, stringField } from '../jsonl-stdin.ts';

const TENSES = ['past', 'future'] as const;
type TenseHint = (typeof TENSES)[number];

function checkTense(value: string | undefined, where: string): TenseHint | undefined {
  if (value === undefined) return undefined;
  if (!(TENSES as readonly string[]).includes(value)) {
    throw new DatelineError('E_USAGE', { detail: `bad tense ${JSON.stringify(value)} for ${where}: expected one of ${TENSES.join(', ')}` });
  }
  return value as TenseHint;
}

function find(lexicon: TimeLexicon, text: string, ref: string, tense: TenseHint | undefined): FoundTimex[] {
  return findTimex(lexicon, text, ref, tense ? { tense } : {});
}

interface TimexFlags {
  ref?: string;
  tense?: string;
  json?: boolean;
  jsonl?: boolean;
}

/** `dateline timex "TEXT" --ref DATE` */
export function registerTimex(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('timex')
    .description('find temporal expressions in a text and resolve them against a reference (article) date')
    .argument('[text]', 'the text; omit with --jsonl')
    .option('--ref <YYYY-MM-DD>', 'the reference date (the article date)')
    .option('--tense <past|future>', 'tense for bare phrases with no verb ("Monday", "Dec. 21"); a verb in the text wins')
    .option('--json', 'the expressions as one JSON array')
    .option('--jsonl', 'read lines {"text","ref","tense"?} on stdin, write one line {"timex":[...]} per input')
    .addHelpText('after', `
Values are TIMEX3-style: 2021-12-27 (day), 2021-W51 (ISO week), 2021-W52-WE (weekend), 2021-11 (month),
2023-Q3, 2022, ranges A/B with inclusive ends, open ranges A/.. and ../B; null when not resolvable.

Examples:
  $ dateline timex "Lavrov said last week that talks start after the holidays" --ref 2021-12-28
  $ dateline timex "Monday" --ref 2021-12-28 --tense future --json
  $ echo '{"text":"earlier this month","ref":"2021-12-28"}' | dateline timex --jsonl`)
    .action(async (text: string | undefined, flags: TimexFlags) => {
      const lexicon = loadTimeLexicon(DEFAULT_DATA_DIR);
      if (flags.jsonl) {
        const bad = await mapJsonLines(io.in ?? process.stdin, io, (record) => {
          const ref = dateField(record, 'ref', true);
          return { timex: find(lexicon, stringField(record, 'text', true), ref, checkTense(stringField(record, 'tense'), 'field "tense"')) };
        }, { timex: [] });
        setExit(bad ? 1 : 0);
        return;
      }
      if (text === undefined) throw new DatelineError('E_USAGE', { detail: 'give a text, or --jsonl to read lines from stdin' });
      const ref = checkDate(flags.ref, '--ref');
      if (!ref) throw new DatelineError('E_USAGE', { detail: '--ref YYYY-MM-DD is required: relative dates are resolved against it' });
      const found = find(lexicon, text, ref, checkTense(flags.tense, '--tense'));
      if (flags.json) io.out.write(`${JSON.stringify(found)}\n`);
      else io.out.write(`${formatTable(found.map((f) => ({ ...f, value: f.value ?? '(unresolved)' })), ['text', 'start', 'end', 'value', 'type'])}\n`);
    });
}
