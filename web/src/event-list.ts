/**
 * The paginated event list: one link per event (so Enter and click open the article at its
 * sentence), fetched a page at a time with the API's cursor.
 */
import { queryCode } from '../../src/store/query/code.ts';
import { getJson, isAbort, type Query } from './api.ts';
import { h, markRange, replaceChildren } from './dom.ts';
import { href } from './router.ts';
import type { EventPage, EventRow, Participant } from './types.ts';
import { articleTitle, emptyNote, errorBox, formatCount, loadingNote } from './view.ts';

/** An event's, quote's or report's article as the API names it (store/display-title.ts). */
export interface RowArticle {
  articleDisplayTitle: string;
  articleTitleFromLead: boolean;
}

/**
 * The title of a row's article as the reader shows one: its own, or the opening words of its lead in
 * italics, said to be such ({@link articleTitle}).
 *
 * @example
 * link(eventHref(event), rowArticleTitle(event));
 */
export function rowArticleTitle(row: RowArticle): HTMLElement {
  return articleTitle({ displayTitle: row.articleDisplayTitle, titleFromLead: row.articleTitleFromLead });
}

/**
 * The same as plain text, for a tooltip: the opening words are followed by "(opening words)".
 *
 * @example
 * rowArticleTitleText({ articleDisplayTitle: 'Talks failed', articleTitleFromLead: true }); // "Talks failed (opening words)"
 */
export function rowArticleTitleText(row: RowArticle): string {
  return row.articleTitleFromLead ? `${row.articleDisplayTitle} (opening words)` : row.articleDisplayTitle;
}

/** The short code an actor is filtered by: the server's own `queryCode`, so links match its filters. */
export const participantCode = queryCode;

/**
 * Who took part, as codes with the words the article used: `RUS · Lavrov`.
 *
 * @example
 * participants(event.source); // a span such as "RUS · Lavrov", or an em dash for nobody
 */
export function participants(list: readonly Participant[]): HTMLElement {
  if (list.length === 0) return h('span', { class: 'none', attrs: { title: 'not stated' } }, '—');
  return h(
    'span',
    { class: 'actors' },
    ...list.flatMap((p, i) => [
      i > 0 ? ' + ' : null,
      h('span', { class: 'actor-code', attrs: { title: `${p.name}${p.sector ? ` (${p.sector})` : ''}` } }, participantCode(p)),
      p.text && p.text !== participantCode(p) ? h('span', { class: 'actor-text' }, ` · ${p.text}`) : null,
    ]),
  );
}

/**
 * The event's sentence with its trigger in a `<mark>`.
 *
 * @example
 * row.append(sentenceWithTrigger(event));
 */
export function sentenceWithTrigger(event: Pick<EventRow, 'sentence' | 'sentenceStart' | 'start' | 'end' | 'trigger'>): DocumentFragment | string {
  if (!event.sentence || event.sentenceStart === null) return event.trigger;
  return markRange(event.sentence, event.start - event.sentenceStart, event.end - event.sentenceStart, 'trigger');
}

/**
 * The hash URL of an event's article, scrolled to its sentence with its trigger marked.
 *
 * @example
 * eventHref(event); // "#/article/0d6e…?s=3&e=…"
 */
export function eventHref(event: Pick<EventRow, 'articleId' | 'sentenceIdx' | 'id'>): string {
  return href('article', event.articleId, { s: event.sentenceIdx, e: event.id });
}

/**
 * A status label with a class per status, so occurred and scheduled look different at a glance.
 *
 * @example
 * statusBadge('scheduled');
 */
export function statusBadge(status: string, negated = false): HTMLElement {
  return h('span', { class: ['badge', `status-${status}`] }, negated ? `${status}, negated` : status);
}

/**
 * The type with its mode, as `CONSULT/visit`, coloured by quad class.
 *
 * @example
 * typeLabel(event);
 */
export function typeLabel(event: Pick<EventRow, 'event' | 'mode' | 'quad'>): HTMLElement {
  return h('span', { class: ['event-type', `quad-${event.quad}`] }, event.event, event.mode ? h('span', { class: 'mode' }, `/${event.mode}`) : null);
}

function dateCell(event: EventRow): HTMLElement {
  const own = event.date && event.date !== event.day ? h('span', { class: 'own-date', attrs: { title: 'the date the text gives' } }, event.date) : null;
  return h('span', { class: 'cell date' }, h('time', { attrs: { datetime: event.day } }, event.day), own);
}

/**
 * One event as a row-shaped link (a grid on wide screens, a card on phones).
 *
 * @example
 * list.append(h('li', null, eventRow(event)));
 */
export function eventRow(event: EventRow): HTMLAnchorElement {
  return h(
    'a',
    { class: 'event-row', attrs: { href: eventHref(event), 'data-event-id': event.id } },
    dateCell(event),
    h('span', { class: 'cell source' }, h('span', { class: 'cell-label' }, 'Source '), participants(event.source)),
    h('span', { class: 'cell type' }, typeLabel(event)),
    h('span', { class: 'cell target' }, h('span', { class: 'cell-label' }, 'Target '), participants(event.target)),
    h('span', { class: 'cell status' }, statusBadge(event.status, event.negated)),
    h('span', { class: 'cell sentence' }, sentenceWithTrigger(event), h('span', { class: 'article-ref' }, ' — ', rowArticleTitle(event), `, ${event.articleDate}`)),
  );
}

/** Options for {@link eventList}. */
export interface EventListOptions {
  /** The event filters as API parameters. */
  query: Query;
  signal: AbortSignal;
  pageSize?: number;
  /** Called with the total once the first page arrives. */
  onTotal?: (total: number) => void;
  /**
   * What the status filter and the confidence threshold hide: the queries that count them and the URL
   * that shows them all. The count then says "213 of 300 events shown (54 hidden by the status
   * filter: …; 33 by the confidence threshold 0.25 — show all)".
   */
  hidden?: HiddenEvents;
}

/** See {@link EventListOptions.hidden}. */
export interface HiddenEvents {
  /** Set when the status filter leaves statuses out: the list's query with every status, and those statuses. */
  status?: { query: Query; statuses: readonly string[] };
  /** Set when a threshold applies: the list's query with every status and confidence, and the threshold as the note says it. */
  confidence?: { query: Query; threshold: string };
  /** The hash URL of the same view with every status and confidence. */
  showAll: string;
}

/** The counts {@link countLine} reads: events with every status (at the list's threshold), and with every status and confidence. */
export interface HiddenCounts {
  /** Every status at the list's threshold (the list's total when no status is hidden). */
  everyStatus: number;
  /** Every status and confidence (`everyStatus` when no threshold applies). */
  all: number;
  statuses: readonly string[];
  threshold: string;
  showAll: string;
}

/**
 * The list's count line: "213 events", or with events hidden "213 of 300 events shown (54 hidden by
 * the status filter: denied, hypothetical; 33 by the confidence threshold 0.25 — show all)" with a
 * link that shows them.
 *
 * @example
 * countLine(213, { everyStatus: 267, all: 300, statuses: ['denied', 'hypothetical'], threshold: '0.25', showAll: '#/timeline?status=…' });
 */
export function countLine(total: number, hidden: HiddenCounts | null): (string | HTMLElement)[] {
  const events = (n: number): string => `${formatCount(n)} event${n === 1 ? '' : 's'}`;
  const byStatus = hidden ? Math.max(0, hidden.everyStatus - total) : 0;
  const byConfidence = hidden ? Math.max(0, hidden.all - hidden.everyStatus) : 0;
  if (!hidden || byStatus + byConfidence <= 0) return [events(total)];
  const parts: string[] = [];
  if (byStatus > 0) parts.push(`${formatCount(byStatus)} hidden by the status filter: ${hidden.statuses.join(', ')}`);
  if (byConfidence > 0) parts.push(`${formatCount(byConfidence)} ${byStatus > 0 ? 'by' : 'hidden by'} the confidence threshold ${hidden.threshold}`);
  return [
    `${formatCount(total)} of ${events(total + byStatus + byConfidence)} shown (${parts.join('; ')} — `,
    h('a', { class: 'show-hidden', attrs: { href: hidden.showAll } }, 'show all'),
    ')',
  ];
}

/**
 * The list with a "More events" button that appends the next page (the list never loads everything).
 *
 * @example
 * section.append(eventList({ query: filterQuery(filter), signal }));
 */
export function eventList(options: EventListOptions): HTMLElement {
  const list = h('ol', { class: 'event-list', attrs: { 'aria-label': 'Events' } });
  const header = h(
    'div',
    { class: 'event-row header', attrs: { 'aria-hidden': 'true' } },
    ...['Day', 'Source', 'Type', 'Target', 'Status', 'Sentence'].map((label) => h('span', { class: 'cell' }, label)),
  );
  const count = h('p', { class: 'list-count', attrs: { role: 'status' } }, 'Loading events…');
  const footer = h('div', { class: 'list-footer' });
  let cursor: string | null = null;

  // After "More events", focus moves to the first new row: the button itself is gone.
  const load = async (moveFocus = false): Promise<void> => {
    replaceChildren(footer, loadingNote('Loading events…'));
    try {
      const first = cursor === null;
      const hidden = options.hidden;
      const total = (query: Query | undefined): Promise<EventPage> | null => (first && query ? getJson<EventPage>('/events', { ...query, limit: 1 }, options.signal) : null);
      const [page, everyStatus, all] = await Promise.all([
        getJson<EventPage>('/events', { ...options.query, limit: options.pageSize ?? 50, cursor }, options.signal),
        total(hidden?.status?.query),
        total(hidden?.confidence?.query),
      ]);
      if (first) {
        const counts = hidden && (everyStatus || all)
          ? {
              everyStatus: everyStatus?.total ?? page.total,
              all: all?.total ?? everyStatus?.total ?? page.total,
              statuses: hidden.status?.statuses ?? [],
              threshold: hidden.confidence?.threshold ?? '',
              showAll: hidden.showAll,
            }
          : null;
        replaceChildren(count, ...countLine(page.total, counts));
        count.dataset.total = String(page.total);
        if (counts) {
          count.dataset.all = String(counts.all);
          count.dataset.hiddenByStatus = String(Math.max(0, counts.everyStatus - page.total));
          count.dataset.hiddenByConfidence = String(Math.max(0, counts.all - counts.everyStatus));
        }
        options.onTotal?.(page.total);
        if (page.items.length === 0) list.replaceWith(emptyNote('No events match these filters.'));
      }
      const rows = page.items.map((event) => eventRow(event));
      for (const row of rows) list.append(h('li', null, row));
      if (moveFocus) rows[0]?.focus();
      cursor = page.next;
      const shown = list.childElementCount;
      replaceChildren(
        footer,
        cursor
          ? h('button', { class: 'more', attrs: { type: 'button', id: 'more-events' }, on: { click: () => void load(true) } }, `More events (${formatCount(shown)} of ${formatCount(page.total)} shown)`)
          : null,
      );
    } catch (error) {
      if (!isAbort(error)) replaceChildren(footer, errorBox(error));
    }
  };
  void load();
  return h('section', { class: 'events-section', attrs: { 'aria-label': 'Event list' } }, count, header, list, footer);
}
