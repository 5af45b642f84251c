/**
 * The event filters every event-derived route accepts (`actor`, `dyad`, `type`, `mode`, `status`,
 * `since`, `until`, `q`), defined once: routes spread {@link EVENT_FILTER_SHAPE} into their query
 * schema and turn the parsed values into the store's `EventFilter` with {@link toEventFilter}.
 */
import { z } from 'zod';
import { EVENT_STATUSES, QUAD_CLASS, type EventFilter, type PloverType } from '../index.ts';
import { choiceList, day, single, text } from './params.ts';

/** Every PLOVER type, in codebook order. */
export const PLOVER_TYPES = Object.keys(QUAD_CLASS) as PloverType[];

// Actor codes are ISO alpha-3 countries, organisation acronyms or actor ids (`person:sergey-lavrov`).
const ACTOR_CODE = /^[\p{L}\p{N}][\p{L}\p{N}:._'-]{0,79}$/u;

/**
 * An actor code parameter: a country (`RUS`), an organisation (`NATO`) or an actor id.
 *
 * @example
 * z.strictObject({ speaker: actorCodeParam('who spoke').optional() });
 */
export function actorCodeParam(description: string) {
  return z.string({ error: single('an actor code such as RUS or NATO') })
    .regex(ACTOR_CODE, { error: (issue) => `must be an actor code such as RUS or NATO, got ${JSON.stringify(issue.input)}` })
    .meta({ description, examples: ['RUS'] });
}

const dyad = z.string({ error: single('two actor codes, e.g. RUS,USA') })
  .transform((raw, ctx) => {
    const parts = raw.split(',').map((s) => s.trim());
    if (parts.length !== 2 || !parts.every((p) => ACTOR_CODE.test(p))) {
      ctx.addIssue({ code: 'custom', input: raw, message: `must be two actor codes separated by a comma, e.g. RUS,USA, got ${JSON.stringify(raw)}` });
      return z.NEVER;
    }
    return parts as [string, string];
  })
  .meta({ description: 'two actor codes: events between them, either direction', examples: ['RUS,USA'] });

/** The filter parameters, to spread into a route's strict query schema. */
export const EVENT_FILTER_SHAPE = {
  actor: actorCodeParam('actor code (RUS, NATO) or actor id, as source or target').optional(),
  dyad: dyad.optional(),
  type: choiceList('PLOVER event types, comma list (CONSULT,THREATEN)', PLOVER_TYPES, true).optional(),
  mode: text('PLOVER mode of the event', 60).optional(),
  status: choiceList('statuses, comma list; default occurred,scheduled', EVENT_STATUSES).optional(),
  since: day('first day, inclusive, on the day the event is placed on').optional(),
  until: day('last day, inclusive').optional(),
  q: text("words that must occur in the event's article (full-text search)").optional(),
};

/** The filter parameters alone, as a strict schema. */
export const EventFilterQuery = z.strictObject(EVENT_FILTER_SHAPE);

/** Parsed filter parameters, possibly mixed with a route's other parameters. */
export type ParsedEventFilter = z.output<typeof EventFilterQuery>;

/**
 * The store's filter from parsed parameters, dropping what was not given.
 *
 * @param query - The output of a query schema that spread {@link EVENT_FILTER_SHAPE}.
 * @returns The filter for the store's event queries.
 * @example
 * queryEvents(store.db, toEventFilter(query), { limit: query.limit });
 */
export function toEventFilter(query: ParsedEventFilter): EventFilter {
  const filter: EventFilter = {};
  if (query.actor !== undefined) filter.actor = query.actor;
  if (query.dyad !== undefined) filter.dyad = query.dyad;
  if (query.type !== undefined) filter.type = query.type;
  if (query.mode !== undefined) filter.mode = query.mode;
  if (query.status !== undefined) filter.status = query.status;
  if (query.since !== undefined) filter.since = query.since;
  if (query.until !== undefined) filter.until = query.until;
  if (query.q !== undefined) filter.q = query.q;
  return filter;
}
