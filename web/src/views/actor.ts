/**
 * Actor page (`#/actor/RUS`): event counts by type over time as small multiples, top partners with
 * links to their pages and to the dyad's timeline, and the actor's quotes.
 */
import { getJson } from '../api.ts';
import { bucketEndDay, dayNumber, shortDate } from '../dates.ts';
import { h, link, s } from '../dom.ts';
import { rowArticleTitle } from '../event-list.ts';
import { filterParams, filterQuery, readFilter } from '../filters.ts';
import { PLOVER_TYPES, QUAD_COLOR, quadOf } from '../quad.ts';
import { href } from '../router.ts';
import type { ActorDetail, Interval, Stats } from '../types.ts';
import { emptyNote, formatCount, pageHeading, type View } from '../view.ts';

const SPARK_W = 320;
const SPARK_H = 36;

/** Periods this far before the first or after the last article are left off the time axis. */
const DAYS_BEFORE = 31;
const DAYS_AFTER = 92;

/**
 * One row per type: its total and a bar per period, all rows on the same x and y scales. Periods
 * far outside the articles' dates (an event dated 1997 by its text) are counted but not drawn.
 */
function smallMultiples(detail: ActorDetail, interval: Interval, stats: Stats): HTMLElement {
  const span = stats.dateRange ? { low: dayNumber(stats.dateRange.first) - DAYS_BEFORE, high: dayNumber(stats.dateRange.last) + DAYS_AFTER } : null;
  const drawn = detail.byType.filter((r) => !span || (bucketEndDay(r.period, interval) > span.low && dayNumber(r.period) <= span.high));
  const outside = detail.byType.reduce((n, r) => n + r.count, 0) - drawn.reduce((n, r) => n + r.count, 0);
  if (drawn.length === 0) return emptyNote('No events with these filters.');
  const periods = [...new Set(drawn.map((r) => r.period))].sort();
  const first = dayNumber(periods[0] as string);
  const last = bucketEndDay(periods[periods.length - 1] as string, interval);
  const x = (day: number): number => ((day - first) / Math.max(1, last - first)) * SPARK_W;
  const max = Math.max(...drawn.map((r) => r.count));
  const order = PLOVER_TYPES.map((t) => t.type);
  const totals = new Map<string, number>();
  for (const r of drawn) totals.set(r.type, (totals.get(r.type) ?? 0) + r.count);
  const types = [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b));
  const rows = types.map((type) => {
    const quad = quadOf(type);
    const bars = drawn
      .filter((r) => r.type === type)
      .map((r) => {
        const start = dayNumber(r.period);
        const width = Math.max(2, x(bucketEndDay(r.period, interval)) - x(start) - 1);
        const height = Math.max(2, (r.count / max) * (SPARK_H - 2));
        return s('rect', { attrs: { x: x(start), y: SPARK_H - height, width, height, fill: quad ? QUAD_COLOR[quad] : '#777' } }, s('title', null, `${type}, ${interval} of ${shortDate(r.period)}: ${r.count}`));
      });
    return h(
      'li',
      { class: 'multiple' },
      h('span', { class: ['event-type', quad ? `quad-${quad}` : ''] }, type),
      h('span', { class: 'multiple-total' }, formatCount(totals.get(type) ?? 0)),
      s('svg', { class: 'spark', attrs: { viewBox: `0 0 ${SPARK_W} ${SPARK_H}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': `${type}: ${totals.get(type)} events over time` } }, s('line', { class: 'spark-base', attrs: { x1: 0, x2: SPARK_W, y1: SPARK_H - 0.5, y2: SPARK_H - 0.5 } }), ...bars),
    );
  });
  return h(
    'div',
    null,
    h('ul', { class: 'multiples', attrs: { 'aria-label': `Events by type per ${interval}` } }, ...rows),
    h('p', { class: 'hint axis-note' }, h('span', null, shortDate(periods[0] as string)), h('span', null, `per ${interval}, same scale on every row`), h('span', null, shortDate(periods[periods.length - 1] as string))),
    outside > 0 ? h('p', { class: 'hint' }, `${formatCount(outside)} more dated well before or after the articles are not drawn.`) : null,
  );
}

function partnersTable(detail: ActorDetail, params: Record<string, string>): HTMLElement {
  if (detail.partners.length === 0) return emptyNote('No partners with these filters.');
  const max = Math.max(...detail.partners.map((p) => p.events));
  return h(
    'table',
    { class: 'partners responsive' },
    h('caption', { class: 'visually-hidden' }, `Top partners of ${detail.name}`),
    h('thead', null, h('tr', null, ...['Partner', 'Events', 'Cooperation / conflict', 'Timeline'].map((t) => h('th', { attrs: { scope: 'col' } }, t)))),
    h(
      'tbody',
      null,
      ...detail.partners.map((p) => {
        const coop = (p.cooperation / max) * 100;
        const conf = (p.conflict / max) * 100;
        return h(
          'tr',
          null,
          h('td', { attrs: { 'data-label': 'Partner' } }, link(href('actor', p.code, params), p.name), p.name !== p.code ? h('span', { class: 'muted' }, ` ${p.code}`) : null),
          h('td', { class: 'num', attrs: { 'data-label': 'Events' } }, formatCount(p.events)),
          h(
            'td',
            { attrs: { 'data-label': 'Cooperation / conflict' } },
            s(
              'svg',
              { class: 'split-bar', attrs: { viewBox: '0 0 100 10', preserveAspectRatio: 'none', role: 'img', 'aria-label': `${p.cooperation} cooperation, ${p.conflict} conflict` } },
              s('rect', { attrs: { x: 0, y: 0, width: coop, height: 10, fill: QUAD_COLOR.material_cooperation } }),
              s('rect', { attrs: { x: coop, y: 0, width: conf, height: 10, fill: QUAD_COLOR.material_conflict } }),
            ),
            h('span', { class: 'muted small' }, ` ${p.cooperation} / ${p.conflict}`),
          ),
          h('td', { attrs: { 'data-label': 'Timeline' } }, link(href('timeline', null, { ...params, actor: null, dyad: `${detail.code},${p.code}` }), `${detail.code}–${p.code} events`)),
        );
      }),
    ),
  );
}

function quotesList(detail: ActorDetail): HTMLElement {
  if (detail.quotes.length === 0) return emptyNote('No quotes attributed to this actor.');
  return h(
    'ul',
    { class: 'quote-list' },
    ...detail.quotes.map((q) =>
      h('li', null, h('blockquote', null, `“${q.quote}”`), h('div', { class: 'meta' }, q.date ?? q.articleDate, ' · ', link(href('article', q.articleId, { at: q.start }), rowArticleTitle(q)))),
    ),
  );
}

/**
 * The actor view.
 *
 * @example
 * await actorView({ route: parseHash('#/actor/RUS'), signal, navigate });
 */
export const actorView: View = async ({ route, signal }) => {
  const code = route.id ?? '';
  const filter = readFilter(route.params);
  const requested = route.params.get('interval');
  const stats = await getJson<Stats>('/stats', {}, signal);
  const span = stats.dateRange ? dayNumber(stats.dateRange.last) - dayNumber(stats.dateRange.first) : 0;
  const interval: Interval = requested === 'day' || requested === 'week' || requested === 'month' ? requested : span > 400 ? 'month' : 'week';
  const detail = await getJson<ActorDetail>(`/actors/${encodeURIComponent(code)}`, { ...filterQuery(filter), interval }, signal);
  const params = filterParams({ ...filter, actor: '' });
  const subtitle = [detail.code !== detail.name ? detail.code : null, detail.country && detail.country !== detail.code ? detail.country : null, `${formatCount(detail.events)} events`].filter(Boolean).join(' · ');
  const root = h(
    'div',
    { class: 'view actor' },
    pageHeading(detail.name, subtitle),
    h(
      'p',
      { class: 'related' },
      link(href('timeline', null, { ...params, actor: detail.code }), 'Timeline'),
      ' · ',
      link(href('network', null, { ...params, actor: detail.code }), 'Network'),
      ' · ',
      link(href('map', null, { ...params, actor: detail.code }), 'Map'),
    ),
    h('div', { class: 'grid-2' },
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'by-type' } }, h('h2', { attrs: { id: 'by-type' } }, 'Events by type over time'), smallMultiples(detail, interval, stats)),
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'partners' } }, h('h2', { attrs: { id: 'partners' } }, 'Top partners'), partnersTable(detail, params)),
    ),
    h('section', { class: 'panel', attrs: { 'aria-labelledby': 'quotes' } }, h('h2', { attrs: { id: 'quotes' } }, `Quotes (${detail.quotes.length})`), quotesList(detail)),
  );
  return { root, title: detail.name };
};
