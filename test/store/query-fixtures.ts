import type { Actor, ActorMention, EventParticipant, EventSpan, EventStatus, PloverType, QuoteSpan, StatementSpan } from '../../src/doc/types.ts';
import type { ArticleBatchItem } from '../../src/store/types.ts';
import type { Store } from '../../src/store/store.ts';
import { article } from './fixtures.ts';

/** Actors of the hand-made events: countries, a person, an agent, an organisation, an unplaced person. */
export const Q_ACTORS = {
  rus: { id: 'country:RUS', name: 'Russia', country: 'RUS', org: null, sector: null, role: null },
  lavrov: { id: 'person:sergey-lavrov', name: 'Sergey Lavrov', country: 'RUS', org: null, sector: 'GOV', role: 'foreign minister' },
  usa: { id: 'agent:USA-GOV', name: 'American government', country: 'USA', org: null, sector: 'GOV', role: null },
  nato: { id: 'org:nato', name: 'NATO', country: 'IGO', org: 'NATO', sector: 'IGO', role: null },
  ukr: { id: 'country:UKR', name: 'Ukraine', country: 'UKR', org: null, sector: null, role: null },
  stranger: { id: 'person:~ivan-x', name: 'Ivan X', country: null, org: null, sector: 'CVL', role: null },
} satisfies Record<string, Actor>;

type Role = [Actor, string];

/**
 * Builds one hand-made article whose events, mentions, quotes and statements point at real
 * offsets in its text, so cut-out triggers and participant texts can be asserted.
 */
export class Draft {
  readonly item: ArticleBatchItem;
  private readonly mentions: ActorMention[] = [];
  constructor(id: string, date: string, title: string, sentences: string[]) {
    this.item = article({ id, date, title, source: 'Fixture Wire', sentences });
    this.item.mentions = this.mentions;
    this.item.events = [];
    this.item.quotes = [];
    this.item.statements = [];
  }

  private at(sentence: number, surface: string): number {
    const s = this.item.sentences[sentence]!;
    const start = this.item.article.text.indexOf(surface, s.start);
    if (start < 0 || start + surface.length > s.end) throw new Error(`fixture: ${JSON.stringify(surface)} not in sentence ${sentence}`);
    return start;
  }

  private who(sentence: number, [actor, surface]: Role): EventParticipant {
    const start = this.at(sentence, surface);
    const mention = this.mentions.length;
    this.mentions.push({ label: 'ACTOR', start, end: start + surface.length, actor, rule: 'kb:test', reason: 'fixture' });
    return { start, end: start + surface.length, mention, actor };
  }

  event(sentence: number, trigger: string, type: PloverType, status: EventStatus, date: string | null, source: Role[], target: Role[], mode: string | null = null): this {
    const start = this.at(sentence, trigger);
    const e: EventSpan = {
      label: 'EVENT', start, end: start + trigger.length, event: type, mode, context: [], sentence, date, status,
      source: source.map((r) => this.who(sentence, r)), target: target.map((r) => this.who(sentence, r)),
      reportedBy: null, negated: status === 'denied', intensity: null,
      explain: [{ decides: 'type', rule: `lexicon:events/${trigger}`, reason: 'fixture' }],
    };
    this.item.events!.push(e);
    return this;
  }

  quote(sentence: number, words: string, speaker: Role): this {
    const start = this.at(sentence, words);
    const q: QuoteSpan = { label: 'QUOTE', start, end: start + words.length, text: words, speaker: this.who(sentence, speaker), date: null, kind: 'direct', rule: 'quote:test' };
    this.item.quotes!.push(q);
    return this;
  }

  statement(sentence: number, about: string, speaker: Role): this {
    const start = this.at(sentence, about);
    const s: StatementSpan = { label: 'STATEMENT', start, end: start + about.length, kind: 'denial', about, speaker: this.who(sentence, speaker), date: null, rule: 'statement:test' };
    this.item.statements!.push(s);
    return this;
  }
}

const { rus, lavrov, usa, nato, ukr, stranger } = Q_ACTORS;

/**
 * Four hand-made articles with ten events whose counts the query tests assert exactly:
 * a1 announces talks (held in a2) and a NATO meeting in week 2 (held in a2 on the 12th), a3
 * announces April sanctions that a4 reports in the other direction (so not held).
 *
 * @example
 * seedQueryFixture(store); // 10 events, 9 occurred or scheduled
 */
export function seedQueryFixture(store: Store): void {
  const a1 = new Draft('a1', '2022-01-05', 'Talks set for Geneva', [
    'Russia and the US will hold talks in Geneva on January 10.',
    'Lavrov accused NATO of bad faith.',
    'Russia denied plans to attack Ukraine.',
    'NATO will meet Russia next week.',
    '"We want peace, not war," Lavrov said.',
    'Russia denied that troops were massing.',
  ])
    .event(0, 'hold talks', 'CONSULT', 'scheduled', '2022-01-10', [[rus, 'Russia']], [[usa, 'the US']])
    .event(1, 'accused', 'ACCUSE', 'occurred', null, [[lavrov, 'Lavrov']], [[nato, 'NATO']])
    .event(2, 'attack', 'ASSAULT', 'denied', null, [[rus, 'Russia']], [[ukr, 'Ukraine']])
    .event(3, 'meet', 'CONSULT', 'scheduled', '2022-W02', [[nato, 'NATO']], [[rus, 'Russia']])
    .quote(4, 'We want peace, not war,', [lavrov, 'Lavrov'])
    .statement(5, 'troops were massing', [rus, 'Russia']);
  const a2 = new Draft('a2', '2022-01-11', 'Geneva talks held', [
    'Lavrov held talks with American officials in Geneva on Monday.',
    'NATO met Russia on Wednesday.',
    'Ukraine asked NATO for help.',
    'Ivan X attacked the Russian embassy on February 1.',
    'Washington said "the door stays open".',
  ])
    .event(0, 'held talks', 'CONSULT', 'occurred', '2022-01-10', [[lavrov, 'Lavrov']], [[usa, 'American officials']])
    .event(1, 'met', 'CONSULT', 'occurred', '2022-01-12', [[nato, 'NATO']], [[rus, 'Russia']])
    .event(2, 'asked', 'REQUEST', 'occurred', null, [[ukr, 'Ukraine']], [[nato, 'NATO']], 'aid')
    .event(3, 'attacked', 'ASSAULT', 'occurred', '2022-02-01', [[stranger, 'Ivan X']], [[rus, 'the Russian embassy']])
    .quote(4, 'the door stays open', [usa, 'Washington']);
  const a3 = new Draft('a3', '2022-03-01', '=HYPERLINK("http://x.example/","click")', [
    'Ukraine will sanction Russia in April, officials said.',
  ])
    .event(0, 'sanction', 'SANCTION', 'scheduled', '2022-04', [[ukr, 'Ukraine']], [[rus, 'Russia']]);
  const a4 = new Draft('a4', '2022-04-20', 'Sanctions, "again"', [
    'Russia sanctioned Ukraine, "again",\nin April; @once more.',
  ])
    .event(0, 'sanctioned', 'SANCTION', 'occurred', '2022-04', [[rus, 'Russia']], [[ukr, 'Ukraine']]);
  store.insertArticles([a1.item, a2.item, a3.item, a4.item]);
}
