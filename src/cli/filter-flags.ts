/**
 * The event filters as command-line flags: one flag per entry of the store's filter table, named as
 * the API parameter with dashes (`--actor`, `--min-confidence`), read by the same parser and
 * refused in the same words, so `events` and `export` take exactly the same filters; and `--all`,
 * every event whatever its status and confidence (DECISIONS §3), as `dateline code --all`.
 */
import type { Command } from 'commander';
import {
  EVENT_FILTER_NAMES, EVENT_FILTERS, EVENT_STATUSES, filterFlag, FilterValueError, parseEventFilter, type EventFilter, type EventFilterName,
} from '../index.ts';

/** Where commander keeps a flag's value: `--min-confidence` as `minConfidence`. */
function flagKey(name: EventFilterName): string {
  return name.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase());
}

/**
 * Adds every event filter flag to a command, each described once (the table's description).
 *
 * @example
 * addFilterFlags(program.command('events')).option('--json', 'JSON Lines');
 */
export function addFilterFlags(command: Command): Command {
  for (const name of EVENT_FILTER_NAMES) {
    const def = EVENT_FILTERS[name];
    command.option(`${filterFlag(name)} ${def.syntax}`, def.description);
  }
  command.option('--all', 'every event, whatever its status and confidence (unless --status or --min-confidence says otherwise)');
  return command;
}

/**
 * The filter flags given to a command, parsed.
 *
 * @param flags - The command's options as commander parsed them; `all` lifts the default status and
 *   confidence filters (a `--status` or `--min-confidence` given beside it still holds).
 * @returns The event filter.
 * @throws FilterValueError (`E_USAGE_BAD_FILTER`) naming the flag: `bad --type "PARTY": ...`.
 * @example
 * filterFromFlags({ actor: 'russia', type: 'consult,threaten' }); // { actor: ['russia'], type: ['CONSULT', 'THREATEN'] }
 */
export function filterFromFlags(flags: Readonly<Record<string, unknown>>): EventFilter {
  const input: Partial<Record<EventFilterName, string>> = {};
  for (const name of EVENT_FILTER_NAMES) {
    const value = flags[flagKey(name)];
    if (typeof value === 'string') input[name] = value;
  }
  const parsed = parseEventFilter(input);
  if (!parsed.ok) throw new FilterValueError(parsed.issue, filterFlag(parsed.issue.filter));
  if (flags.all !== true) return parsed.value;
  return { status: EVENT_STATUSES, min_confidence: 0, ...parsed.value };
}

/**
 * Adds only the confidence flags to a command whose list is not an event filter (`upcoming`):
 * `--min-confidence`, described by the filter table, and `--all`.
 *
 * @example
 * addConfidenceFlags(program.command('upcoming'));
 */
export function addConfidenceFlags(command: Command, all = 'every event, whatever its confidence'): Command {
  const def = EVENT_FILTERS.min_confidence;
  return command.option(`${filterFlag('min_confidence')} ${def.syntax}`, def.description).option('--all', all);
}

/**
 * The threshold `--min-confidence` and `--all` ask for, read by the filter parser (so refused in the
 * same words as for `events`): undefined for the default, 0 for `--all` (a `--min-confidence` beside
 * it still holds).
 *
 * @throws FilterValueError (`E_USAGE_BAD_FILTER`): `bad --min-confidence "2": expected a number from 0 to 1`.
 * @example
 * minConfidenceFromFlags({ minConfidence: '0.5' }); // 0.5
 */
export function minConfidenceFromFlags(flags: Readonly<Record<string, unknown>>): number | undefined {
  const value = flags[flagKey('min_confidence')];
  const parsed = parseEventFilter({ min_confidence: typeof value === 'string' ? value : undefined });
  if (!parsed.ok) throw new FilterValueError(parsed.issue, filterFlag(parsed.issue.filter));
  return parsed.value.min_confidence ?? (flags.all === true ? 0 : undefined);
}

/** The filter flags that were given, as flags (`--actor`), for messages. */
export function givenFilterFlags(flags: Readonly<Record<string, unknown>>): string[] {
  return EVENT_FILTER_NAMES.filter((name) => flags[flagKey(name)] !== undefined).map(filterFlag);
}

/**
 * Runs `work` and re-words a filter value the store refused (an actor name nothing matches) with
 * the flag's name, as the API names its parameter.
 *
 * @example
 * await withFilterFlags(() => withStore(flags.db, (store) => [...iterateEvents(store.db, filter)]));
 */
export async function withFilterFlags<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FilterValueError && error.option === error.issue.filter) {
      throw new FilterValueError(error.issue, filterFlag(error.issue.filter), { cause: error });
    }
    throw error;
  }
}
