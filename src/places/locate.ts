/**
 * The locations component: gives each coded event a `location`, after the events stage, from the
 * place mentions (`spans.places`) and the event's actors. In order:
 * 1. a place in the event's sentence after a place cue (in/at/near/outside/north of ..., `X, Region`,
 *    `the X region`), the nearest to the trigger;
 * 2. the article's dateline place (`KYIV (Reuters) -`);
 * 3. the place most tied to the event's actors: the most mentioned place of the article in the
 *    source's (else the target's) country;
 * 4. the country of the action: the source's (else the target's) country.
 */
import type { Doc, EventLocation, EventSpan, PlaceMention } from '../doc/index.ts';
import type { Component } from '../nlp/pipeline.ts';
import type { Gazetteer } from './gazetteer.ts';

const LOCATIVE_CUES = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'nearby', 'outskirts', 'region', 'throughout', 'visited', 'visiting', 'visit', 'visits']);
const isLocative = (p: PlaceMention): boolean => p.cue !== null && (LOCATIVE_CUES.has(p.cue) || p.cue.endsWith(' of') || p.cue.startsWith(', '));

function fromPlace(p: PlaceMention, doc: Doc, rule: string, reason: string): EventLocation {
  return {
    name: p.name, geonameid: p.geonameid, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, precision: p.precision,
    text: doc.text.slice(p.start, p.end), start: p.start, end: p.end, explain: { decides: 'location', rule, reason },
  };
}

/**
 * The location of one event, or null when neither a place nor an actor's country gives one.
 *
 * @example
 * locateEvent(doc, doc.spans.events[0], gazetteer); // { name: 'Kharkiv', precision: 'city', explain: { rule: 'rule:location/cue', ... } }
 */
export function locateEvent(doc: Doc, e: EventSpan, g: Gazetteer): EventLocation | null {
  const places = doc.spans.places ?? [];
  const text = (p: PlaceMention): string => doc.text.slice(p.start, p.end);
  const own = places.filter((p) => p.sentence === e.sentence && isLocative(p));
  if (own.length) {
    const dist = (p: PlaceMention): number => (p.start >= e.end ? p.start - e.end : e.start - p.end + 0.5);
    const p = own.reduce((a, b) => (dist(b) < dist(a) ? b : a));
    return fromPlace(p, doc, 'rule:location/cue', `"${p.cue?.startsWith(',') ? `${text(p)}${p.cue}` : `${p.cue} ${text(p)}`}" in the event's sentence`);
  }
  const dateline = places.find((p) => p.cue === 'dateline');
  if (dateline) return fromPlace(dateline, doc, 'rule:location/dateline', `"${text(dateline)}" is the article's dateline`);
  const parties = [...e.source, ...e.target];
  for (const who of [e.source, e.target]) {
    const country = who.find((p) => p.actor.country && g.countryByCode.has(p.actor.country))?.actor.country;
    if (!country) continue;
    const counts = new Map<string, { n: number; p: PlaceMention }>();
    for (const p of places) {
      if (p.country !== country || p.precision === 'country') continue;
      const key = `${p.name}\t${p.geonameid ?? ''}`;
      const seen = counts.get(key);
      if (seen) seen.n++;
      else counts.set(key, { n: 1, p });
    }
    const top = [...counts.values()].sort((a, b) => b.n - a.n || a.p.start - b.p.start)[0];
    if (top) return fromPlace(top.p, doc, 'rule:location/actor-place', `"${text(top.p)}", named ${top.n} time${top.n === 1 ? '' : 's'}, is the article's place in ${country}, the country of ${who === e.source ? 'the source' : 'the target'}`);
  }
  for (const p of parties) {
    const c = p.actor.country ? g.countryByCode.get(p.actor.country) : undefined;
    if (!c) continue;
    return {
      name: c.name, geonameid: null, country: c.code, admin1: null, lat: c.lat, lon: c.lon, precision: 'country',
      text: doc.text.slice(p.start, p.end), start: p.start, end: p.end,
      explain: { decides: 'location', rule: 'rule:location/actor-country', reason: `no place named for it: the country of "${doc.text.slice(p.start, p.end)}" (${c.code})` },
    };
  }
  return null;
}

/**
 * Creates the `locations` component, which runs after `events` and sets each event's `location`.
 *
 * @example
 * createPipeline([segmenter, actors, timex, places, events, createEventLocator(gazetteer)]);
 */
export function createEventLocator(gazetteer: Gazetteer): Component {
  return {
    name: 'locations',
    assigns: [],
    requires: ['places', 'events'],
    run(doc) {
      for (const e of doc.spans.events ?? []) {
        const location = locateEvent(doc, e, gazetteer);
        if (location) e.location = location;
      }
    },
  };
}
