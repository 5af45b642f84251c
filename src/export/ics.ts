import { timexDays } from '../lib/timex-value.ts';
import { queryCode } from '../store/query/code.ts';
import type { UpcomingRow } from '../store/query/types.ts';

const MAX_OCTETS = 75;

/**
 * Escapes an iCalendar TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks,
 * so text from an article can never end the property and start another.
 *
 * @example
 * icsText('Talks; then, a "deal"\nmaybe'); // 'Talks\\; then\\, a "deal"\\nmaybe'
 */
export function icsText(value: string): string {
  return value.replace(/\r\n|[\\;,\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === ';' ? '\\;' : c === ',' ? '\\,' : '\\n'));
}

/**
 * Folds one content line at 75 octets (RFC 5545 3.1): continuation lines start with a space, and a
 * fold never splits a UTF-8 sequence. Lines end in CRLF.
 *
 * @example
 * foldLine('DESCRIPTION:' + 'x'.repeat(100)); // 'DESCRIPTION:xxx…\r\n xxx…\r\n'
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > MAX_OCTETS) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += size;
  }
  return `${out}\r\n`;
}

function basicDate(day: string): string {
  return day.replaceAll('-', '');
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function stamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** `RUS CONSULT USA`: who does what to whom, by actor code. */
function summary(row: UpcomingRow): string {
  const who = (ps: UpcomingRow['source']): string => [...new Set(ps.map(queryCode))].join('+');
  return [who(row.source), row.event, who(row.target)].filter(Boolean).join(' ');
}

function vevent(row: UpcomingRow, dtstamp: string): string[] {
  const days = timexDays(row.date);
  const first = days.start ?? row.day;
  const last = days.end && days.end >= first ? days.end : first;
  const source = `${calendarTitle(row)}, ${row.articleDate}, article ${row.articleId}`;
  const description = [row.sentence ?? row.trigger, `Announced in: ${source}`];
  if (row.held) description.push(`Reported held: ${calendarTitle(row.held)}, ${row.held.articleDate}, article ${row.held.articleId}`);
  return [
    'BEGIN:VEVENT',
    `UID:${icsText(row.id)}@dateline`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${basicDate(first)}`,
    // DTEND is exclusive: the day after the last day.
    `DTEND;VALUE=DATE:${basicDate(nextDay(last))}`,
    `SUMMARY:${icsText(summary(row))}`,
    `DESCRIPTION:${icsText(description.join('\n'))}`,
    `CATEGORIES:${icsText(row.event)}`,
    `STATUS:${row.held ? 'CONFIRMED' : 'TENTATIVE'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * Scheduled events as an iCalendar (RFC 5545) feed: one all-day VEVENT per event, spanning its date
 * range, with the event id as a stable UID, a `RUS CONSULT USA` summary, the sentence and the
 * announcing article as description, and CONFIRMED once a later article reports it held.
 *
 * @param rows - Events from `upcomingEvents`.
 * @param options - `now` for DTSTAMP (the library never reads the clock), `name` for the calendar.
 * @returns The whole calendar, CRLF line endings, folded at 75 octets.
 * @example
 * upcomingIcs(upcomingEvents(store.db, '2022-01-01', 100), { now: new Date(), name: 'Dateline upcoming' });
 */
export function upcomingIcs(rows: readonly UpcomingRow[], options: { now: Date; name?: string }): string {
  const dtstamp = stamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Dateline//Upcoming events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(options.name ?? 'Dateline: upcoming events')}`,
    ...rows.flatMap((row) => vevent(row, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('');
}

/** An article as a calendar names it: its title, or its opening words marked as such. */
function calendarTitle(article: { articleDisplayTitle: string; articleTitleFromLead: boolean }): string {
  return article.articleTitleFromLead ? `"${article.articleDisplayTitle}" (opening words)` : article.articleDisplayTitle;
}
