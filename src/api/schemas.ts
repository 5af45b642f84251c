/**
 * Response shapes as zod schemas, for the OpenAPI document only (responses are not validated at run
 * time: the store's types already are the contract). Field names follow src/store/query/types.ts.
 */
import { z } from 'zod';
import { API_ERROR_KINDS } from './errors.ts';

const day = z.string().meta({ format: 'date' });
const nullableText = z.string().nullable();

/** Every error body. */
export const ErrorBody = z.object({
  error: z.enum(API_ERROR_KINDS),
  message: z.string(),
  parameter: z.string().optional().meta({ description: 'the parameter at fault' }),
  code: z.string().optional().meta({ description: 'Dateline error code (docs/errors.md)' }),
});

const Participant = z.object({
  text: z.string(), country: nullableText, sector: nullableText, org: nullableText, name: z.string(), id: z.string(),
  start: z.number().int(), end: z.number().int(),
});

const quadCounts = {
  verbal_cooperation: z.number().int(), material_cooperation: z.number().int(),
  verbal_conflict: z.number().int(), material_conflict: z.number().int(), total: z.number().int(),
};

/** What rows that point at an article call it (src/store/display-title.ts). */
const articleDisplayTitle = {
  articleDisplayTitle: z.string().meta({ description: "the article's title, or the opening words of its lead when it has none" }),
  articleTitleFromLead: z.boolean().meta({ description: 'true when articleDisplayTitle is the opening words of the lead, not a title' }),
};

/** One event with its article and sentence (offsets are into the article text). */
/** An event's place, as `src/doc/types.ts` EventLocation. */
const EventLocation = z.object({
  name: z.string(), geonameid: z.number().int().nullable(), country: z.string(), admin1: z.string().nullable(),
  lat: z.number(), lon: z.number(), precision: z.enum(['city', 'region', 'country']),
  text: z.string(), start: z.number().int(), end: z.number().int(),
  explain: z.object({ decides: z.string(), rule: z.string(), reason: z.string() }),
});

export const EventRow = z.object({
  id: z.string(), articleId: z.string(), articleTitle: nullableText, ...articleDisplayTitle, articleDate: day,
  sentenceIdx: z.number().int().nullable(), sentenceStart: z.number().int().nullable(), sentence: nullableText,
  quad: z.enum(['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict']),
  day,
  event: z.string(), mode: nullableText, context: z.array(z.string()),
  status: z.enum(['occurred', 'scheduled', 'denied', 'hypothetical']),
  source: z.array(Participant), target: z.array(Participant), trigger: z.string(), date: nullableText,
  start: z.number().int(), end: z.number().int(), negated: z.boolean(),
  intensity: z.number().nullable().meta({ description: 'PLOVER score of the type and mode, -10 (conflict) to +10 (cooperation); POLECAT Intensity' }),
  confidence: z.number().min(0).max(1).nullable().meta({ description: 'probability (0-1) that the event is right, from the calibrated model data/models/confidence.json; null when not scored' }),
  location: EventLocation.nullable().meta({ description: 'where it happened: a GeoNames place (or region, or country) with the words and the rule that decided; null when nothing placed it' }),
  reported_by: Participant.nullable(),
  explain: z.array(z.object({ decides: z.string(), rule: z.string(), reason: z.string() })),
  version: z.string().meta({ description: "the coder's version (package version + pipeline version)" }),
  articleSource: nullableText.meta({ description: "the article's outlet" }), articleUrl: nullableText, articleLanguage: nullableText,
  numMentions: z.number().int(), numArticles: z.number().int(), numSources: z.number().int(),
  mentionIds: z.array(z.string()), firstSeen: day,
});

const Quote = z.object({
  articleId: z.string(), articleTitle: nullableText, ...articleDisplayTitle, articleDate: day, quote: z.string(), kind: z.string(),
  speaker: Participant.nullable(), date: nullableText, start: z.number().int(), end: z.number().int(),
});

const Statement = z.object({
  articleId: z.string(), articleTitle: nullableText, ...articleDisplayTitle, articleDate: day, kind: z.string(), about: z.string(),
  speaker: Participant.nullable(), date: nullableText, start: z.number().int(), end: z.number().int(),
});

/** What lists call an article (src/store/display-title.ts). */
const displayTitle = {
  displayTitle: z.string().meta({ description: 'the title, or the opening words of the lead when the article has none' }),
  titleFromLead: z.boolean().meta({ description: 'true when displayTitle is the opening words of the lead, not a title' }),
};

const next = z.string().nullable().meta({ description: 'cursor for the next page, null on the last' });

/** Response bodies by route. */
export const RESPONSES = {
  stats: z.object({
    articles: z.number().int(), sentences: z.number().int(), mentions: z.number().int(), timex: z.number().int(),
    events: z.number().int(), quotes: z.number().int(), statements: z.number().int(),
    dateRange: z.object({ first: day, last: day }).nullable(),
    eventsByStatus: z.record(z.string(), z.number().int()), eventsByQuad: z.record(z.string(), z.number().int()),
  }),
  articles: z.object({
    items: z.array(z.object({ id: z.string(), date: day, title: nullableText, ...displayTitle, source: nullableText, url: nullableText, events: z.number().int() })),
    next,
  }),
  article: z.object({
    id: z.string(), date: day, title: nullableText, ...displayTitle, source: nullableText, url: nullableText, published: nullableText, text: z.string(),
    sentences: z.array(z.object({ idx: z.number().int(), start: z.number().int(), end: z.number().int() })),
    mentions: z.array(z.object({
      idx: z.number().int(), start: z.number().int(), end: z.number().int(), text: z.string(),
      actor: z.object({ id: z.string(), name: z.string(), country: nullableText, sector: nullableText, org: nullableText, role: nullableText }),
      rule: z.string(), reason: z.string(),
    })),
    timex: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), value: nullableText, type: z.string(), rule: z.string() })),
    events: z.array(EventRow),
    quotes: z.array(z.object({ start: z.number().int(), end: z.number().int(), quote: z.string(), kind: z.string(), speaker: Participant.nullable(), date: nullableText })),
    statements: z.array(z.object({ start: z.number().int(), end: z.number().int(), kind: z.string(), about: z.string(), speaker: Participant.nullable(), date: nullableText })),
  }),
  ingest: z.object({
    read: z.number().int(), ids: z.array(z.string()).meta({ description: 'id of every article read, new or already stored' }), inserted: z.number().int(), existing: z.number().int(), rejected: z.number().int(),
    problems: z.array(z.object({ message: z.string(), location: z.object({ file: z.string().optional(), line: z.number().int().optional(), row: z.number().int().optional(), field: z.string().optional() }) })),
  }),
  events: z.object({ items: z.array(EventRow), next, total: z.number().int() }),
  histogram: z.object({ interval: z.enum(['day', 'week', 'month']), buckets: z.array(z.object({ period: day, ...quadCounts })) }),
  actors: z.object({
    items: z.array(z.object({ code: z.string(), name: z.string(), country: nullableText, sector: nullableText, events: z.number().int(), asSource: z.number().int(), asTarget: z.number().int() })),
  }),
  actor: z.object({
    code: z.string(), name: z.string(), country: nullableText, events: z.number().int(),
    byType: z.array(z.object({ period: day, type: z.string(), count: z.number().int() })),
    partners: z.array(z.object({ code: z.string(), name: z.string(), events: z.number().int(), cooperation: z.number().int(), conflict: z.number().int() })),
    quotes: z.array(Quote),
  }),
  actorSuggestions: z.object({
    items: z.array(z.object({
      code: z.string().meta({ description: 'the value for an actor filter: a code (RUS, NATO, IGO) or, for a person or agent, its id' }),
      name: z.string(),
    })),
  }),
  dyads: z.object({ a: z.string(), b: z.string(), interval: z.enum(['day', 'week', 'month']), series: z.array(z.object({ period: day, ...quadCounts })) }),
  network: z.object({
    nodes: z.array(z.object({ id: z.string(), label: z.string(), country: nullableText, events: z.number().int() })),
    edges: z.array(z.object({ source: z.string(), target: z.string(), events: z.number().int(), cooperation: z.number().int(), conflict: z.number().int() })),
  }),
  map: z.object({ countries: z.array(z.object({ country: z.string(), events: z.number().int() })) }),
  upcoming: z.object({
    from: day,
    items: z.array(EventRow.extend({ held: z.object({ eventId: z.string(), articleId: z.string(), articleTitle: nullableText, ...articleDisplayTitle, articleDate: day }).nullable() })),
  }),
  quotes: z.object({ items: z.array(Quote), next }),
  statements: z.object({ items: z.array(Statement), next }),
  search: z.object({
    items: z.array(z.object({
      articleId: z.string(), title: nullableText, ...displayTitle, date: day, source: nullableText,
      snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })).meta({ description: 'the passage as segments; hit marks matched words' }),
    })),
  }),
} as const;
