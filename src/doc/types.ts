/**
 * The types every pipeline stage shares. Offsets are UTF-16 code-unit indices into `Doc.text`
 * (what `String.prototype.slice` uses), and every `end` is exclusive, so
 * `doc.text.slice(span.start, span.end)` is always the span's surface text.
 */

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** A half-open character range `[start, end)` over `Doc.text`. */
export interface CharRange {
  start: number;
  end: number;
}

/** One sentence of the document. */
export interface Sentence extends CharRange {
  /** Index of the sentence's first token in `Doc.tokens`. */
  firstToken: number;
  /** Index one past the sentence's last token in `Doc.tokens`. */
  endToken: number;
}

/** Universal POS tags (as wink-nlp gives them). */
export type PosTag =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** One token: a view over `Doc.text`, it owns nothing but its tags. */
export interface Token extends CharRange {
  /** Surface text, equal to `doc.text.slice(start, end)`. */
  text: string;
  /** Lower-cased text with typographic quotes and dashes folded to ASCII. */
  norm: string;
  pos: PosTag;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

/** PLOVER agent (sector) codes, as used in POLECAT. */
export type SectorCode =
  | 'GOV' | 'MIL' | 'COP' | 'REB' | 'OPP' | 'LEG' | 'JUD' | 'ELI' | 'BUS' | 'MED' | 'CVL'
  | 'IGO' | 'NGO' | 'PTY' | 'EDU' | 'REL' | 'HLH' | 'LAB' | 'SPY' | 'CRM' | 'REF' | 'AGR' | 'ENV' | 'UAF' | 'INS';

/**
 * A canonical actor: what a mention resolves to.
 * `country` is ISO-3166 alpha-3, or `IGO` / `NGO` for organisations without one country.
 */
export interface Actor {
  /** Stable id, e.g. `person:sergey-lavrov`, `country:RUS`, `org:NATO`, `agent:RUS-MIL`. */
  id: string;
  /** Canonical display name, e.g. `Sergey Lavrov`, `Russia`, `NATO`. */
  name: string;
  country: string | null;
  org: string | null;
  sector: SectorCode | null;
  /** Role that held on the article date, e.g. `foreign minister`. */
  role: string | null;
}

/** How a mention was resolved: the rule or knowledge-base entry that decided it. */
export interface Provenance {
  /** Id of the rule or knowledge-base entry, e.g. `kb:people/lavrov`, `rule:coref-pronoun`. */
  rule: string;
  /** A short human reason, e.g. `capital standing for its government`. */
  reason: string;
}

/** A mention of an actor in the text. */
export interface ActorMention extends CharRange, Provenance {
  label: 'ACTOR';
  actor: Actor;
  /** For a coreferent mention ("he", "the bloc"), the index in `spans.actors` of the antecedent. */
  antecedent?: number;
}

/** TIMEX3-style type. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Granularity of a normalised value. */
export type Granularity = 'day' | 'weekend' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century' | 'range';

/** A temporal expression. */
export interface TimexSpan extends CharRange, Provenance {
  label: 'TIMEX';
  type: TimexType;
  /**
   * Normalised value relative to `Doc.date`: `2021-12-27`, `2021-W51`, `2021-W52-WE`, `2021-11`,
   * `2023-Q3`, `2022`, ranges `A/B` with inclusive ends, open ranges `A/..` and `../B`.
   * `null` when the expression was found but could not be resolved.
   */
  value: string | null;
  granularity: Granularity | null;
}

/** The 16 event types of the 2023 PLOVER codebook. */
export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

/** How an event is reported: happened, planned, denied by its actor, or only feared/possible/asked about. */
export type EventStatus = 'occurred' | 'scheduled' | 'denied' | 'hypothetical';

/** One role filler of an event: an actor mention (by index into `spans.actors`) and its actor. */
export interface EventParticipant extends CharRange {
  /** Index of the mention in `spans.actors`. */
  mention: number;
  actor: Actor;
}

/** Why an event was coded as it was: one line per decision (type, mode, roles, status, date). */
export interface Explanation {
  /** What was decided: `type`, `mode`, `context`, `source`, `target`, `status`, `date`. */
  decides: string;
  /** The lexicon entry, pattern or feature id, e.g. `lexicon:events/urge`. */
  rule: string;
  /** A short human reason. */
  reason: string;
}

/** A coded event: `start`/`end` cover its trigger words. */
export interface EventSpan extends CharRange {
  label: 'EVENT';
  event: PloverType;
  /** Codebook mode, or null. */
  mode: string | null;
  context: string[];
  source: EventParticipant[];
  target: EventParticipant[];
  /** Index of the sentence that reports it. */
  sentence: number;
  /** The event's own date (a TIMEX3-style value), not the publication date; null when the text gives none. */
  date: string | null;
  status: EventStatus;
  /** For reported speech ("X said Y attacked Z"): who reported it. */
  reportedBy: EventParticipant | null;
  /** Negated ("did not agree"): kept for transparency; a negated event is not coded as occurred. */
  negated: boolean;
  /**
   * The PLOVER score of its type and mode, -10 (conflict) to +10 (cooperation), from the manual's table
   * (`data/lexicons/events/intensity.tsv`); POLECAT's `Intensity`. Null only for an event stored before
   * it was coded.
   */
  intensity: number | null;
  explain: Explanation[];
  /** Where it happened, set by the `locations` component after coding; absent when no place was found. */
  location?: EventLocation;
}

/** How exactly a place is known: a city or town, a first-order region, or only the country. */
export type PlacePrecision = 'city' | 'region' | 'country';

/** A resolved place: a gazetteer entry (GeoNames) or a country. */
export interface Place {
  /** Display name, e.g. `Kharkiv`, `Texas`, `Ukraine`. */
  name: string;
  /** GeoNames id of a city; null for a region or a country (the gazetteer has no ids for them). */
  geonameid: number | null;
  /** ISO-3166 alpha-3 (PLOVER's codes: `KOS` for Kosovo). */
  country: string;
  /** Name of the first-order region (GeoNames admin1), or null when unknown or a country. */
  admin1: string | null;
  lat: number;
  lon: number;
  precision: PlacePrecision;
}

/** A place mentioned in the text: `start`/`end` cover the name as written. */
export interface PlaceMention extends CharRange, Provenance, Place {
  label: 'PLACE';
  /** Index of the sentence that holds it. */
  sentence: number;
  /** The cue that introduced it (`in`, `near`, `north of`, `dateline`, `, Texas`, `region`), or null. */
  cue: string | null;
}

/** An event's place: the place and the words that decided it (`text`, `start`, `end`). */
export interface EventLocation extends Place, CharRange {
  /** The words of the place mention, or of the actor whose country stands in for the place. */
  text: string;
  explain: Explanation;
}

/** A direct or partial quotation with its speaker. */
export interface QuoteSpan extends CharRange {
  label: 'QUOTE';
  /** The quoted words without the quotation marks. */
  text: string;
  speaker: EventParticipant | null;
  /** The date of the speech act (from "said on Monday"), or null. */
  date: string | null;
  /** `direct` for a full quote, `partial` for a quoted phrase inside reported speech. */
  kind: 'direct' | 'partial';
  rule: string;
}

/** Kinds of statement that are not PLOVER events but that analysts track. */
export type StatementKind = 'denial' | 'concern' | 'warning' | 'claim';

/** A statement: who said what kind of thing about what. */
export interface StatementSpan extends CharRange {
  label: 'STATEMENT';
  kind: StatementKind;
  speaker: EventParticipant | null;
  /** The words the statement is about. */
  about: string;
  date: string | null;
  rule: string;
}

/** The span groups that stages fill, each under its own key. */
export interface SpanGroups {
  actors?: ActorMention[];
  timex?: TimexSpan[];
  events?: EventSpan[];
  quotes?: QuoteSpan[];
  statements?: StatementSpan[];
  places?: PlaceMention[];
}

/** Keys of `SpanGroups` plus the built-in layers: what a component may `assign` or `require`. */
export type Layer = 'sentences' | 'tokens' | keyof SpanGroups;
