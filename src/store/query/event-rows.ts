import type { EventSpan } from '../../doc/types.ts';
import { eventJson } from '../../events/json.ts';
import { QUAD_CLASS } from '../../events/quad-class.ts';
import { articleTitle, LEAD_SQL } from '../display-title.ts';
import type { EventRow } from './types.ts';

/** Columns that {@link toEventRow} reads, over aliases `e` (events), `a` (articles), `s` (sentences). */
export const EVENT_ROW_COLUMNS = `e.id, e.article_id, e.sentence_idx, e.day, e.payload,
  a.title AS article_title, ${LEAD_SQL} AS article_lead, a.date AS article_date, a.source AS article_source, a.url AS article_url, a.lang AS article_lang,
  s."start" AS sentence_start, s.text AS sentence_text`;

/** Joins for {@link EVENT_ROW_COLUMNS}. */
export const EVENT_ROW_JOINS = `JOIN articles a ON a.id = e.article_id
  LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_idx`;

/** One row as SQLite returns {@link EVENT_ROW_COLUMNS}. */
export interface EventSqlRow {
  id: string;
  article_id: string;
  sentence_idx: number | null;
  day: string;
  payload: string;
  article_title: string | null;
  /** The opening of the text when the article has no title ({@link LEAD_SQL}). */
  article_lead: string | null;
  article_date: string;
  article_source: string | null;
  article_url: string | null;
  article_lang: string | null;
  sentence_start: number | null;
  sentence_text: string | null;
}

/**
 * Shapes a stored event as the API serves it: the `dateline code --json` fields cut from the
 * stored sentence, plus where it came from.
 *
 * @example
 * statement(db, `SELECT ${EVENT_ROW_COLUMNS} FROM events e ${EVENT_ROW_JOINS}`).all().map(toEventRow);
 */
export function toEventRow(row: EventSqlRow): EventRow {
  const span = JSON.parse(row.payload) as EventSpan;
  const window = { text: row.sentence_text ?? '', start: row.sentence_start ?? 0 };
  const { displayTitle, titleFromLead } = articleTitle(row.article_title, row.article_lead);
  return {
    id: row.id,
    articleId: row.article_id,
    articleTitle: row.article_title,
    articleDisplayTitle: displayTitle,
    articleTitleFromLead: titleFromLead,
    articleDate: row.article_date,
    sentenceIdx: row.sentence_idx,
    sentenceStart: row.sentence_start,
    quad: QUAD_CLASS[span.event],
    day: row.day,
    articleSource: row.article_source,
    articleUrl: row.article_url,
    articleLanguage: row.article_lang,
    // A record is its single mention until records exist (DECISIONS §1).
    numMentions: 1,
    numArticles: 1,
    numSources: 1,
    mentionIds: [row.id],
    firstSeen: row.article_date,
    ...eventJson(span, window, row.sentence_text),
  };
}
