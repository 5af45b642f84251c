/**
 * Upcoming (`#/upcoming?from=2022-01-01`): scheduled events from a date on, grouped by day, each
 * with the article that announced it and, when a later article reports it, a "held" badge. As every
 * event list, at or above the confidence threshold (DECISIONS §3; `min_confidence` in the URL, 0 for
 * every event), saying how many it hides with a "show all" link.
 */
import { apiUrl, getJson } from '../api.ts';
import { isIsoDate, shortDate, todayIso } from '../dates.ts';
import { h, link } from '../dom.ts';
import { eventHref, participants, rowArticleTitle, rowArticleTitleText, sentenceWithTrigger, typeLabel } from '../event-list.ts';
import { href } from '../router.ts';
import { DEFAULT_MIN_CONFIDENCE, readMinConfidence } from '../filters.ts';
import type { Stats, Upcoming } from '../types.ts';
import { emptyNote, formatCount, pageHeading, type View } from '../view.ts';

const LIMIT = 200;

type UpcomingItem = Upcoming['items'][number];

function item(event: UpcomingItem): HTMLElement {
  return h(
    'li',
    { class: 'agenda-item' },
    h(
      'div',
      { class: 'agenda-what' },
      typeLabel(event),
      ' ',
      participants(event.source),
      ' → ',
      participants(event.target),
      event.date && event.date !== event.day ? h('span', { class: 'muted' }, ` (dated ${event.date})`) : null,
      event.held
        ? h('span', { class: 'held' }, ' ', h('a', { class: 'badge held-badge', attrs: { href: href('article', event.held.articleId, { e: event.held.eventId }), title: `Reported as held in “${rowArticleTitleText(event.held)}”, ${event.held.articleDate}` } }, `held · ${event.held.articleDate}`))
        : null,
    ),
    h('p', { class: 'agenda-sentence' }, sentenceWithTrigger(event)),
    h('p', { class: 'meta' }, 'Announced in ', link(eventHref(event), rowArticleTitle(event)), `, ${event.articleDate}`),
  );
}

function agenda(items: UpcomingItem[]): HTMLElement {
  const days = new Map<string, UpcomingItem[]>();
  for (const event of items) {
    const list = days.get(event.day) ?? [];
    list.push(event);
    days.set(event.day, list);
  }
  return h(
    'div',
    { class: 'agenda' },
    ...[...days].map(([day, events]) =>
      h(
        'section',
        { class: 'agenda-day', attrs: { 'aria-labelledby': `day-${day}` } },
        h('h2', { attrs: { id: `day-${day}` } }, h('time', { attrs: { datetime: day } }, shortDate(day)), h('span', { class: 'muted' }, ` · ${events.length} event${events.length === 1 ? '' : 's'}`)),
        h('ul', null, ...events.map(item)),
      ),
    ),
  );
}

/**
 * The upcoming view.
 *
 * @example
 * await upcomingView({ route: parseHash('#/upcoming?from=2022-01-01'), signal, navigate });
 */
export const upcomingView: View = async ({ route, signal, navigate }) => {
  const requested = route.params.get('from') ?? '';
  const from = isIsoDate(requested) ? requested : todayIso();
  const minConfidence = readMinConfidence(route.params.get('min_confidence') ?? '');
  const confidence = minConfidence ? { min_confidence: minConfidence } : {};
  const [stats, upcoming, everything] = await Promise.all([
    getJson<Stats>('/stats', {}, signal),
    getJson<Upcoming>('/upcoming', { from, limit: LIMIT, ...confidence }, signal),
    minConfidence === '0' ? null : getJson<Upcoming>('/upcoming', { from, limit: LIMIT, min_confidence: '0' }, signal),
  ]);
  const belowThreshold = everything ? Math.max(0, everything.items.length - upcoming.items.length) : 0;
  const first = stats.dateRange?.first ?? null;
  const fromInput = h('input', { attrs: { id: 'u-from', name: 'from', type: 'date', value: from, required: true } });
  const form = h(
    'form',
    { class: 'filters compact', attrs: { 'aria-label': 'Agenda start' } },
    h('div', { class: 'field' }, h('label', { attrs: { for: 'u-from' } }, 'From'), fromInput),
    h('div', { class: 'field actions' }, h('button', { attrs: { type: 'submit' } }, 'Show')),
    first && first !== from
      ? h('div', { class: 'field actions' }, h('a', { class: 'button secondary', attrs: { href: href('upcoming', null, { from: first, ...confidence }), id: 'u-first' } }, `From the first article (${shortDate(first)})`))
      : null,
    h('div', { class: 'field actions' }, h('a', { class: 'button secondary', attrs: { href: apiUrl('/upcoming.ics', { from, ...confidence }), download: 'dateline-upcoming.ics' } }, 'Calendar (.ics)')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (isIsoDate(fromInput.value)) navigate(href('upcoming', null, { from: fromInput.value, ...confidence }));
  });
  const heldCount = upcoming.items.filter((i) => i.held).length;
  const root = h(
    'div',
    { class: 'view upcoming' },
    pageHeading('Upcoming events', `${formatCount(upcoming.items.length)} scheduled event${upcoming.items.length === 1 ? '' : 's'} from ${shortDate(upcoming.from)}${heldCount ? `, ${heldCount} later reported as held` : ''}`),
    form,
    belowThreshold > 0
      ? h(
          'p',
          { class: 'hint confidence-hidden', attrs: { 'data-hidden-by-confidence': String(belowThreshold) } },
          `${formatCount(belowThreshold)} more scheduled event${belowThreshold === 1 ? '' : 's'} below the confidence threshold ${minConfidence || DEFAULT_MIN_CONFIDENCE} (`,
          h('a', { class: 'show-hidden', attrs: { href: href('upcoming', null, { from, min_confidence: '0' }) } }, 'show all'),
          ')',
        )
      : null,
    upcoming.items.length === 0
      ? emptyNote(first && from > first ? `Nothing scheduled from ${shortDate(from)}. The articles start on ${shortDate(first)}: try the button above.` : 'Nothing scheduled from this date.')
      : agenda(upcoming.items),
    upcoming.items.length === LIMIT ? h('p', { class: 'hint' }, `Showing the first ${LIMIT}; choose a later date to see more.`) : null,
  );
  return { root, title: 'Upcoming' };
};
