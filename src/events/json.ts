import type { Doc, EventLocation, EventParticipant, EventSpan, QuoteSpan, StatementSpan } from '../doc/index.ts';
import { CODER_VERSION } from '../version.ts';

/**
 * A stretch of an article's text and where it starts, so spans can be cut from a whole article
 * (`start` 0) or from one stored sentence without loading the article.
 */
export interface TextWindow {
  text: string;
  /** Character offset of `text[0]` in the article. */
  start: number;
}

/** An actor as the JSON contract shows it. */
export interface ParticipantJson {
  text: string;
  country: string | null;
  sector: string | null;
  org: string | null;
  name: string;
  id: string;
  start: number;
  end: number;
}

/** One event in the `dateline code --json/--jsonl` contract, also served by the API. */
export interface EventJson {
  event: EventSpan['event'];
  mode: string | null;
  context: string[];
  status: EventSpan['status'];
  source: ParticipantJson[];
  target: ParticipantJson[];
  trigger: string;
  date: string | null;
  sentence: string | null;
  start: number;
  end: number;
  negated: boolean;
  /** PLOVER score of the type and mode (-10 conflict to +10 cooperation), POLECAT's `Intensity`; null for an event stored before it was scored. */
  intensity: number | null;
  /** Probability (0-1) that the event is right, from the calibrated model; null when not scored. */
  confidence: number | null;
  /** Where it happened (gazetteer place, precision city/region/country, the words and rule that decided); null when nothing placed it or it was stored before places were found. */
  location: EventLocation | null;
  reported_by: ParticipantJson | null;
  explain: EventSpan['explain'];
  /** The coder's version (`0.1.0+pipeline.1`, see src/version.ts). */
  version: string;
}

/** The text of `[start, end)` when the window holds it, else an empty string. */
function cut(window: TextWindow, start: number, end: number): string {
  if (start < window.start || end > window.start + window.text.length) return '';
  return window.text.slice(start - window.start, end - window.start);
}

function participant(window: TextWindow, p: EventParticipant): ParticipantJson {
  const a = p.actor;
  return { text: cut(window, p.start, p.end) || a.name, country: a.country, sector: a.sector, org: a.org, name: a.name, id: a.id, start: p.start, end: p.end };
}

/**
 * One event in the contract's shape.
 *
 * @param e - The coded event.
 * @param window - Text that holds the event's sentence (the whole article, or the sentence itself).
 * @param sentence - The sentence's text, or null when unknown.
 * @example
 * eventJson(e, { text: doc.text, start: 0 }, sentenceText);
 */
export function eventJson(e: EventSpan, window: TextWindow, sentence: string | null): EventJson {
  return {
    event: e.event,
    mode: e.mode,
    context: e.context,
    status: e.status,
    source: e.source.map((p) => participant(window, p)),
    target: e.target.map((p) => participant(window, p)),
    trigger: cut(window, e.start, e.end),
    date: e.date,
    sentence,
    start: e.start,
    end: e.end,
    negated: e.negated,
    intensity: e.intensity ?? null,
    confidence: e.confidence ?? null,
    location: e.location ?? null,
    reported_by: e.reportedBy ? participant(window, e.reportedBy) : null,
    explain: e.explain,
    // Stores do not yet record which pipeline coded an article (DECISIONS §9), so a stored event
    // reports the current one, as it will once re-coding keeps stores current.
    version: CODER_VERSION,
  };
}

/** One quote in the contract. */
export interface QuoteJson {
  quote: string;
  kind: QuoteSpan['kind'];
  speaker: ParticipantJson | null;
  date: string | null;
  start: number;
  end: number;
}

/** One statement in the contract. */
export interface StatementJson {
  kind: StatementSpan['kind'];
  speaker: ParticipantJson | null;
  about: string;
  date: string | null;
  start: number;
  end: number;
}

/** One quote in the contract. */
export function quoteJson(window: TextWindow, q: QuoteSpan): QuoteJson {
  return { quote: q.text, kind: q.kind, speaker: q.speaker ? participant(window, q.speaker) : null, date: q.date, start: q.start, end: q.end };
}

/** One statement in the contract. */
export function statementJson(window: TextWindow, s: StatementSpan): StatementJson {
  return { kind: s.kind, speaker: s.speaker ? participant(window, s.speaker) : null, about: s.about, date: s.date, start: s.start, end: s.end };
}

/** Options for {@link codedJson}. */
export interface CodedJsonOptions {
  /** Leave out events whose confidence is below this (DECISIONS §3); an unscored event is kept. Default 0. */
  minConfidence?: number;
}

/**
 * The events at or above a confidence threshold, every status (DECISIONS §3); an event without a
 * confidence (coded without the model) is kept.
 *
 * @example
 * shownEvents(doc.spans.events ?? [], DEFAULT_MIN_CONFIDENCE);
 */
export function shownEvents(events: readonly EventSpan[], minConfidence: number): EventSpan[] {
  return events.filter((e) => e.confidence === undefined || e.confidence === null || e.confidence >= minConfidence);
}

/**
 * A whole coded article in the contract: `{id, events, quotes, statements}`.
 *
 * @example
 * JSON.stringify(codedJson(record.id, pipeline.run(doc)));
 */
export function codedJson(id: string | null, doc: Doc, options: CodedJsonOptions = {}): object {
  const window: TextWindow = { text: doc.text, start: 0 };
  const sentenceText = (i: number): string | null => {
    const s = doc.sentences[i];
    return s ? doc.text.slice(s.start, s.end) : null;
  };
  return {
    id,
    events: shownEvents(doc.spans.events ?? [], options.minConfidence ?? 0).map((e) => eventJson(e, window, sentenceText(e.sentence))),
    quotes: (doc.spans.quotes ?? []).map((q) => quoteJson(window, q)),
    statements: (doc.spans.statements ?? []).map((s) => statementJson(window, s)),
  };
}

/**
 * A short code for an actor: its country, or its organisation for an IGO/NGO (`NATO`), or its name.
 *
 * @example
 * event.source.map(actorCode).join('+'); // "RUS"
 */
export function actorCode(p: Pick<EventParticipant, 'actor'>): string {
  const a = p.actor;
  return (a.country === 'IGO' || a.country === 'NGO') && a.org ? a.org : a.country ?? a.name;
}
