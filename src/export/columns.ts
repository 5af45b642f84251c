import type { ParticipantJson } from '../events/json.ts';
import { quadCode } from '../events/quad-class.ts';
import { queryCode } from '../store/query/code.ts';
import type { EventRow } from '../store/query/types.ts';

/** One export column: its header and how a row fills it (null for an empty cell). */
export interface EventColumn {
  header: string;
  cell: (row: EventRow) => string | number | boolean | null;
}

// POLECAT has one actor and one recipient per row; an event with several sources or targets keeps
// them in one cell, in order, joined by this.
const JOIN = '; ';

function each(ps: readonly ParticipantJson[], pick: (p: ParticipantJson) => string | null): string | null {
  return ps.length ? ps.map((p) => pick(p) ?? '').join(JOIN) : null;
}

/**
 * The columns of the CSV export: first those POLECAT also has, under POLECAT's header and with the
 * same meaning, then Dateline's own. docs/exports.md documents each one.
 */
export const EVENT_COLUMNS: readonly EventColumn[] = [
  { header: 'Event ID', cell: (r) => r.id },
  { header: 'Event Date', cell: (r) => r.day },
  { header: 'Event Type', cell: (r) => r.event },
  { header: 'Event Mode', cell: (r) => r.mode },
  { header: 'Quad Code', cell: (r) => quadCode(r.event) },
  { header: 'Contexts', cell: (r) => r.context.join(JOIN) || null },
  { header: 'Actor Name', cell: (r) => each(r.source, (p) => p.name) },
  { header: 'Actor Country', cell: (r) => each(r.source, (p) => p.country) },
  { header: 'Primary Actor Sector', cell: (r) => each(r.source, (p) => p.sector) },
  { header: 'Actor Name Raw', cell: (r) => each(r.source, (p) => p.text) },
  { header: 'Recipient Name', cell: (r) => each(r.target, (p) => p.name) },
  { header: 'Recipient Country', cell: (r) => each(r.target, (p) => p.country) },
  { header: 'Primary Recipient Sector', cell: (r) => each(r.target, (p) => p.sector) },
  { header: 'Recipient Name Raw', cell: (r) => each(r.target, (p) => p.text) },
  { header: 'Publication Date', cell: (r) => r.articleDate },
  // Dateline's own columns.
  { header: 'Quad Class', cell: (r) => r.quad },
  { header: 'Status', cell: (r) => r.status },
  { header: 'Negated', cell: (r) => r.negated },
  { header: 'Date Value', cell: (r) => r.date },
  { header: 'Actor Code', cell: (r) => each(r.source, queryCode) },
  { header: 'Actor ID', cell: (r) => each(r.source, (p) => p.id) },
  { header: 'Recipient Code', cell: (r) => each(r.target, queryCode) },
  { header: 'Recipient ID', cell: (r) => each(r.target, (p) => p.id) },
  { header: 'Reported By', cell: (r) => r.reported_by?.name ?? null },
  { header: 'Trigger', cell: (r) => r.trigger },
  { header: 'Trigger Start', cell: (r) => r.start },
  { header: 'Trigger End', cell: (r) => r.end },
  { header: 'Sentence', cell: (r) => r.sentence },
  { header: 'Sentence Index', cell: (r) => r.sentenceIdx },
  { header: 'Sentence Start', cell: (r) => r.sentenceStart },
  { header: 'Article ID', cell: (r) => r.articleId },
  { header: 'Article Title', cell: (r) => r.articleTitle },
  { header: 'Explain', cell: (r) => r.explain.map((x) => `${x.decides}=${x.rule}`).join(JOIN) || null },
];
