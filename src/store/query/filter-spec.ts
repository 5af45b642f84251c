/**
 * The event filters, defined once: each filter's name (the API parameter; the CLI flag is the same
 * name with dashes, `--actor`), how its value is written, what it selects, and how a text value
 * becomes a typed one. The CLI flags of `events` and `export`, the API's query parameters (event
 * lists, aggregates, exports), the store's own checks and the docs all read this table, so a filter
 * cannot take a list in one place and a single value in another.
 *
 * Filters still to come (DECISIONS §7: `near`, `bbox`, `place`) join as entries of
 * {@link EVENT_FILTERS} and fields of `EventFilter`; every surface then offers them.
 *
 * Parsing here is pure (no store): actor names are only checked for shape; the store resolves them
 * to codes (`resolveActorRefs` in names.ts) and reports an unknown one with the same wording.
 */
import type { EventStatus, PloverType } from '../../doc/types.ts';
import { DatelineError } from '../../errors.ts';
import { PLOVER_MODES } from '../../events/lexicon.ts';
import { isIsoDay } from '../../lib/calendar-day.ts';
import { QUAD_CLASS } from '../../events/quad-class.ts';
import { DEFAULT_MIN_CONFIDENCE } from '../../events/confidence.ts';
import type { EventFilter } from './types.ts';

/** The name of a filter: the API parameter and, with dashes, the CLI flag. */
export type EventFilterName = keyof EventFilter;

/** Why one filter value was refused. */
export interface FilterIssue {
  filter: EventFilterName;
  /** The offending value as given (one item of a list when one item is at fault). */
  value: string;
  /** What is wrong or expected, to follow `bad <option> "<value>": `. */
  reason: string;
}

/** A parse result in the style of zod's `safeParse`: bad input is a value, not a throw. */
export type FilterParse<T> = { ok: true; value: T } | { ok: false; issue: FilterIssue };

/** Every event status, in the order the CLI and API list them. */
export const EVENT_STATUSES: readonly EventStatus[] = ['occurred', 'scheduled', 'denied', 'hypothetical'];

/** What an event list shows unless asked otherwise: denied and hypothetical events did not happen. */
export const DEFAULT_STATUSES: readonly EventStatus[] = ['occurred', 'scheduled'];

/** Every PLOVER type, in codebook order. */
export const PLOVER_TYPES = Object.keys(QUAD_CLASS) as PloverType[];

/** Every mode the PLOVER codebook gives any type, sorted. */
export const PLOVER_MODE_NAMES: readonly string[] = [...new Set(Object.values(PLOVER_MODES).flat())].sort();

/**
 * Actor codes that stand for a class of actors rather than one: `IGO` finds every international
 * organisation (NATO, EU, ...), `NGO` every non-governmental one, `IMG` every transnational armed
 * group (DECISIONS §9). They match the actors' `country` column.
 */
export const ACTOR_CLASS_CODES: readonly string[] = ['IGO', 'NGO', 'IMG'];

/** Most items in one comma list: enough for any real question, and a bound on the SQL. */
export const MAX_LIST_ITEMS = 50;

const MAX_TEXT = 200;
const MODE_WORD = /^[a-z][a-z-]{0,39}$/;

/** What an actor reference may be, for messages. */
export const ACTOR_REF_HELP = 'an actor code (RUS, NATO, IGO for every international organisation), an actor id (person:sergey-lavrov) or a name (Russia, Russian)';

const ok = <T>(value: T): FilterParse<T> => ({ ok: true, value });
const bad = (filter: EventFilterName, value: string, reason: string): FilterParse<never> => ({ ok: false, issue: { filter, value, reason } });

/** Splits a comma list, trimming items and dropping empty ones (`RUS, UKR,` is `RUS`, `UKR`). */
export function splitList(raw: string): string[] {
  return raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function listOf<T>(filter: EventFilterName, items: readonly string[], expected: string, item: (s: string) => T | null): FilterParse<T[]> {
  if (items.length === 0) return bad(filter, items.join(','), `expected ${expected}`);
  if (items.length > MAX_LIST_ITEMS) return bad(filter, items.join(','), `at most ${MAX_LIST_ITEMS} items, got ${items.length}`);
  const out: T[] = [];
  for (const raw of items) {
    const value = typeof raw === 'string' ? item(raw.trim()) : null;
    if (value === null) return bad(filter, String(raw), `expected ${expected}`);
    if (!out.includes(value)) out.push(value);
  }
  return ok(out);
}

/**
 * PLOVER types, any case (`consult` is `CONSULT`), duplicates dropped.
 *
 * @example
 * checkTypes(['consult', 'THREATEN']); // { ok: true, value: ['CONSULT', 'THREATEN'] }
 */
export function checkTypes(items: readonly string[]): FilterParse<PloverType[]> {
  return listOf('type', items, `PLOVER types: ${PLOVER_TYPES.join(', ')}`, (s) => {
    const upper = s.toUpperCase();
    return upper in QUAD_CLASS ? (upper as PloverType) : null;
  });
}

/**
 * Statuses, any case, duplicates dropped.
 *
 * @example
 * checkStatuses(['Occurred', 'denied']); // { ok: true, value: ['occurred', 'denied'] }
 */
export function checkStatuses(items: readonly string[]): FilterParse<EventStatus[]> {
  return listOf('status', items, `statuses: ${EVENT_STATUSES.join(', ')}`, (s) => {
    const lower = s.toLowerCase();
    return (EVENT_STATUSES as readonly string[]).includes(lower) ? (lower as EventStatus) : null;
  });
}

/**
 * Modes, any case, as words (`visit`, `third-party`). Whether a mode exists is the store's check: the
 * codebook's modes always do, and so does any mode stored events carry.
 *
 * @example
 * checkModes(['Visit', 'phone']); // { ok: true, value: ['visit', 'phone'] }
 */
export function checkModes(items: readonly string[]): FilterParse<string[]> {
  return listOf('mode', items, `PLOVER modes such as ${PLOVER_MODE_NAMES.slice(0, 6).join(', ')}`, (s) => {
    const lower = s.toLowerCase();
    return MODE_WORD.test(lower) ? lower : null;
  });
}

/**
 * Actor references (codes, ids or names) checked for shape only; the store resolves them.
 *
 * @example
 * checkActorRefs('actor', ['rus', 'United States']); // { ok: true, value: ['rus', 'United States'] }
 */
export function checkActorRefs(filter: 'actor' | 'dyad', items: readonly string[]): FilterParse<string[]> {
  return listOf(filter, items, ACTOR_REF_HELP, (s) => (s !== '' && s.length <= MAX_TEXT && !/[\p{Cc}]/u.test(s) ? s : null));
}

/**
 * A `YYYY-MM-DD` day that exists: compared as text in SQL, `2021-1-5` or `2021-02-30` would
 * silently select the wrong rows.
 *
 * @example
 * checkDayValue('since', '2022-01-05'); // { ok: true, value: '2022-01-05' }
 */
export function checkDayValue(filter: 'since' | 'until', raw: string): FilterParse<string> {
  const value = typeof raw === 'string' ? raw.trim() : String(raw);
  const real = isIsoDay(value);
  return real ? ok(value) : bad(filter, value, 'expected a real day as YYYY-MM-DD');
}

/**
 * Words to find in the event's article: trimmed, non-empty, at most 200 characters. The FTS
 * syntax itself is checked against the index by the store.
 *
 * @example
 * checkText('q', ' security guarantees '); // { ok: true, value: 'security guarantees' }
 */
export function checkText(filter: 'q', raw: string): FilterParse<string> {
  const value = typeof raw === 'string' ? raw.trim() : '';
  return value !== '' && value.length <= MAX_TEXT ? ok(value) : bad(filter, String(raw), `expected non-empty text of at most ${MAX_TEXT} characters`);
}

/**
 * A confidence threshold: a number from 0 to 1 (`0.25`, `.5`, `1`).
 *
 * @example
 * checkMinConfidence(' 0.5 '); // { ok: true, value: 0.5 }
 */
export function checkMinConfidence(raw: string): FilterParse<number> {
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  const value = /^(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
  return value >= 0 && value <= 1 ? ok(value) : bad('min_confidence', text, 'expected a number from 0 to 1');
}

/** One filter: how it is written and read. */
export interface FilterDef<K extends EventFilterName> {
  name: K;
  /** The value's placeholder in help texts: `<list>`, `<YYYY-MM-DD>`. */
  syntax: string;
  /** What it selects, one line: the CLI's help, the OpenAPI document and docs/api.md say the same. */
  description: string;
  /** A value that works on the example store. */
  example: string;
  /** Text (a flag's or parameter's value) to the typed value. */
  parse(raw: string): FilterParse<NonNullable<EventFilter[K]>>;
}

type FilterTable = { readonly [K in EventFilterName]-?: FilterDef<K> };

/** Every event filter, in the order help texts list them. */
export const EVENT_FILTERS: FilterTable = {
  actor: {
    name: 'actor', syntax: '<list>', example: 'russia,NATO',
    description: 'events with any of these actors as source or target: codes (RUS, NATO; IGO = every international organisation), actor ids or names (Russia, Russian), any case, comma list',
    parse: (raw) => checkActorRefs('actor', splitList(raw)),
  },
  dyad: {
    name: 'dyad', syntax: '<A,B>', example: 'RUS,USA',
    description: 'events between two actors, either direction; each a code, id or name as for actor',
    parse: (raw) => {
      const items = splitList(raw);
      if (items.length !== 2) return bad('dyad', raw, 'expected two actors separated by a comma, e.g. RUS,USA');
      const refs = checkActorRefs('dyad', items);
      // Two different references that resolve alike (Russia,RUS) are still a dyad of one actor.
      return refs.ok ? ok([items[0]!, items[1]!] as [string, string]) : refs;
    },
  },
  type: {
    name: 'type', syntax: '<list>', example: 'CONSULT,THREATEN',
    description: 'PLOVER event types, any case, comma list',
    parse: (raw) => checkTypes(splitList(raw)),
  },
  mode: {
    name: 'mode', syntax: '<list>', example: 'visit,phone',
    description: 'PLOVER modes (visit, phone, troops, ...), any case, comma list',
    parse: (raw) => checkModes(splitList(raw)),
  },
  status: {
    name: 'status', syntax: '<list>', example: 'occurred,denied',
    description: `statuses (${EVENT_STATUSES.join(', ')}), comma list; default ${DEFAULT_STATUSES.join(',')}`,
    parse: (raw) => checkStatuses(splitList(raw)),
  },
  since: {
    name: 'since', syntax: '<YYYY-MM-DD>', example: '2022-01-01',
    description: "first day, inclusive, of the day an event is placed on (its own date, else its article's)",
    parse: (raw) => checkDayValue('since', raw),
  },
  until: {
    name: 'until', syntax: '<YYYY-MM-DD>', example: '2022-01-31',
    description: 'last day, inclusive, as for since',
    parse: (raw) => checkDayValue('until', raw),
  },
  q: {
    name: 'q', syntax: '<words>', example: 'security guarantees',
    description: "words that must occur in the event's article (full-text search, stemmed)",
    parse: (raw) => checkText('q', raw),
  },
  min_confidence: {
    name: 'min_confidence', syntax: '<0-1>', example: '0.5',
    description: `events whose confidence is at least this; default ${DEFAULT_MIN_CONFIDENCE} (data/README.md), 0 shows every event; events stored before they were scored are always shown`,
    parse: (raw) => checkMinConfidence(raw),
  },
};

/** The filter names in help order. */
export const EVENT_FILTER_NAMES = Object.keys(EVENT_FILTERS) as EventFilterName[];

/**
 * The CLI flag of a filter: its name with dashes (`min_confidence` -> `--min-confidence`).
 *
 * @example
 * filterFlag('actor'); // '--actor'
 */
export function filterFlag(name: EventFilterName): string {
  return `--${name.replace(/_/g, '-')}`;
}

/**
 * The one wording of a bad filter value, for the CLI (option `--actor`) and the API (`actor`).
 *
 * @example
 * filterMessage({ filter: 'type', value: 'PARTY', reason: 'expected PLOVER types: ...' }, '--type');
 * // 'bad --type "PARTY": expected PLOVER types: ...'
 */
export function filterMessage(issue: FilterIssue, option: string = issue.filter): string {
  return `bad ${option} ${JSON.stringify(issue.value)}: ${issue.reason}`;
}

/**
 * A bad filter value as an error: code `E_USAGE_BAD_FILTER`, the issue kept so the API can name the
 * parameter and the CLI the flag.
 *
 * @example
 * throw new FilterValueError({ filter: 'actor', value: 'Narnia', reason: 'no actor has this code, id or name' });
 */
export class FilterValueError extends DatelineError {
  /**
   * @param issue - What is wrong.
   * @param option - How the filter is spelt where it was given: `actor` (API, code), `--actor` (CLI).
   * @param options - The error this one re-words, if any.
   */
  constructor(readonly issue: FilterIssue, readonly option: string = issue.filter, options?: { cause?: unknown }) {
    super('E_USAGE_BAD_FILTER', { option, value: JSON.stringify(issue.value), reason: issue.reason }, {}, options);
    this.name = 'FilterValueError';
  }
}

/**
 * Reads the filters from text values (flags or query parameters); absent or undefined ones are left
 * out. The first bad value is returned as the issue.
 *
 * @param input - Values by filter name, as written by the user.
 * @returns The typed filter, or the issue of the first bad value.
 * @example
 * parseEventFilter({ actor: 'rus', type: 'consult,threaten' });
 * // { ok: true, value: { actor: ['rus'], type: ['CONSULT', 'THREATEN'] } }
 */
export function parseEventFilter(input: Partial<Record<EventFilterName, string | undefined>>): FilterParse<EventFilter> {
  const filter: Record<string, unknown> = {};
  for (const name of EVENT_FILTER_NAMES) {
    const raw = input[name];
    if (raw === undefined) continue;
    const parsed = EVENT_FILTERS[name].parse(raw);
    if (!parsed.ok) return parsed;
    filter[name] = parsed.value;
  }
  return ok(filter as EventFilter);
}
