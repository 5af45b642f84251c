import { actorCode, type Doc, type EventParticipant, type EventSpan, type QuoteSpan, type StatementSpan } from '../index.ts';

/** A one-line readable event: `2021-12-27  TUR REQUEST(change) RUS  [occurred]  "urged"`. */
export function eventLine(doc: Pick<Doc, 'text'>, e: EventSpan): string {
  const who = (ps: EventParticipant[]): string => ps.map(actorCode).join('+') || '-';
  const mode = e.mode ? `(${e.mode})` : '';
  return `${(e.date ?? '(no date)').padEnd(22)} ${who(e.source)} ${e.event}${mode} ${who(e.target)}  [${e.status}${e.negated ? ', negated' : ''}]  "${doc.text.slice(e.start, e.end)}"`;
}

/** A readable quote: `"important" - Dmitry Peskov, 2021-12-27`. */
export function quoteLine(q: QuoteSpan): string {
  return `"${q.text}" - ${q.speaker?.actor.name ?? '(unknown speaker)'}${q.date ? `, ${q.date}` : ''}`;
}

/** A readable statement: `denial: Russia about "it has plans to attack its neighbour"`. */
export function statementLine(s: StatementSpan): string {
  return `${s.kind}: ${s.speaker?.actor.name ?? '(unknown)'} about "${s.about}"`;
}
