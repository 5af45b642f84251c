import type { Actor } from '../../src/doc/types.ts';
import type { Store } from '../../src/store/store.ts';
import { Draft, Q_ACTORS } from '../store/query-fixtures.ts';

/** Actors the query fixture lacks: a second country, transnational groups, a country-less agent. */
export const X_ACTORS = {
  blr: { id: 'country:BLR', name: 'Belarus', country: 'BLR', org: null, sector: null, role: null },
  isis: { id: 'group:isis', name: 'Islamic State', country: 'IMG', org: null, sector: 'REB', role: null },
  qaeda: { id: 'group:al-qaeda', name: 'al-Qaeda', country: 'IMG', org: null, sector: 'REB', role: null },
  someGov: { id: 'agent:?-GOV', name: 'government', country: null, org: null, sector: 'GOV', role: null },
} satisfies Record<string, Actor>;

const { rus, lavrov, usa, ukr, nato } = Q_ACTORS;
const { blr, isis, qaeda, someGov } = X_ACTORS;

/**
 * Two articles for the export tests: x1 (with outlet, URL and language) has an event with two
 * sources and two targets, one with a source and no target, and Islamic State against al-Qaeda; x2
 * has the unattributed government, Russia twice (Russia and Lavrov) against Ukraine, and Ukraine
 * back against Russia.
 *
 * @example
 * seedExportFixture(store); // 6 events, 4 + 1 + 1 + 1 + 1 + 1 = 9 CSV rows
 */
export function seedExportFixture(store: Store): void {
  const x1 = new Draft('x1', '2022-02-01', 'Pairs', [
    'Russia and Belarus threatened Ukraine and the US.',
    'Russia mobilized.',
    'Islamic State attacked al-Qaeda.',
  ])
    .event(0, 'threatened', 'THREATEN', 'occurred', null, [[rus, 'Russia'], [blr, 'Belarus']], [[ukr, 'Ukraine'], [usa, 'the US']])
    .event(1, 'mobilized', 'MOBILIZE', 'occurred', null, [[rus, 'Russia']], [])
    .event(2, 'attacked', 'ASSAULT', 'occurred', null, [[isis, 'Islamic State']], [[qaeda, 'al-Qaeda']]);
  Object.assign(x1.item.article, { source: 'Example Wire', url: 'https://example.org/x1', lang: 'en-GB' });
  const x2 = new Draft('x2', '2022-02-03', 'Accusations', [
    'The government criticized NATO.',
    'Lavrov and Russia accused Ukraine.',
    'Ukraine accused Russia.',
  ])
    .event(0, 'criticized', 'ACCUSE', 'occurred', null, [[someGov, 'The government']], [[nato, 'NATO']])
    .event(1, 'accused', 'ACCUSE', 'occurred', null, [[lavrov, 'Lavrov'], [rus, 'Russia']], [[ukr, 'Ukraine']])
    .event(2, 'accused', 'ACCUSE', 'occurred', null, [[ukr, 'Ukraine']], [[rus, 'Russia']]);
  Object.assign(x2.item.article, { source: null, url: null, lang: null });
  store.insertArticles([x1.item, x2.item]);
}
