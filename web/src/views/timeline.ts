/**
 * Timeline (home): events per period as a stacked chart, a brush or date inputs to pick a range,
 * the filters, and the paginated list of matching events.
 */
import { apiUrl, getJson } from '../api.ts';
import { stackedChart, type DateRange } from '../chart.ts';
import { addDays, autoInterval, bucketEndDay, dayNumber, isIsoDate, shortDate } from '../dates.ts';
import { h, link } from '../dom.ts';
import { eventList, type HiddenEvents } from '../event-list.ts';
import { filterForm } from '../filter-form.ts';
import { DEFAULT_MIN_CONFIDENCE, describeFilter, filterParams, filterQuery, readFilter, STATUSES, type EventFilter } from '../filters.ts';
import { href } from '../router.ts';
import type { Histogram, Interval, QuadCounts, Stats } from '../types.ts';
import { emptyNote, formatCount, pageHeading, type View } from '../view.ts';

const INTERVALS: readonly Interval[] = ['day', 'week', 'month'];

/** Scheduled events a few months past the last article still belong on the chart. */
const DAYS_BEFORE = 31;
const DAYS_AFTER = 92;

/**
 * The chart's x range: the articles' dates, widened to nearby events and to the chosen range, so
 * one event dated 1994 in a 2022 corpus does not squash every bar into a sliver.
 */
function chartDomain(stats: Stats, buckets: QuadCounts[], interval: Interval, filter: EventFilter): DateRange | null {
  if (!stats.dateRange) return null;
  let first = dayNumber(stats.dateRange.first);
  let last = dayNumber(stats.dateRange.last);
  const low = first - DAYS_BEFORE;
  const high = last + DAYS_AFTER;
  for (const b of buckets) {
    const start = dayNumber(b.period);
    const end = bucketEndDay(b.period, interval) - 1;
    if (start >= low && start < first) first = start;
    if (end <= high && end > last) last = end;
  }
  if (isIsoDate(filter.since)) first = Math.min(first, dayNumber(filter.since));
  if (isIsoDate(filter.until)) last = Math.max(last, dayNumber(filter.until));
  return { since: addDays('1970-01-01', first), until: addDays('1970-01-01', last) };
}

function inDomain(b: QuadCounts, interval: Interval, domain: DateRange): boolean {
  return bucketEndDay(b.period, interval) > dayNumber(domain.since) && dayNumber(b.period) <= dayNumber(domain.until);
}

function rangeInputs(filter: EventFilter, apply: (range: Partial<DateRange>) => void): HTMLElement {
  const input = (id: string, label: string, value: string, key: keyof DateRange): HTMLElement =>
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: id } }, label),
      h('input', { attrs: { id, type: 'date', value }, on: { change: (e) => apply({ [key]: (e.target as HTMLInputElement).value }) } }),
    );
  return h(
    'div',
    { class: 'range-inputs', attrs: { role: 'group', 'aria-label': 'Date range of the list' } },
    input('t-since', 'From', filter.since, 'since'),
    input('t-until', 'To', filter.until, 'until'),
    filter.since || filter.until
      ? h('button', { class: 'secondary', attrs: { type: 'button', id: 't-clear' }, on: { click: () => apply({ since: '', until: '' }) } }, 'Whole period')
      : null,
  );
}

function intervalSelect(current: Interval, auto: boolean, apply: (interval: string) => void): HTMLElement {
  const select = h(
    'select',
    { attrs: { id: 't-interval' }, on: { change: (e) => apply((e.target as HTMLSelectElement).value) } },
    h('option', { attrs: { value: '', selected: auto } }, `Auto (${current})`),
    ...INTERVALS.map((i) => h('option', { attrs: { value: i, selected: !auto && i === current } }, `Per ${i}`)),
  );
  return h('div', { class: 'field inline' }, h('label', { attrs: { for: 't-interval' } }, 'Bars'), select);
}

function relatedLinks(filter: EventFilter): HTMLElement | null {
  const codes = filter.actor ? [filter.actor] : filter.dyad.split(',').filter(Boolean);
  if (codes.length === 0) return null;
  return h('p', { class: 'related' }, 'Actor pages: ', ...codes.flatMap((code, i) => [i > 0 ? ', ' : null, link(href('actor', code), code)]));
}

/**
 * What the status filter and the confidence threshold leave out of the list, so its count can say so
 * (undefined when it shows every status at any confidence); "show all" lifts both, as `--all`.
 */
function hiddenEvents(filter: EventFilter, interval: Interval | null): HiddenEvents | undefined {
  const statuses = STATUSES.filter((s) => !filter.status.includes(s));
  const everyStatus = { ...filter, status: [...STATUSES] };
  const all = { ...everyStatus, min_confidence: '0' };
  const thresholded = filter.min_confidence !== '0';
  if (statuses.length === 0 && !thresholded) return undefined;
  return {
    status: statuses.length > 0 ? { query: filterQuery(everyStatus), statuses } : undefined,
    confidence: thresholded ? { query: filterQuery(all), threshold: filter.min_confidence || String(DEFAULT_MIN_CONFIDENCE) } : undefined,
    showAll: href('timeline', null, { ...filterParams(all), interval }),
  };
}

/**
 * The timeline view (`#/timeline?actor=RUS&since=…&until=…&interval=week`).
 *
 * @example
 * const { root } = await timelineView({ route: parseHash('#/timeline?dyad=RUS,USA'), signal, navigate });
 */
export const timelineView: View = async ({ route, signal, navigate }) => {
  const filter = readFilter(route.params);
  const intervalParam = route.params.get('interval') ?? '';
  const chosen = (INTERVALS as readonly string[]).includes(intervalParam) ? (intervalParam as Interval) : null;
  const go = (next: EventFilter, interval: string | null = chosen): void => navigate(href('timeline', null, { ...filterParams(next), interval }));

  const stats = await getJson<Stats>('/stats', {}, signal);
  const span = stats.dateRange ? dayNumber(stats.dateRange.last) - dayNumber(stats.dateRange.first) + DAYS_BEFORE : 0;
  const interval = chosen ?? autoInterval(span);
  const histogram = await getJson<Histogram>('/events/histogram', { ...filterQuery(filter, ['since', 'until']), interval }, signal);
  const domain = chartDomain(stats, histogram.buckets, interval, filter);
  const shownBuckets = domain ? histogram.buckets.filter((b) => inDomain(b, interval, domain)) : [];
  const outside = histogram.buckets.reduce((n, b) => n + b.total, 0) - shownBuckets.reduce((n, b) => n + b.total, 0);

  const described = describeFilter({ ...filter, since: '', until: '' });
  const subtitle = stats.dateRange
    ? `${formatCount(stats.events)} events in ${formatCount(stats.articles)} articles, ${shortDate(stats.dateRange.first)} – ${shortDate(stats.dateRange.last)}`
    : 'No articles yet: ingest some with dateline ingest.';
  const applyRange = (range: Partial<DateRange>): void => go({ ...filter, ...range });

  const chartSection = h(
    'section',
    { class: 'panel chart-panel', attrs: { 'aria-labelledby': 'chart-title' } },
    h('div', { class: 'panel-head' }, h('h2', { attrs: { id: 'chart-title' } }, `Events per ${interval}${described ? `, ${described}` : ''}`), intervalSelect(interval, chosen === null, (i) => go(filter, i || null))),
    domain && shownBuckets.length > 0
      ? stackedChart({
          buckets: shownBuckets,
          interval,
          domain,
          selection: filter.since || filter.until ? { since: filter.since, until: filter.until } : null,
          onSelect: (range) => applyRange(range ?? { since: '', until: '' }),
          label: `Stacked bar chart of events per ${interval} by quad class, ${shortDate(domain.since)} to ${shortDate(domain.until)}. Drag across it, or use the From and To inputs, to choose a range.`,
        })
      : emptyNote('No events to chart for these filters.'),
    h('p', { class: 'hint' }, 'Drag across the chart or click a bar to list only that period; or type the dates.'),
    rangeInputs(filter, applyRange),
    outside > 0 ? h('p', { class: 'hint' }, `${formatCount(outside)} event${outside === 1 ? ' is' : 's are'} dated outside the chart (a date the text gives, such as an earlier year); the list includes them.`) : null,
  );

  const root = h(
    'div',
    { class: 'view timeline' },
    pageHeading('Timeline', subtitle),
    filterForm({ filter, dates: false, onChange: (f) => go(f) }),
    relatedLinks(filter),
    chartSection,
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'list-title' } },
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { attrs: { id: 'list-title' } }, describeFilter(filter) ? `Events ${describeFilter(filter)}` : 'All events'),
        h(
          'p',
          { class: 'downloads' },
          'Download: ',
          h('a', { attrs: { href: apiUrl('/export/events.csv', filterQuery(filter)), download: '' } }, 'CSV'),
          ' · ',
          h('a', { attrs: { href: apiUrl('/export/events.jsonl', filterQuery(filter)), download: '' } }, 'JSON Lines'),
        ),
      ),
      eventList({ query: filterQuery(filter), signal, hidden: hiddenEvents(filter, chosen) }),
    ),
  );
  return { root, title: 'Timeline' };
};
