import type { Store } from '../../src/store/store.ts';
import { Draft, Q_ACTORS, seedQueryFixture } from './query-fixtures.ts';

/** What the untitled announcement (a5) is called: its lead's first sentence, the wire dateline left out. */
export const ANNOUNCED_LEAD = 'Russia will hold talks with Ukraine on February 1';
/** What the untitled report (a6) that the talks were held is called. */
export const HELD_LEAD = 'Russia held talks with Ukraine in Minsk on Tuesday';

const { rus, lavrov, ukr } = Q_ACTORS;

/**
 * {@link seedQueryFixture} plus two articles without a title (issue 15): a5 announces talks and
 * quotes Lavrov, a6 reports the talks held.
 *
 * @example
 * seedUntitledFixture(store); // a1..a4 titled, a5 and a6 untitled
 */
export function seedUntitledFixture(store: Store): void {
  seedQueryFixture(store);
  const a5 = new Draft('a5', '2022-01-20', '', [
    'MOSCOW, Jan 20 (Wire) - Russia will hold talks with Ukraine on February 1.',
    '"Nothing is agreed," Lavrov said.',
  ])
    .event(0, 'hold talks', 'CONSULT', 'scheduled', '2022-02-01', [[rus, 'Russia']], [[ukr, 'Ukraine']])
    .quote(1, 'Nothing is agreed,', [lavrov, 'Lavrov']);
  const a6 = new Draft('a6', '2022-02-02', '', ['Russia held talks with Ukraine in Minsk on Tuesday.'])
    .event(0, 'held talks', 'CONSULT', 'occurred', '2022-02-01', [[rus, 'Russia']], [[ukr, 'Ukraine']]);
  a5.item.article.title = null;
  a6.item.article.title = '  ';
  store.insertArticles([a5.item, a6.item]);
}
