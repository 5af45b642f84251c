import type { ParticipantJson } from '../events/json.ts';
import { quadCode } from '../events/quad-class.ts';
import { queryCode } from '../store/query/code.ts';
import type { EventRow } from '../store/query/types.ts';

/**
 * What a column holds, so each format can type it: Parquet writes `date` as DATE, `int` as INT32, `double` as DOUBLE and
 * `strings` as a list column; CSV writes every kind as text, a list joined by `; `.
 */
export type ColumnKind = 'string' | 'int' | 'double' | 'bool' | 'date' | 'strings';

/** A cell's value: null for an empty one; a list for a `strings` column (null items keep positions). */
export type ColumnValue = string | number | boolean | null | readonly (string | null)[];

/**
 * The actors one output row shows. A CSV row shows one source and one target (one row per pair); a
 * grouped CSV row, a JSON line or a Parquet row shows all of them, in order.
 */
export interface RowActors {
  source: readonly ParticipantJson[];
  target: readonly ParticipantJson[];
}

/** One export column: its header, its kind and how a row fills it. */
export interface EventColumn {
  header: string;
  kind: ColumnKind;
  value: (row: EventRow, actors: RowActors) => ColumnValue;
}

const each = (ps: readonly ParticipantJson[], pick: (p: ParticipantJson) => string | null): (string | null)[] => ps.map(pick);

/**
 * The columns of the CSV and Parquet exports: first those POLECAT also has, under POLECAT's header
 * and with the same meaning, then Dateline's own. docs/exports.md documents each one.
 */
export const EVENT_COLUMNS: readonly EventColumn[] = [
  { header: 'Event ID', kind: 'string', value: (r) => r.id },
  { header: 'Event Date', kind: 'date', value: (r) => r.day },
  { header: 'Event Type', kind: 'string', value: (r) => r.event },
  { header: 'Event Mode', kind: 'string', value: (r) => r.mode },
  { header: 'Quad Code', kind: 'int', value: (r) => quadCode(r.event) },
  { header: 'Contexts', kind: 'strings', value: (r) => r.context },
  { header: 'Actor Name', kind: 'strings', value: (_, a) => each(a.source, (p) => p.name) },
  { header: 'Actor Country', kind: 'strings', value: (_, a) => each(a.source, (p) => p.country) },
  { header: 'Primary Actor Sector', kind: 'strings', value: (_, a) => each(a.source, (p) => p.sector) },
  { header: 'Actor Name Raw', kind: 'strings', value: (_, a) => each(a.source, (p) => p.text) },
  { header: 'Recipient Name', kind: 'strings', value: (_, a) => each(a.target, (p) => p.name) },
  { header: 'Recipient Country', kind: 'strings', value: (_, a) => each(a.target, (p) => p.country) },
  { header: 'Primary Recipient Sector', kind: 'strings', value: (_, a) => each(a.target, (p) => p.sector) },
  { header: 'Recipient Name Raw', kind: 'strings', value: (_, a) => each(a.target, (p) => p.text) },
  { header: 'Source', kind: 'string', value: (r) => r.articleSource },
  { header: 'Publication Date', kind: 'date', value: (r) => r.articleDate },
  { header: 'Language', kind: 'string', value: (r) => r.articleLanguage },
  { header: 'Version', kind: 'string', value: (r) => r.version },
  { header: 'Intensity', kind: 'double', value: (r) => r.intensity },
  // POLECAT's name: the model's probability that the event is right (src/events/confidence.ts).
  { header: 'Confidence', kind: 'double', value: (r) => r.confidence },
  // Dateline's own columns.
  { header: 'URL', kind: 'string', value: (r) => r.articleUrl },
  { header: 'Quad Class', kind: 'string', value: (r) => r.quad },
  { header: 'Status', kind: 'string', value: (r) => r.status },
  { header: 'Negated', kind: 'bool', value: (r) => r.negated },
  { header: 'Date Value', kind: 'string', value: (r) => r.date },
  { header: 'Actor Code', kind: 'strings', value: (_, a) => each(a.source, queryCode) },
  { header: 'Actor ID', kind: 'strings', value: (_, a) => each(a.source, (p) => p.id) },
  { header: 'Recipient Code', kind: 'strings', value: (_, a) => each(a.target, queryCode) },
  { header: 'Recipient ID', kind: 'strings', value: (_, a) => each(a.target, (p) => p.id) },
  { header: 'Reported By', kind: 'string', value: (r) => r.reported_by?.name ?? null },
  { header: 'Trigger', kind: 'string', value: (r) => r.trigger },
  { header: 'Trigger Start', kind: 'int', value: (r) => r.start },
  { header: 'Trigger End', kind: 'int', value: (r) => r.end },
  { header: 'Sentence', kind: 'string', value: (r) => r.sentence },
  { header: 'Sentence Index', kind: 'int', value: (r) => r.sentenceIdx },
  { header: 'Sentence Start', kind: 'int', value: (r) => r.sentenceStart },
  { header: 'Article ID', kind: 'string', value: (r) => r.articleId },
  { header: 'Article Title', kind: 'string', value: (r) => r.articleTitle },
  { header: 'Num Mentions', kind: 'int', value: (r) => r.numMentions },
  { header: 'Num Articles', kind: 'int', value: (r) => r.numArticles },
  { header: 'Num Sources', kind: 'int', value: (r) => r.numSources },
  { header: 'Mention IDs', kind: 'strings', value: (r) => r.mentionIds },
  { header: 'First Seen', kind: 'date', value: (r) => r.firstSeen },
  { header: 'Explain', kind: 'strings', value: (r) => r.explain.map((x) => `${x.decides}=${x.rule}`) },
];
