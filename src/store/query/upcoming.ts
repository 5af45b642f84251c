import type Database from 'better-sqlite3';
import { articleTitle, LEAD_SQL } from '../display-title.ts';
import { statement } from '../statements.ts';
import { EVENT_ROW_COLUMNS, EVENT_ROW_JOINS, toEventRow, type EventSqlRow } from './event-rows.ts';
import { checkDay, checkLimit } from './filter-sql.ts';
import { checkMinConfidence, FilterValueError } from './filter-spec.ts';
import { DEFAULT_MIN_CONFIDENCE } from '../../events/confidence.ts';
import { MAX_PAGE } from './events.ts';
import type { UpcomingRow } from './types.ts';

// An event's participants as one comparable string, distinct and sorted: `source:RUS,target:USA`,
// or without roles (`RUS,USA`) for the types that are joint by nature: "Blinken will meet Lavrov" is
// held when "Blinken and Lavrov met" (both sources).
const CODES = (event: string, withRoles: boolean): string => `(SELECT group_concat(c, ',') FROM
  (SELECT DISTINCT ${withRoles ? "role || ':' || code" : 'code'} AS c FROM event_actors WHERE event_id = ${event} ORDER BY c))`;
const JOINT_TYPES = new Set(['CONSULT', 'COOPERATE']);

interface UpcomingSqlRow extends EventSqlRow {
  type: string;
  date_start: string | null;
  date_end: string | null;
  role_codes: string | null;
  codes: string | null;
}

/**
 * A threshold for the upcoming lists: DEFAULT_MIN_CONFIDENCE when none is given, else checked as the
 * `min_confidence` filter checks one (same words when refused).
 *
 * @example
 * upcomingThreshold(undefined); // 0.25
 */
export function upcomingThreshold(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MIN_CONFIDENCE;
  const parsed = checkMinConfidence(String(value));
  if (!parsed.ok) throw new FilterValueError(parsed.issue);
  return parsed.value;
}

interface HeldSqlRow {
  id: string;
  article_id: string;
  title: string | null;
  lead: string | null;
  date: string;
}

// The report's title as event rows give theirs.
function heldTitle(report: HeldSqlRow): { articleTitle: string | null; articleDisplayTitle: string; articleTitleFromLead: boolean } {
  const { displayTitle, titleFromLead } = articleTitle(report.title, report.lead);
  return { articleTitle: report.title, articleDisplayTitle: displayTitle, articleTitleFromLead: titleFromLead };
}

/**
 * Scheduled events whose own date starts on or after `from` (an event with only an end, "by
 * January 9", counts from its end; undated ones are left out), soonest first, each with `held`: the
 * first later report that it took place. A report matches when an article dated on or after the
 * announcement (another article) has an `occurred` event of the same type with the same source
 * and target codes (for CONSULT and COOPERATE, the same codes in any role: a meeting is joint),
 * placed on a day within the scheduled date range. An open end (`2022-01-10/..`)
 * matches only its start day; an open start matches from the announcement's date on.
 *
 * The scheduled events listed are those at or above the confidence threshold, as every event list
 * (DECISIONS §3): `minConfidence` defaults to DEFAULT_MIN_CONFIDENCE, 0 lists every one, and an event
 * stored before events were scored (no confidence) is always listed. The `held` report is looked
 * for whatever its confidence: it is evidence about a listed event, not a listed event itself, and a
 * threshold there would make an event look pending only because its report was worded unusually.
 *
 * @param db - The open connection.
 * @param from - First day, `YYYY-MM-DD`.
 * @param limit - 1 to 1000.
 * @param options - `minConfidence`, 0 to 1 (default DEFAULT_MIN_CONFIDENCE).
 * @returns The scheduled events with `held` set or null.
 * @throws DatelineError `E_USAGE_BAD_DATE` or `E_USAGE`; FilterValueError for a bad threshold.
 * @example
 * upcomingEvents(store.db, '2022-01-01', 50).filter((e) => e.held === null); // still pending
 */
export function upcomingEvents(db: Database.Database, from: string, limit: number, options: { minConfidence?: number } = {}): UpcomingRow[] {
  checkDay(from, 'from');
  checkLimit(limit, 'limit', MAX_PAGE);
  const minConfidence = upcomingThreshold(options.minConfidence);
  const rows = statement(db, `SELECT ${EVENT_ROW_COLUMNS}, e.type, e.date_start, e.date_end, ${CODES('e.id', true)} AS role_codes, ${CODES('e.id', false)} AS codes
    FROM events e ${EVENT_ROW_JOINS}
    WHERE e.status = 'scheduled' AND e.day >= @from AND (e.date_start IS NOT NULL OR e.date_end IS NOT NULL)
      AND (@min_confidence = 0 OR e.confidence >= @min_confidence OR e.confidence IS NULL)
    ORDER BY e.day, a.date, e.id LIMIT @limit`).all({ from, limit, min_confidence: minConfidence }) as UpcomingSqlRow[];
  const held = statement(db, `SELECT e2.id, e2.article_id, a.title, ${LEAD_SQL} AS lead, a.date FROM events e2 JOIN articles a ON a.id = e2.article_id
    WHERE e2.type = @type AND e2.day BETWEEN @lo AND @hi AND e2.status = 'occurred'
      AND a.date >= @announced AND e2.article_id <> @article AND @codes IS NOT NULL
      AND (CASE WHEN @joint THEN ${CODES('e2.id', false)} ELSE ${CODES('e2.id', true)} END) = @codes
    ORDER BY a.date, e2.day, e2.id LIMIT 1`);
  return rows.map((row): UpcomingRow => {
    const lo = row.date_start ?? row.article_date;
    const hi = row.date_end ?? row.date_start ?? lo;
    const joint = JOINT_TYPES.has(row.type);
    const codes = joint ? row.codes : row.role_codes;
    const report = held.get({ type: row.type, lo, hi, announced: row.article_date, article: row.article_id, joint: joint ? 1 : 0, codes }) as HeldSqlRow | undefined;
    return {
      ...toEventRow(row),
      held: report ? { eventId: report.id, articleId: report.article_id, ...heldTitle(report), articleDate: report.date } : null,
    };
  });
}
