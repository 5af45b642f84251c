/**
 * Map (`#/map?actor=RUS`): countries shaded by how many events involve them under the current
 * filter. Countries with events are links (click or Enter filters the map by that country);
 * hovering or focusing one shows its count.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { byNumeric, names } from 'virtual:country-codes';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { getJson } from '../api.ts';
import { h, link, replaceChildren, s, type Child } from '../dom.ts';
import { filterForm } from '../filter-form.ts';
import { describeFilter, filterParams, filterQuery, readFilter, type EventFilter } from '../filters.ts';
import { colorClasses, colorFor, NO_DATA_COLOR, type ColorClass } from '../map-scale.ts';
import { href } from '../router.ts';
import type { MapCounts } from '../types.ts';
import { formatCount, pageHeading, type View } from '../view.ts';

const WIDTH = 960;
const HEIGHT = 470;
const ANTARCTICA = '010';

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string };

let countriesPromise: Promise<CountryFeature[]> | null = null;

/** The world's country outlines, fetched once (a static file next to the app, never the internet). */
function loadCountries(): Promise<CountryFeature[]> {
  countriesPromise ??= fetch(atlasUrl)
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>)
    .then((topology) => (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as CountryFeature[])
    .then((features) => features.filter((f) => f.id !== ANTARCTICA))
    .catch((error: unknown) => {
      countriesPromise = null;
      throw error;
    });
  return countriesPromise;
}

const codeByName = new Map(Object.entries(names).map(([code, name]) => [name, code]));

/** The alpha-3 code of an outline: by its ISO numeric id, else by name (Kosovo has no numeric code). */
function alpha3(f: CountryFeature): string | null {
  return (f.id ? byNumeric[f.id] : undefined) ?? codeByName.get(f.properties.name) ?? null;
}

function mapLegend(classes: readonly ColorClass[]): HTMLElement {
  const swatch = (color: string): SVGSVGElement => s('svg', { class: 'swatch-svg', attrs: { viewBox: '0 0 14 14', 'aria-hidden': 'true' } }, s('rect', { attrs: { width: 14, height: 14, rx: 3, fill: color } }));
  return h(
    'ul',
    { class: 'legend map-legend', attrs: { 'aria-label': 'Events per country' } },
    h('li', null, swatch(NO_DATA_COLOR), 'none'),
    ...classes.map((c) => h('li', null, swatch(c.color), c.min === c.max ? formatCount(c.min) : `${formatCount(c.min)}–${formatCount(c.max)}`)),
  );
}

function infoFor(filter: EventFilter, code: string, name: string, events: number): Child[] {
  const params = filterParams({ ...filter, actor: '', dyad: '' });
  return [
    h('strong', null, name),
    ` ${formatCount(events)} event${events === 1 ? '' : 's'}`,
    events > 0 ? h('span', { class: 'info-links' }, ' · ', link(href('timeline', null, { ...params, actor: code }), 'timeline'), ' · ', link(href('actor', code, params), 'actor page')) : '',
  ];
}

function drawMap(features: CountryFeature[], counts: Map<string, number>, filter: EventFilter, info: HTMLElement): SVGSVGElement {
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'FeatureCollection', features });
  const path = geoPath(projection);
  const classes = colorClasses(Math.max(0, ...counts.values()));
  const params = filterParams({ ...filter, dyad: '' });
  const svg = s('svg', { class: 'world', attrs: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': 'World map; countries with events are links that filter the map by that country' } });
  const shapes = s('g', null);
  const active = s('g', null);
  for (const f of features) {
    const code = alpha3(f);
    const d = path(f);
    if (!d) continue;
    const events = code ? (counts.get(code) ?? 0) : 0;
    const name = (code ? names[code] : undefined) ?? f.properties.name;
    const shape = s('path', { class: ['country', events > 0 && 'has-events', code !== null && code === filter.actor && 'selected'], attrs: { d, fill: colorFor(events, classes), 'data-code': code ?? '', 'data-events': events } });
    if (events > 0 && code) {
      const label = `${name}: ${formatCount(events)} event${events === 1 ? '' : 's'}`;
      const anchor = s('a', { class: 'country-link', attrs: { href: href('map', null, { ...params, actor: code }), 'aria-label': label, 'data-code': code } }, shape, s('title', null, label));
      const show = (): void => replaceChildren(info, ...infoFor(filter, code, name, events));
      anchor.addEventListener('mouseenter', show);
      anchor.addEventListener('focus', show);
      active.append(anchor);
    } else {
      shape.append(s('title', null, `${name}: no events`));
      shapes.append(shape);
    }
  }
  svg.append(shapes, active);
  return svg;
}

/**
 * The map view.
 *
 * @example
 * await mapView({ route: parseHash('#/map?type=ASSAULT'), signal, navigate });
 */
export async function mapView({ route, signal, navigate }: Parameters<View>[0]): ReturnType<View> {
  const filter = readFilter(route.params);
  const [features, data] = await Promise.all([loadCountries(), getJson<MapCounts>('/map', filterQuery(filter), signal)]);
  const counts = new Map(data.countries.map((c) => [c.country, c.events]));
  const ranked = [...data.countries].sort((a, b) => b.events - a.events);
  const info = h('p', { class: 'map-info', attrs: { 'aria-live': 'polite' } }, 'Point at or tab to a country to see its count; click it to filter by it.');
  const described = describeFilter(filter);
  const root = h(
    'div',
    { class: 'view map' },
    pageHeading('Map', `${formatCount(data.countries.length)} countries with events${described ? ` ${described}` : ''}`),
    filterForm({ filter, dates: true, onChange: (f) => navigate(href('map', null, filterParams(f))) }),
    h(
      'section',
      { class: 'panel map-panel', attrs: { 'aria-label': 'Events by country' } },
      filter.actor ? h('p', { class: 'related' }, `Filtered by ${filter.actor}. `, link(href('map', null, filterParams({ ...filter, actor: '' })), 'Show all countries')) : null,
      h('div', { class: 'map-head' }, info, mapLegend(colorClasses(ranked[0]?.events ?? 0))),
      drawMap(features, counts, filter, info),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'map-top' } },
      h('h2', { attrs: { id: 'map-top' } }, 'Countries by events'),
      h('ol', { class: 'country-list' }, ...ranked.slice(0, 30).map((c) => h('li', null, link(href('actor', c.country), names[c.country] ?? c.country), h('span', { class: 'muted' }, ` ${c.country}, ${formatCount(c.events)}`)))),
    ),
  );
  return { root, title: 'Map' };
}
