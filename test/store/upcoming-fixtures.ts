// A store for the upcoming lists' confidence threshold (DECISIONS §3): three scheduled events, one
// above the default threshold (held: a later report at low confidence), one below, one unscored.
import { DEFAULT_MIN_CONFIDENCE, type Store } from '../../src/index.ts';
import { Draft, Q_ACTORS } from './query-fixtures.ts';

const { rus, usa, nato, ukr } = Q_ACTORS;

/** Above the default threshold. */
export const HIGH = Math.min(0.99, DEFAULT_MIN_CONFIDENCE + 0.3);
/** Below it. */
export const LOW = Math.max(0, DEFAULT_MIN_CONFIDENCE - 0.2);

/**
 * Inserts the fixture: scheduled CONSULT RUS-USA on 2022-01-10 (HIGH, held in `u2:e0`, itself LOW),
 * SANCTION UKR-RUS on 2022-01-12 (LOW) and CONSULT NATO-RUS on 2022-01-14 (no confidence).
 */
export function insertUpcomingFixture(store: Store): void {
  const announced = new Draft('u1', '2022-01-05', 'Talks and sanctions ahead', [
    'Russia will meet the US in Geneva on January 10.',
    'Ukraine will sanction Russia on January 12.',
    'NATO will meet Russia on January 14.',
  ])
    .event(0, 'meet', 'CONSULT', 'scheduled', '2022-01-10', [[rus, 'Russia']], [[usa, 'the US']])
    .event(1, 'sanction', 'SANCTION', 'scheduled', '2022-01-12', [[ukr, 'Ukraine']], [[rus, 'Russia']])
    .event(2, 'meet', 'CONSULT', 'scheduled', '2022-01-14', [[nato, 'NATO']], [[rus, 'Russia']]);
  const [talks, sanction] = announced.item.events!;
  talks!.confidence = HIGH;
  sanction!.confidence = LOW;
  const reported = new Draft('u2', '2022-01-11', 'They met', ['Russia and the US met in Geneva on Monday.'])
    .event(0, 'met', 'CONSULT', 'occurred', '2022-01-10', [[rus, 'Russia'], [usa, 'the US']], []);
  reported.item.events![0]!.confidence = LOW;
  store.insertArticles([announced.item, reported.item]);
}
