import type { Doc, EventParticipant, EventSpan, QuoteSpan, StatementSpan } from '../index.ts';

/** An actor as the `dateline code` contract shows it. */
function participant(text: string, p: EventParticipant): { text: string; country: string | null; sector: string | null; org: string | null; name: string; id: string } {
  return { text: text.slice(p.start, p.end), country: p.actor.country, sector: p.actor.sector, org: p.actor.org, name: p.actor.name, id: p.actor.id };
}

/** One event in the `dateline code --json/--jsonl` contract. */
export function eventJson(doc: Pick<Doc, 'text' | 'sentences'>, e: EventSpan): object {
  const s = doc.sentences[e.sentence];
  return {
    event: e.event,
    mode: e.mode,
    context: e.context,
    status: e.status,
    source: e.source.map((p) => participant(doc.text, p)),
    target: e.target.map((p) => participant(doc.text, p)),
    trigger: doc.text.slice(e.start, e.end),
    date: e.date,
    sentence: s ? doc.text.slice(s.start, s.end) : null,
    start: e.start,
    end: e.end,
    negated: e.negated,
    reported_by: e.reportedBy ? participant(doc.text, e.reportedBy) : null,
    explain: e.explain,
  };
}

/** One quote in the contract. */
export function quoteJson(doc: Pick<Doc, 'text'>, q: QuoteSpan): object {
  return { quote: q.text, kind: q.kind, speaker: q.speaker ? participant(doc.text, q.speaker) : null, date: q.date, start: q.start, end: q.end };
}

/** One statement in the contract. */
export function statementJson(doc: Pick<Doc, 'text'>, s: StatementSpan): object {
  return { kind: s.kind, speaker: s.speaker ? participant(doc.text, s.speaker) : null, about: s.about, date: s.date, start: s.start, end: s.end };
}

/** The whole coded article in the contract: `{id, events, quotes, statements}`. */
export function codedJson(id: string | null, doc: Doc): object {
  return {
    id,
    events: (doc.spans.events ?? []).map((e) => eventJson(doc, e)),
    quotes: (doc.spans.quotes ?? []).map((q) => quoteJson(doc, q)),
    statements: (doc.spans.statements ?? []).map((s) => statementJson(doc, s)),
  };
}

/** A short code for an actor: its country, or its organisation for an IGO/NGO (`NATO`), or its name. */
export function actorCode(p: EventParticipant): string {
  const a = p.actor;
  return (a.country === 'IGO' || a.country === 'NGO') && a.org ? a.org : a.country ?? a.name;
}

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
