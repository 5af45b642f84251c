import { isCalendarDate } from '../lib/calendar-day.ts';

export { isCalendarDate };
/** A publication date as read from a source. */
export interface ParsedDate {
  /** The calendar day as written in the source's own zone, `YYYY-MM-DD`. */
  date: string;
  /** The full timestamp, ISO 8601 with its zone as written (`Z` or `±HH:MM`), or null when the source gave no time or no zone. */
  published: string | null;
}

// Date, optional time, optional zone. A space may stand for the `T` (common in CSV exports).
const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/;

// RFC 822 / 2822 as feeds write it, weekday optional, seconds optional; month names may be spelled out.
const RFC822_PATTERN =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2}))?)?$/;

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

// The zone names RFC 822 defines, as offsets in hours.
const NAMED_ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
};


/**
 * Parses a publication date: `YYYY-MM-DD`, an ISO 8601 timestamp (`2021-12-28T09:30:00+03:00`,
 * `...Z`, or with a space for the `T`), or an RFC 822 date as RSS writes it
 * (`Tue, 28 Dec 2021 09:30:00 GMT`). The calendar day is the one written in the source's own
 * zone, never converted to UTC, because that is the day the article's readers lived in.
 *
 * @param value - The date text; surrounding whitespace is ignored.
 * @returns The day and, when the source gave a time with a zone, the normalised timestamp; null
 *   when the text is not one of the accepted forms or names an impossible day or time.
 * @example
 * parseDate('2021-12-28T01:00:00+03:00'); // { date: '2021-12-28', published: '2021-12-28T01:00:00+03:00' }
 * parseDate('Tue, 28 Dec 2021 09:30:00 GMT'); // { date: '2021-12-28', published: '2021-12-28T09:30:00Z' }
 * parseDate('2021-02-30'); // null
 */
export function parseDate(value: string): ParsedDate | null {
  const text = value.trim();
  return parseIso(text) ?? parseRfc822(text);
}

function parseIso(text: string): ParsedDate | null {
  const m = ISO_PATTERN.exec(text);
  if (!m) return null;
  const [, y, mo, d, hh, mi, ss, frac, zone] = m;
  return build(Number(y), Number(mo), Number(d), hh, mi, ss, frac ?? '', zone);
}

function parseRfc822(text: string): ParsedDate | null {
  const m = RFC822_PATTERN.exec(text);
  if (!m) return null;
  const [, d, monthName, y, hh, mi, ss, zone] = m;
  const month = monthNumber(monthName!);
  if (month === null) return null;
  let year = Number(y);
  // RFC 2822 section 4.3: two-digit years below 50 are in the 2000s.
  if (y!.length === 2) year += year < 50 ? 2000 : 1900;
  return build(year, month, Number(d), hh, mi, ss, '', zone);
}

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  // "Dec" and "December" (and "Sept"), but not "Decimal".
  const index = MONTHS.findIndex((full) => full === lower || full.slice(0, 3) === lower || (lower === 'sept' && full === 'september'));
  return index < 0 ? null : index + 1;
}

function build(
  year: number, month: number, day: number,
  hh: string | undefined, mi: string | undefined, ss: string | undefined, frac: string, zone: string | undefined,
): ParsedDate | null {
  if (!isCalendarDate(year, month, day)) return null;
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (hh === undefined || mi === undefined) return { date, published: null };
  const hours = Number(hh);
  const minutes = Number(mi);
  const seconds = ss === undefined ? 0 : Number(ss);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  if (zone === undefined) return { date, published: null };
  const offset = normaliseZone(zone);
  if (offset === null) return null;
  return { date, published: `${date}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}${frac}${offset}` };
}

/** `Z`, `GMT`, `+0300`, `+03`, `-05:00`, `EST` -> `Z` or `±HH:MM`; null for an unknown or out-of-range zone. */
function normaliseZone(zone: string): string | null {
  const upper = zone.toUpperCase();
  const named = NAMED_ZONES[upper];
  if (named !== undefined) return named === 0 ? 'Z' : offsetText(named * 60);
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return `${m[1]}${pad(hours, 2)}:${pad(minutes, 2)}`;
}

function offsetText(totalMinutes: number): string {
  const sign = totalMinutes < 0 ? '-' : '+';
  const abs = Math.abs(totalMinutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
