/**
 * The event filters as query parameters: one zod schema per entry of the store's filter table
 * (`EVENT_FILTERS`), so each parameter reads its value exactly as the CLI flag of the same name does
 * and says what is wrong in the same words. Routes spread {@link EVENT_FILTER_SHAPE} into their
 * query schema and hand the parsed values to the store with {@link toEventFilter}.
 */
import { z } from 'zod';
import {
  EVENT_FILTER_NAMES, EVENT_FILTERS, filterMessage, PLOVER_TYPES, type EventFilter, type EventFilterName, type FilterDef,
} from '../index.ts';
import { single, WHOLE_MESSAGE } from './params.ts';

export { PLOVER_TYPES };

// One actor as the actor filter takes it: a code or class code in any case, an actor id
// (`person:sergey-lavrov`, `agent:?-GOV`) or a name (`Russia`, `Sergey Lavrov`); no control characters.
const ACTOR_REF = /^[^\p{Cc}]{1,200}$/u;

/**
 * One actor as a parameter (an actor page, a dyad's side, a speaker), read as the `actor` filter reads
 * each of its items: the store resolves it (store/query/actor-param.ts) and refuses an unknown one in
 * the filters' words.
 *
 * @example
 * z.strictObject({ speaker: actorRefParam('who spoke').optional() });
 */
export function actorRefParam(description: string) {
  return z.string({ error: single('an actor: a code such as RUS or NATO, an actor id or a name such as Russia') })
    .transform((s) => s.trim())
    .pipe(z.string().regex(ACTOR_REF, { error: (issue) => `must be an actor: a code such as RUS or NATO, an actor id or a name such as Russia (at most 200 characters), got ${JSON.stringify(issue.input)}` }))
    .meta({ description, examples: ['RUS'] });
}

/**
 * One filter as a query parameter: given once, read by the filter's own parser.
 *
 * @example
 * filterParam(EVENT_FILTERS.type).optional();
 */
export function filterParam<K extends EventFilterName>(def: FilterDef<K>) {
  const date = def.syntax === '<YYYY-MM-DD>' ? { format: 'date' } : {};
  return z.string({ error: single(def.syntax.replace(/^<|>$/g, '')) })
    .transform((raw, ctx): NonNullable<EventFilter[K]> => {
      const parsed = def.parse(raw);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', input: raw, message: filterMessage(parsed.issue), params: { [WHOLE_MESSAGE]: true } });
      return z.NEVER;
    })
    .meta({ description: def.description, examples: [def.example], ...date });
}

/** The filter parameters, to spread into a route's strict query schema. */
export const EVENT_FILTER_SHAPE = {
  actor: filterParam(EVENT_FILTERS.actor).optional(),
  dyad: filterParam(EVENT_FILTERS.dyad).optional(),
  type: filterParam(EVENT_FILTERS.type).optional(),
  mode: filterParam(EVENT_FILTERS.mode).optional(),
  status: filterParam(EVENT_FILTERS.status).optional(),
  since: filterParam(EVENT_FILTERS.since).optional(),
  until: filterParam(EVENT_FILTERS.until).optional(),
  q: filterParam(EVENT_FILTERS.q).optional(),
  min_confidence: filterParam(EVENT_FILTERS.min_confidence).optional(),
} satisfies Record<EventFilterName, z.ZodType>;

/** The filter parameters alone, as a strict schema. */
export const EventFilterQuery = z.strictObject(EVENT_FILTER_SHAPE);

/** Parsed filter parameters, possibly mixed with a route's other parameters. */
export type ParsedEventFilter = z.output<typeof EventFilterQuery>;

/**
 * The store's filter from parsed parameters, dropping what was not given. Actor names are resolved
 * by the store, which answers an unknown one with a 400 naming the parameter.
 *
 * @param query - The output of a query schema that spread {@link EVENT_FILTER_SHAPE}.
 * @returns The filter for the store's event queries.
 * @example
 * queryEvents(store.db, toEventFilter(query), { limit: query.limit });
 */
export function toEventFilter(query: Partial<ParsedEventFilter>): EventFilter {
  const filter: Record<string, unknown> = {};
  for (const name of EVENT_FILTER_NAMES) {
    if (query[name] !== undefined) filter[name] = query[name];
  }
  return filter as EventFilter;
}
