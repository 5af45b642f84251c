/**
 * The event filter every event view shares, kept in the URL so a filtered view can be shared.
 */
import type { Query } from './api.ts';
import type { EventStatus } from './types.ts';

/** All statuses, in the order the filter shows them. */
export const STATUSES: readonly EventStatus[] = ['occurred', 'scheduled', 'denied', 'hypothetical'];

/** What the API assumes when no status is given. */
export const DEFAULT_STATUS: readonly EventStatus[] = ['occurred', 'scheduled'];

/**
 * The confidence threshold the API applies when no `min_confidence` is given (DECISIONS §3): the
 * server's DEFAULT_MIN_CONFIDENCE (src/events/confidence.ts, which reads files and cannot be bundled);
 * a test keeps the two equal.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.25;

/**
 * The common event filters of the API (`actor`, `dyad`, `type`, `mode`, `status`, `since`, `until`,
 * `q`, `min_confidence`).
 */
export interface EventFilter {
  actor: string;
  /** Two codes, `RUS,USA`. */
  dyad: string;
  type: string;
  mode: string;
  status: EventStatus[];
  since: string;
  until: string;
  q: string;
  /** A confidence threshold from 0 to 1 as written (`0.5`); `''` is the API's default, `0` every event. */
  min_confidence: string;
}

/** The filter's parameter names, as URL and API both spell them. */
export const FILTER_KEYS = ['actor', 'dyad', 'type', 'mode', 'status', 'since', 'until', 'q', 'min_confidence'] as const;

/**
 * A confidence threshold as the API reads it (a number from 0 to 1), normalised (`.50` -> `0.5`);
 * `''` for anything else, which means the default.
 *
 * @example
 * readMinConfidence(' .50 '); // "0.5"
 */
export function readMinConfidence(raw: string): string {
  const text = raw.trim();
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return '';
  const value = Number(text);
  return value >= 0 && value <= 1 ? String(value) : '';
}

/**
 * An actor code as the API spells it: short letter codes upper-cased (`rus` -> `RUS`), actor ids such
 * as `person:sergey-lavrov` left alone.
 *
 * @example
 * normalizeCode(' nato '); // "NATO"
 */
export function normalizeCode(code: string): string {
  const trimmed = code.trim();
  return /^[a-z]{2,6}$/i.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}

function isStatus(value: string): value is EventStatus {
  return (STATUSES as readonly string[]).includes(value);
}

/**
 * Reads the filter from a route's parameters; a missing or empty status means the default.
 *
 * @example
 * readFilter(new URLSearchParams('actor=RUS&status=denied')); // { actor: 'RUS', status: ['denied'], ... }
 */
export function readFilter(params: URLSearchParams): EventFilter {
  const text = (key: string): string => (params.get(key) ?? '').trim();
  const status = text('status').split(',').map((s) => s.trim()).filter(isStatus);
  return {
    actor: text('actor'),
    dyad: text('dyad').replace(/\s+/g, ''),
    type: text('type'),
    mode: text('mode'),
    status: status.length > 0 ? [...new Set(status)] : [...DEFAULT_STATUS],
    since: text('since'),
    until: text('until'),
    q: text('q'),
    min_confidence: readMinConfidence(text('min_confidence')),
  };
}

function isDefaultStatus(status: readonly EventStatus[]): boolean {
  return status.length === DEFAULT_STATUS.length && DEFAULT_STATUS.every((s) => status.includes(s));
}

/**
 * The filter as URL/API parameters: empty values and the default status left out.
 *
 * @example
 * filterParams({ ...readFilter(new URLSearchParams()), actor: 'RUS' }); // { actor: 'RUS' }
 */
export function filterParams(filter: EventFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    if (key === 'status') {
      if (!isDefaultStatus(filter.status)) out.status = STATUSES.filter((s) => filter.status.includes(s)).join(',');
    } else if (filter[key] !== '') out[key] = filter[key];
  }
  return out;
}

/**
 * The filter as an API query, optionally without some keys (the timeline chart ignores its own range).
 *
 * @example
 * filterQuery(filter, ['since', 'until']);
 */
export function filterQuery(filter: EventFilter, omit: readonly (typeof FILTER_KEYS)[number][] = []): Query {
  const query: Query = { ...filterParams(filter) };
  for (const key of omit) delete query[key];
  return query;
}

/**
 * A one-line human description of the active filters, for headings and empty states.
 *
 * @example
 * describeFilter({ ...readFilter(new URLSearchParams()), dyad: 'RUS,USA' }); // "between RUS and USA"
 */
export function describeFilter(filter: EventFilter): string {
  const parts: string[] = [];
  if (filter.actor) parts.push(`involving ${filter.actor}`);
  const [a, b] = filter.dyad.split(',');
  if (a && b) parts.push(`between ${a} and ${b}`);
  if (filter.type) parts.push(`of type ${filter.type}${filter.mode ? `/${filter.mode}` : ''}`);
  else if (filter.mode) parts.push(`of mode ${filter.mode}`);
  if (!isDefaultStatus(filter.status)) parts.push(`status ${filter.status.join(' or ')}`);
  if (filter.since && filter.until) parts.push(`from ${filter.since} to ${filter.until}`);
  else if (filter.since) parts.push(`from ${filter.since}`);
  else if (filter.until) parts.push(`until ${filter.until}`);
  if (filter.q) parts.push(`mentioning “${filter.q}”`);
  if (filter.min_confidence === '0') parts.push('any confidence');
  else if (filter.min_confidence) parts.push(`confidence at least ${filter.min_confidence}`);
  return parts.join(', ');
}
