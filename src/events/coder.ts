import type { ActorMention, Doc, PloverType, EventParticipant, EventSpan, EventStatus, Explanation, TimexSpan, Token } from '../doc/index.ts';
import type { Component } from '../nlp/pipeline.ts';
import { timexDays } from '../lib/timex-value.ts';
import type { Cue, EventLexicon, Trigger } from './lexicon.ts';
import { intensityOf } from './intensity.ts';
import { scoreEvents } from './confidence.ts';
import { VERB_POS, viewSentence, type Match, type SentenceView } from './sentence-view.ts';
import { explainMerge, mergeOneAct, sameParty } from './one-act.ts';
import { isQuestion, reportedMatches } from './reported.ts';

/*
 * The event coder: lexicon triggers + shallow clause rules, one left-to-right pass per sentence.
 *
 * Decisions (each also written to `explain`):
 * - type/mode: the longest lexicon phrase at a token; a one-word phrase listed as both verb and noun
 *   takes the reading that fits the token's POS. `modal` phrases ("must") count only after a
 *   reporting verb ("X said Y must ...", a demand by X).
 * - source: actor mentions left of the trigger in its clause, the nearest one plus any joined to it by
 *   "and"/","/"or"; the search stops at a reporting verb, ";", ":" or a quotation mark. Passive
 *   ("was attacked by Y"): the "by" mention is the source and the subject the target. A nominal
 *   trigger with nobody before it takes "between A and B" as A (source) and B (target).
 * - target: the first actor mention(s) after the trigger in the clause (within 12 words), also after
 *   to/with/on/against/for; the search stops at a clause break or before ", X said".
 * - reported speech: a reporting verb before the trigger makes its subject `reportedBy`; when the
 *   clause after it names no source, the speaker is the source ("Lavrov said it will ...").
 * - mentions inside quotation marks never fill a role; mentions without a country are skipped.
 * - status: denial cue ("denied it has plans to attack") -> denied; negation ("did not", "no talks",
 *   "refused to") -> negated, status hypothetical (kept for transparency, never occurred);
 *   hypothetical cue (may, could, would, if, fears of, possible, threat of, whether) -> hypothetical;
 *   future cue (will, plans to, to be held, decided to) or a date after the article date -> scheduled;
 *   else occurred. Cues are looked for between the clause start and the trigger (at most 8 words),
 *   and after a nominal trigger up to the next clause break ("talks ... will start").
 * - date: the nearest DATE/TIME timex in the sentence that does not date a reporting verb ("said on
 *   Monday"); a range gives its start. Null when there is none.
 */

const STOP_LEFT = new Set([';', ':', '"', '(', ')']);
const CUE_STOP = new Set([';', ':', '"', ',', 'but', 'while', 'whereas', 'although', 'because', 'which', 'who', 'after', 'before', 'and']);
const TARGET_STOP = new Set([';', ':', '"', '.', 'which', 'who', 'while', 'whereas', 'although', 'because', 'but']);
const COORD = new Set(['and', ',', 'or', '&', 'as', 'well', 'both', 'the', 'its', 'their', 'senior', 'officials', 'of']);
const SKIP_IN_PHRASE = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'new', 'fresh', 'further', 'more', 'tough', 'tougher', 'economic']);
/** Words a phrase may step over (at most 3): "lifted a night curfew", "imposed tough new sanctions". */
const GAP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
const NOUN_POS = new Set(['NOUN', 'PROPN', 'X', 'NUM']);
const PASSIVE_AUX = new Set(['be', 'get']);
const MAX_CUE_WINDOW = 8;
const OF_LIKE = new Set(['of', 'in', 'from', 'at', 'near']);
/** Types whose triggers take a complement event ("agreed to provide", "urged X to drop"): the complement is not (yet) an event. */
const EMBEDDING = new Set(['AGREE', 'REQUEST', 'THREATEN', 'REJECT', 'CONCEDE', 'SUPPORT']);
/** Future or conditional cues that make a stated coercive action a threat ("will impose a curfew", "would blockade"). */
const THREAT_CUES = new Set(['will', 'would', 'shall', 'plan', 'plan to', 'intend to', 'be set to', 'be going to']);
/** Coercive types stated as future actions become THREATEN, with the codebook mode that fits. */
const THREAT_MODES: Partial<Record<PloverType, (mode: string | null) => string | null>> = {
  COERCE: (m) => (m === 'ban' || m === 'arrest' ? m : m === 'censor' ? 'rights' : m === 'deport' ? 'expel' : m ? 'restrict' : null),
  SANCTION: (m) => (m === 'expel' ? 'expel' : m === 'convict' ? 'arrest' : m ? 'relations' : null),
  ASSAULT: () => 'violence',
  PROTEST: () => 'restrict',
  MOBILIZE: () => 'violence',
};
const MAX_TARGET_WINDOW = 12;
const MAX_SUBJECT_WINDOW = 30;

/** The event coder as a pipeline component. */
export function createEventCoder(lexicon: EventLexicon, options: EventCoderOptions = {}): Component {
  return {
    name: 'events',
    assigns: ['events'],
    requires: ['sentences', 'tokens', 'actors', 'timex'],
    run(doc: Doc): void {
      codeEvents(doc, lexicon, options);
    },
  };
}

/** Per-sentence caps of {@link codeEvents} (`--limit sentence-words`, `--limit sentence-events`). */
export interface EventCoderOptions {
  /** A sentence of more tokens is not coded (an `E_LIMIT_SENTENCE_WORDS` warning); default no limit. */
  maxSentenceWords?: number;
  /** Events kept per sentence, the first in the text (an `E_LIMIT_SENTENCE_EVENTS` warning); default no limit. */
  maxSentenceEvents?: number;
}

/**
 * Codes PLOVER events in `doc` (already segmented, with actor and timex spans) into
 * `doc.spans.events`, in text order, and returns them.
 *
 * @example
 * codeEvents(doc, loadEventLexicon('data').lexicon)[0]?.event; // 'REQUEST'
 */
export function codeEvents(doc: Doc, lexicon: EventLexicon, options: EventCoderOptions = {}): EventSpan[] {
  const maxWords = options.maxSentenceWords ?? Infinity;
  const maxEvents = options.maxSentenceEvents ?? Infinity;
  const id = doc.id ?? '(unsaved)';
  const events: EventSpan[] = [];
  const mentions = doc.spans.actors ?? [];
  const timex = doc.spans.timex ?? [];
  let m = 0;
  let t = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s]!;
    while (m < mentions.length && mentions[m]!.start < sentence.start) m++;
    const sentMentions: number[] = [];
    for (let k = m; k < mentions.length && mentions[k]!.start < sentence.end; k++) sentMentions.push(k);
    while (t < timex.length && timex[t]!.start < sentence.start) t++;
    const sentTimex: TimexSpan[] = [];
    for (let k = t; k < timex.length && timex[k]!.start < sentence.end; k++) sentTimex.push(timex[k]!);
    const words = sentence.endToken - sentence.firstToken;
    if (words > maxWords) {
      doc.warnings.push({ code: 'E_LIMIT_SENTENCE_WORDS', params: { id, sentence: s + 1, count: words, limit: maxWords } });
      continue;
    }
    const view = viewSentence(doc, s, sentMentions, mentions, lexicon);
    if (!view) continue;
    const matches = mergeOneAct(view, reportedMatches(view, findTriggers(view, lexicon)));
    const before = events.length;
    matches.forEach((match, k) => {
      const event = codeOne(doc, s, view, match, mentions, sentTimex, lexicon, matches[k - 1] ?? null, matches[k + 1] ?? null);
      if (!event) return;
      explainMerge(view, match, event);
      coordinatedTrigger(doc, event, events[events.length - 1]);
      replyTarget(event, events);
      const promise = promiseOf(event);
      if (promise) events.push(promise);
      events.push(event);
    });
    if (events.length - before > maxEvents) {
      doc.warnings.push({ code: 'E_LIMIT_SENTENCE_EVENTS', params: { id, sentence: s + 1, count: events.length - before, limit: maxEvents } });
      events.length = before + maxEvents;
    }
  }
  // Scored last, once rules have settled each type and mode.
  for (const e of events) e.intensity = intensityOf(lexicon.intensity, e.event, e.mode);
  // And the model's confidence, once every event of each sentence is known.
  if (lexicon.confidence) scoreEvents(doc, events, lexicon.confidence);
  doc.spans.events = events;
  return events;
}

/**
 * "Moscow will start talks with Nato, as well as separate negotiations under the OSCE": a trigger
 * joined by and / as well as to an earlier one of the same type shares its source (the nearest actor
 * on its left is the earlier event's target, not its own subject) and, with no cue of its own, its
 * scheduled status.
 */
function coordinatedTrigger(doc: Doc, event: EventSpan, previous: EventSpan | undefined): void {
  if (!previous || previous.sentence !== event.sentence || previous.event !== event.event) return;
  const between = doc.text.slice(previous.end, event.start);
  if (between.length > 80 || !/(?:^|[\s,])(?:and|as well as)\s/.test(between) || /[;:]/.test(between)) return;
  const earlier = `"${doc.text.slice(previous.start, previous.end)}"`;
  const targets = new Set(previous.target.map((p) => p.actor.id));
  if (event.source.length && event.source.every((p) => targets.has(p.actor.id))) {
    event.source = previous.source.map((p) => ({ ...p }));
    event.target = event.target.filter((p) => !event.source.some((q) => q.actor.id === p.actor.id));
    event.explain.push({ decides: 'source', rule: 'rule:events/coordinated-trigger', reason: `joined to the earlier ${earlier}: shares its source` });
  }
  // "will start talks ..., as well as separate negotiations": the future cue governs both.
  const ownStatus = event.explain.find((x) => x.decides === 'status');
  if (previous.status === 'scheduled' && event.status === 'occurred' && ownStatus?.rule === 'rule:events/default') {
    event.status = 'scheduled';
    event.date ??= previous.date;
    ownStatus.rule = 'rule:events/coordinated-trigger';
    ownStatus.reason = `joined to the scheduled ${earlier}: shares its status`;
  }
}

const REPLIES: ReadonlySet<PloverType> = new Set(['REJECT', 'AGREE', 'CONCEDE']);
const REPLY_WINDOW = 2;

/**
 * "Moscow demanded that Nato ... Washington refused to provide such pledges": a refusal, agreement or
 * concession with no target of its own answers the latest demand of the last two sentences, made by
 * someone else; the demander becomes the target.
 */
function replyTarget(event: EventSpan, earlier: readonly EventSpan[]): void {
  if (!REPLIES.has(event.event) || event.target.length || !event.source.length) return;
  const own = new Set(event.source.map((p) => p.actor.id));
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k]!;
    if (e.sentence < event.sentence - REPLY_WINDOW) return;
    if (e.event !== 'REQUEST' || !e.source.length || e.source.some((p) => own.has(p.actor.id))) continue;
    event.target = e.source.map((p) => ({ ...p }));
    event.explain.push({ decides: 'target', rule: 'rule:events/reply-to-request', reason: `answers the ${e.event} by ${e.source.map((p) => p.actor.name).join(', ')} in sentence ${e.sentence + 1}` });
    return;
  }
}

// Material cooperation an actor says it will do is also a promise, which the codebook codes AGREE
// ("offer, promise ... commitment to cooperate"), just as stated future coercion is a threat.
const PROMISED_TYPES: ReadonlySet<PloverType> = new Set(['RETREAT', 'AID', 'COOPERATE', 'CONCEDE']);
const PROMISE_CUES: ReadonlySet<string> = new Set(['cue:events/will', 'cue:events/would', 'cue:events/shall']);

/**
 * "The rebels said they will release two hostages": besides the scheduled release, the promise
 * itself, an AGREE that occurred when it was made, listed first.
 */
function promiseOf(event: EventSpan): EventSpan | null {
  if (event.status !== 'scheduled' || !PROMISED_TYPES.has(event.event) || !event.source.length) return null;
  const cue = event.explain.find((x) => x.decides === 'status')?.rule;
  if (!cue || !PROMISE_CUES.has(cue)) return null;
  return {
    ...event,
    event: 'AGREE',
    mode: null,
    status: 'occurred',
    date: null,
    explain: [
      { decides: 'type', rule: 'rule:events/promise', reason: `${event.event} the source says it will do: a promise (AGREE)` },
      ...event.explain.filter((x) => x.decides === 'source' || x.decides === 'target'),
      { decides: 'status', rule: 'rule:events/promise', reason: 'the promise itself has been made' },
      { decides: 'date', rule: 'rule:events/promise', reason: 'dated by its article: the promised date is the act\'s' },
    ],
  };
}

/** Matches a phrase at `i`; returns the last token index or -1. Inside a phrase, articles may be skipped. */
function matchPhrase(words: string[], lemmas: string[], i: number, tokens?: Token[]): number {
  let k = i;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word === '*') {
      const next = words[w + 1];
      if (next === undefined) return -1;
      let found = -1;
      for (let g = k; g < Math.min(lemmas.length, k + 4); g++) {
        if (lemmas[g] === next) {
          found = g;
          break;
        }
      }
      if (found < 0) return -1;
      k = found;
      continue;
    }
    if (w > 0) {
      let skipped = 0;
      while (k < lemmas.length && lemmas[k] !== word && skipped < 3 && (SKIP_IN_PHRASE.has(lemmas[k]!) || (tokens !== undefined && GAP_POS.has(tokens[k]!.pos)))) {
        k++;
        skipped++;
      }
    }
    if (lemmas[k] !== word) return -1;
    k++;
  }
  return k - 1;
}

function posFits(trigger: Trigger, token: Token): boolean {
  if (trigger.words.length > 1 || trigger.pos === 'phrase' || trigger.pos === 'modal') return true;
  if (trigger.pos === 'verb') return VERB_POS.has(token.pos) || (token.pos === 'ADJ' && /(ed|en)$/.test(token.norm));
  return NOUN_POS.has(token.pos) || token.pos === 'ADJ';
}

/** The last index of a non-trigger compound starting at `i`, or -1. */
function nonTriggerAt(lexicon: EventLexicon, view: SentenceView, i: number): number {
  const phrases = lexicon.nonTriggers.get(view.lemmas[i]!);
  if (!phrases) return -1;
  let last = -1;
  for (const words of phrases) last = Math.max(last, matchPhrase(words, view.lemmas, i, view.tokens));
  return last;
}

/** True when token `i` follows a hyphen that follows a word, with no spaces: `long-threatened`. */
function gluedByHyphen(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const before = tokens[i - 2];
  return hyphen !== undefined && before !== undefined && hyphen.text === '-' && hyphen.end === tokens[i]!.start && before.end === hyphen.start;
}

function findTriggers(view: SentenceView, lexicon: EventLexicon): Match[] {
  const out: Match[] = [];
  const { lemmas, tokens } = view;
  for (let i = 0; i < lemmas.length; i++) {
    const compound = nonTriggerAt(lexicon, view, i);
    if (compound >= 0) {
      i = compound; // "attack helicopters", "press release": a thing, not an event
      continue;
    }
    const candidates = lexicon.triggers.get(lemmas[i]!);
    if (!candidates || view.inMention[i]) continue;
    // "long-threatened invasion", "US-led talks": a word glued by a hyphen to the one before is a
    // modifier, not the event word.
    if (gluedByHyphen(view.tokens, i)) continue;
    let best: Match | null = null;
    for (const trigger of candidates) {
      if (best && trigger.words.length < best.trigger.words.length) break;
      const last = trigger.words.length > 1 ? matchPhrase(trigger.words, lemmas, i, tokens) : i;
      if (last < 0 || !posFits(trigger, tokens[i]!)) continue;
      if (trigger.pos === 'modal' && (i === 0 || view.prevSpeech[i - 1]! < 0)) continue;
      if (!best || last > best.last) best = { trigger, first: i, last };
    }
    if (best) {
      out.push(best);
      i = best.last;
    }
  }
  return out;
}

function participant(mentions: ActorMention[], mi: number): EventParticipant {
  const mention = mentions[mi]!;
  return { mention: mi, actor: mention.actor, start: mention.start, end: mention.end };
}

/** Nearest mention ending left of `from` (exclusive) down to `stop` (exclusive), plus coordinated ones. */
function subjectLeft(view: SentenceView, from: number, stopAt: number): number[] {
  const stop = Math.max(stopAt, from - 1 - MAX_SUBJECT_WINDOW);
  for (let j = from - 1; j > stop; j--) {
    if (STOP_LEFT.has(view.lemmas[j]!)) return [];
    const ends = view.endsAt.get(j);
    if (!ends) continue;
    let picked = [...ends];
    let start = view.range.get(ends[0]!)![0];
    // "Jewish settlers in the city of Hebron set fire": a mention after of/in/from is a modifier of an
    // earlier head mention in the same noun phrase (no verb between): take the head.
    let p = start - 1;
    while (p > stop && (view.tokens[p]!.pos === 'DET' || view.tokens[p]!.pos === 'ADJ')) p--;
    if (p > stop && OF_LIKE.has(view.lemmas[p]!)) {
      for (let k = p - 1; k > stop; k--) {
        const tk = view.tokens[k]!;
        if (VERB_POS.has(tk.pos) || STOP_LEFT.has(view.lemmas[k]!) || view.lemmas[k] === ',') break;
        const head = view.endsAt.get(k);
        if (head) {
          picked = [...head];
          start = view.range.get(head[0]!)![0];
          break;
        }
      }
    }
    // Coordinated subjects: "Jordan and Britain", "Jordan, Britain and France". A comma alone links
    // only inside a list that an and/or closes; "talks with the US, Moscow will start" is no list,
    // and a mention after a preposition is no subject.
    let inList = false;
    for (let k = start - 1; k > stop; k--) {
      const l = view.lemmas[k]!;
      const more = view.endsAt.get(k);
      if (more) {
        const between = view.lemmas.slice(k + 1, start);
        const conjunction = between.some((w) => w === 'and' || w === 'or' || w === '&');
        if (!conjunction && !(inList && between.includes(','))) break;
        let before = view.range.get(more[0]!)![0] - 1;
        while (before > stop && view.tokens[before]!.pos === 'DET') before--;
        if (before > stop && view.tokens[before]!.pos === 'ADP') break;
        inList = true;
        picked.unshift(...more);
        start = view.range.get(more[0]!)![0];
        k = start;
        continue;
      }
      if (!COORD.has(l)) break;
    }
    return picked;
  }
  return [];
}

/**
 * The first mention(s) right of `from` in the clause, within the window, with coordinated ones. An
 * agent with no country ("personnel", "military intelligence") gives way to a later actor that has
 * one in the same clause: "sent 21 military personnel to Bosnia" targets Bosnia.
 */
function objectRight(view: SentenceView, from: number, exclude: Set<string>): number[] {
  const found = nearestObject(view, from, exclude);
  if (!found.length || found.some((mi) => hasCountry(view, mi))) return found;
  const further = nearestObject(view, view.range.get(found[found.length - 1]!)![1], exclude);
  return further.some((mi) => hasCountry(view, mi)) ? further : found;
}

const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our']);
const VP_LINKS = new Set(['but', 'and']);
const GERUND_LINKS = new Set(['by', 'after', 'before', 'while', 'when']);

/**
 * For a trigger with no subject of its own, the first verb of its clause: "denied ... but pressed"
 * (a verb right after and/but), "irritated Moscow by supplying" (a gerund after by/after/while) and
 * "agreed ..., but their meeting" (a noun after "their"). -1 otherwise.
 */
function sharedSubjectVerb(view: SentenceView, at: number, clauseStart: number): number {
  const { tokens, lemmas } = view;
  if (at === 0) return -1;
  const link = lemmas[at - 1]!;
  const verb = tokens[at]!.pos === 'VERB';
  // "Blinken and Lavrov agreed ..., but their meeting produced no breakthrough": "their" points
  // back to the subject of the clause.
  const linked = verb ? VP_LINKS.has(link) || (GERUND_LINKS.has(link) && tokens[at]!.norm.endsWith('ing')) : tokens[at]!.pos === 'NOUN' && tokens[at - 1]!.norm === 'their';
  if (!linked) return -1;
  for (let j = clauseStart + 1; j < at - 1; j++) {
    if (view.inMention[j]) continue;
    // The tagger reads some participles after "has" as adjectives ("has irritated Moscow").
    if (tokens[j]!.pos === 'VERB' || (tokens[j]!.pos === 'ADJ' && j > 0 && HAVE.has(tokens[j - 1]!.norm))) return j;
  }
  return -1;
}

const HAVE = new Set(['has', 'have', 'had']);

function hasCountry(view: SentenceView, mi: number): boolean {
  const actor = view.mentions[mi]!.actor;
  return !!(actor.country || actor.org);
}

function nearestObject(view: SentenceView, from: number, exclude: Set<string>): number[] {
  const n = view.lemmas.length;
  const end = Math.min(n, from + 1 + MAX_TARGET_WINDOW);
  for (let j = from + 1; j < end; j++) {
    const l = view.lemmas[j]!;
    if (TARGET_STOP.has(l) || view.speech[j]) return [];
    if (l === ',' && j + 1 < n && view.nextSpeech[j + 1]! >= 0 && view.nextSpeech[j + 1]! <= j + 5) return [];
    const starts = view.startsAt.get(j);
    if (!starts) continue;
    const usable = starts.filter((mi) => !exclude.has(mentionKey(view, mi)));
    if (!usable.length) continue;
    const picked = [...usable];
    let last = view.range.get(usable[0]!)![1];
    for (let k = last + 1; k < Math.min(n, last + 4); k++) {
      const l2 = view.lemmas[k]!;
      const more = view.startsAt.get(k);
      if (l2 === ',' && k + 1 < n && view.nextSpeech[k + 1]! >= 0 && view.nextSpeech[k + 1]! <= k + 5) break;
      const between = more ? view.lemmas.slice(last + 1, k) : [];
      if (more && between.some((w) => w === 'and' || w === 'or' || w === ',')) {
        // "talks with Sudan, and Chad held talks": after a comma, a mention followed by its verb starts
        // a new clause ("a meeting between Biden and Putin was possible" has no comma: one phrase).
        const after = view.range.get(more[0]!)![1] + 1;
        if (after < n && VERB_POS.has(view.tokens[after]!.pos) && between.includes(',')) break;
        picked.push(...more);
        last = view.range.get(more[0]!)![1];
        k = last;
        continue;
      }
      if (!COORD.has(l2)) break;
    }
    return picked;
  }
  return [];
}

function mentionKey(view: SentenceView, mi: number): string {
  return view.mentions[mi]!.actor.id;
}

function matchCueAt(lexicon: EventLexicon, lemmas: string[], i: number, where: 'before' | 'after'): Cue | null {
  const list = lexicon.cues.get(lemmas[i]!);
  if (!list) return null;
  for (const cue of list) {
    if (cue.cue === 'speech' || (cue.where !== where && cue.where !== 'any')) continue;
    if (matchPhrase(cue.words, lemmas, i) >= 0) return cue;
  }
  return null;
}

const STATUS_RANK: Record<string, number> = { denial: 4, negation: 3, hypothetical: 2, scheduled: 1 };

function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const start = value.split('/')[0]!;
  return start === '..' ? null : start;
}

function codeOne(doc: Doc, s: number, view: SentenceView, match: Match, mentions: ActorMention[], timex: TimexSpan[], lexicon: EventLexicon, prev: Match | null, next: Match | null): EventSpan | null {
  const { trigger } = match;
  let type: PloverType = trigger.type;
  let mode = trigger.mode;
  const { tokens, lemmas } = view;
  const explain: Explanation[] = [{ decides: 'type', rule: trigger.id, reason: `"${trigger.phrase}" (${trigger.pos}, triggers.tsv:${trigger.line}): ${trigger.note || trigger.type}` }];
  if (trigger.mode) explain.push({ decides: 'mode', rule: trigger.id, reason: `lexicon mode ${trigger.mode}` });

  // Clause start for the subject search: the nearest reporting verb before the trigger.
  const speechAt = match.first > 0 ? view.prevSpeech[match.first - 1]! : -1;
  // Passive: "was attacked by Y".
  let passive = false;
  for (let j = match.first - 1; j >= Math.max(0, match.first - 3); j--) {
    if (PASSIVE_AUX.has(lemmas[j]!)) {
      passive = tokens[match.first]!.norm !== lemmas[match.first] && /(ed|en|t)$/.test(tokens[match.first]!.norm);
      break;
    }
    if (tokens[j]!.pos !== 'ADV' && tokens[j]!.pos !== 'PART') break;
  }

  let source: number[];
  let target: number[];
  let sourceRule = 'rule:events/subject-left';
  let sourceReason = 'nearest actor before the trigger in its clause';
  let targetRule = 'rule:events/object-right';
  let targetReason = 'first actor after the trigger in its clause';
  let subject = subjectLeft(view, match.first, speechAt);
  // "Russia has denied ... but pressed for guarantees", "irritated Moscow by supplying drones": a verb
  // whose subject is left out shares the subject of its clause's first verb.
  const mainVerb = passive ? -1 : sharedSubjectVerb(view, match.first, speechAt);
  if (mainVerb >= 0) {
    const main = subjectLeft(view, mainVerb, speechAt);
    if (main.length) {
      subject = main;
      explain.push({ decides: 'source', rule: 'rule:events/shared-subject', reason: `no subject of its own after "${tokens[match.first - 1]!.text}": the subject of "${tokens[mainVerb]!.text}"` });
    }
  }
  // "Bosnian Serbs said their forces had withdrawn": forces with no country of their own, owned by
  // the reporter, act for the reporter.
  const possessed = subject.length > 0 && !subject.some((mi) => hasCountry(view, mi)) && POSSESSIVE.has(view.lemmas[view.range.get(subject[0]!)![0] - 1] ?? '');
  if (possessed && speechAt >= 0) {
    const reporter = subjectLeft(view, speechAt, -1);
    if (reporter.some((mi) => hasCountry(view, mi))) {
      subject = reporter;
      explain.push({ decides: 'source', rule: 'rule:events/possessed-agent', reason: 'an agent owned by the reporter ("their forces") acts for the reporter' });
    }
  }
  if (passive) {
    target = subject;
    source = [];
    targetRule = 'rule:events/passive-subject';
    targetReason = 'subject of a passive trigger';
    const byAt = lemmas.indexOf('by', match.last + 1);
    if (byAt > 0 && byAt - match.last <= 6) {
      source = objectRight(view, byAt, new Set());
      sourceRule = 'rule:events/passive-by';
      sourceReason = 'actor after "by" of a passive trigger';
    }
  } else {
    source = subject;
    const exclude = new Set(source.map((mi) => mentionKey(view, mi)));
    target = objectRight(view, match.last, exclude);
    if (!source.length && trigger.pos === 'noun' && lemmas[match.last + 1] === 'by') {
      source = objectRight(view, match.last + 1, new Set());
      target = [];
      sourceRule = 'rule:events/nominal-by';
      sourceReason = '"<noun> by X": X is the source';
    }
    if (!source.length && trigger.pos === 'noun') {
      const betweenAt = lemmas[match.last + 1] === 'between' ? match.last + 1 : -1;
      if (betweenAt > 0 && target.length > 1) {
        source = [target[0]!];
        target = target.slice(1);
        sourceRule = 'rule:events/between';
        sourceReason = '"<noun> between A and B": A is the source, B the target';
      }
    }
  }

  // Reported speech.
  let reporter: number[] = [];
  if (speechAt >= 0) {
    reporter = subjectLeft(view, speechAt, -1);
    if (!reporter.length) reporter = objectRight(view, speechAt, new Set()).slice(0, 1);
  } else {
    // ", a Jordanian official confirmed" after the trigger.
    const j = match.last + 1 < lemmas.length ? view.nextSpeech[match.last + 1]! : -1;
    if (j >= 0) {
      reporter = subjectLeft(view, j, match.last);
      if (!reporter.length) reporter = objectRight(view, j, new Set()).slice(0, 1);
    }
  }
  if (trigger.pos === 'modal' && reporter.length) {
    target = source;
    source = reporter;
    sourceRule = 'rule:events/reported-demand';
    sourceReason = '"X said Y must ...": X demands of Y';
    targetRule = sourceRule;
    targetReason = 'the actor who "must" act';
  } else if (!source.length && !passive && speechAt >= 0 && reporter.length) {
    source = reporter;
    sourceRule = 'rule:events/speaker-as-source';
    sourceReason = 'no actor between the reporting verb and the trigger: the speaker';
  }
  // The mention nearest the reporting verb speaks ("Haiti, a Cuban official said": the official).
  const speaker = speechAt >= 0 ? reporter[reporter.length - 1] : reporter[reporter.length - 1];
  const reportedBy = speaker !== undefined && trigger.pos !== 'modal' ? participant(mentions, speaker) : null;
  // An actor does not act on itself: in "Nato will convene the Nato-Russia Council" Nato is no target
  // (the same entity, organisation, or country and sector: see sameParty).
  const others = target.filter((mi) => !source.some((sj) => sameParty(mentions[sj]!.actor, mentions[mi]!.actor)));
  if (others.length < target.length) {
    target = others;
    targetReason += '; the source itself is left out';
  }
  if (!source.length && !target.length) return null;
  explain.push(source.length ? { decides: 'source', rule: sourceRule, reason: sourceReason } : { decides: 'source', rule: 'rule:events/none', reason: 'no actor found before the trigger' });
  explain.push(target.length ? { decides: 'target', rule: targetRule, reason: targetReason } : { decides: 'target', rule: 'rule:events/none', reason: 'no actor found after the trigger' });
  if (reportedBy) explain.push({ decides: 'reportedBy', rule: 'rule:events/reported-speech', reason: `reported by "${doc.text.slice(reportedBy.start, reportedBy.end)}"` });

  // Status cues.
  let cue: Cue | null = null;
  let cueAt = -1;
  const consider = (c: Cue | null, at: number): void => {
    if (c && (!cue || STATUS_RANK[c.cue]! > STATUS_RANK[cue.cue]!)) {
      cue = c;
      cueAt = at;
    }
  };
  const leftStop = Math.max(speechAt, match.first - 1 - MAX_CUE_WINDOW);
  for (let j = match.first - 1; j > leftStop; j--) {
    if (CUE_STOP.has(lemmas[j]!) && !(lemmas[j] === 'and' && j < match.first - 1 && view.endsAt.has(j - 1))) break;
    consider(matchCueAt(lexicon, lemmas, j, 'before'), j);
  }
  // Inside the trigger phrase ("refuse to" as a trigger is itself the event, not a negation of it).
  const nominal = trigger.pos === 'noun' || (trigger.pos === 'phrase' && !VERB_POS.has(tokens[match.first]!.pos));
  if (nominal) {
    for (let j = match.last + 1; j < Math.min(lemmas.length, match.last + 26); j++) {
      if (STOP_LEFT.has(lemmas[j]!) || lemmas[j] === ',' || view.speech[j]) break;
      consider(matchCueAt(lexicon, lemmas, j, 'after'), j);
      if (VERB_POS.has(tokens[j]!.pos) && tokens[j]!.pos === 'VERB') break;
    }
  }
  let status: EventStatus = 'occurred';
  let negated = false;
  const found = cue as Cue | null;
  if (found) {
    const where = `"${tokens[cueAt]!.text}"`;
    if (found.cue === 'denial') {
      status = 'denied';
      explain.push({ decides: 'status', rule: `cue:events/${found.phrase}`, reason: `denial ${where} governs the trigger` });
    } else if (found.cue === 'negation') {
      negated = true;
      status = 'hypothetical';
      explain.push({ decides: 'status', rule: `cue:events/${found.phrase}`, reason: `negated by ${where}: kept, coded hypothetical, never occurred` });
    } else if (found.cue === 'hypothetical') {
      status = 'hypothetical';
      explain.push({ decides: 'status', rule: `cue:events/${found.phrase}`, reason: `possibility cue ${where}` });
    } else {
      status = 'scheduled';
      explain.push({ decides: 'status', rule: `cue:events/${found.phrase}`, reason: `future cue ${where}` });
    }
  }

  // Date: nearest timex in the sentence that does not date a reporting verb.
  let date: string | null = null;
  let best = Infinity;
  let bestSpan: TimexSpan | null = null;
  const trigStart = tokens[match.first]!.start;
  const trigEnd = tokens[match.last]!.end;
  for (const tx of timex) {
    if (tx.type === 'DURATION' || tx.type === 'SET' || !normaliseDate(tx.value)) continue;
    const ti = tokenIndexAt(tokens, tx.start);
    let datesSpeech = false;
    for (let j = Math.max(0, ti - 3); j < ti; j++) if (view.speech[j]) datesSpeech = true;
    const tj = tokenIndexAt(tokens, tx.end - 1);
    for (let j = tj + 1; j < Math.min(tokens.length, tj + 3); j++) if (view.speech[j] && tx.start > trigEnd) datesSpeech = true;
    // A reporting verb between the date and the trigger: the date belongs to another clause.
    const lo = Math.min(ti, match.first);
    const hi = Math.max(tj, match.last);
    if (!datesSpeech && lo < hi && view.nextSpeech[lo]! >= 0 && view.nextSpeech[lo]! < hi && view.nextSpeech[lo]! !== match.first) datesSpeech = true;
    if (datesSpeech) continue;
    const distance = tx.start >= trigEnd ? tx.start - trigEnd : trigStart - tx.end;
    if (distance < best) {
      best = distance;
      bestSpan = tx;
    }
  }
  if (bestSpan) {
    // The expression's own value, range and precision kept: "earlier this month" dates the event
    // 2021-12-01/2021-12-26, not its first day (the store reads the first and last day from it).
    date = bestSpan.value;
    explain.push({ decides: 'date', rule: bestSpan.rule, reason: `nearest date "${doc.text.slice(bestSpan.start, bestSpan.end)}" in the sentence` });
    // A trigger verb in a past form ("had called off a meeting planned for Thursday") was done
    // already: a later date in its sentence belongs to something else.
    const head = tokens[match.first]!;
    const pastForm = head.pos === 'VERB' && head.norm !== lemmas[match.first] && !/(ing|s)$/.test(head.norm);
    if (status === 'occurred' && date && isAfter(date, doc.date) && !pastForm) {
      status = 'scheduled';
      explain.push({ decides: 'status', rule: 'rule:events/future-date', reason: `date ${date} is after the article date ${doc.date}` });
    }
  } else {
    explain.push({ decides: 'date', rule: 'rule:events/no-date', reason: 'no date in the sentence' });
  }
  // A complement of "agreed to", "urged X to", "threatened to", "refused to": not (yet) an event.
  if (status === 'occurred' && prev && EMBEDDING.has(prev.trigger.type) && match.first - prev.last <= 6) {
    let linked = false;
    for (let j = prev.last; j < match.first; j++) {
      if (view.speech[j] || lemmas[j] === ';' || lemmas[j] === ',') break;
      if (lemmas[j] === 'to' || lemmas[j] === 'that') linked = true;
    }
    if (linked || prev.trigger.words[prev.trigger.words.length - 1] === 'to') {
      status = 'hypothetical';
      explain.push({ decides: 'status', rule: 'rule:events/complement', reason: `complement of "${prev.trigger.phrase}" (${prev.trigger.type}): not reported as done` });
    }
  }
  // A question asks; it reports nothing: "Will Russia attack?" is no threat and nothing occurred.
  const asked = isQuestion(view) && status !== 'denied';
  if (asked) {
    status = 'hypothetical';
    explain.push({ decides: 'status', rule: 'rule:events/question', reason: 'the sentence is a question: not reported as done' });
  }
  // Stated future coercion is a threat: "will extend the curfew", "would blockade", "... unless ...".
  const conditional = lemmas.indexOf('unless', match.last) > 0 || (found !== null && found.cue !== 'denial' && lemmas.indexOf('if', match.last) > 0);
  const threatMode = THREAT_MODES[type];
  if (threatMode && !asked && !negated && status !== 'denied' && ((found && THREAT_CUES.has(found.phrase) && status !== 'occurred') || conditional)) {
    explain.push({ decides: 'type', rule: 'rule:events/future-coercion', reason: `${type} stated as a future or conditional action: a threat` });
    mode = threatMode(mode);
    type = 'THREATEN';
    status = 'occurred';
  }
  // "will withdraw its peacekeepers unless ...": cooperation withdrawn on a condition is a threat.
  if (type === 'RETREAT' && !negated && status === 'scheduled' && lemmas.indexOf('unless', match.last) > 0) {
    explain.push({ decides: 'type', rule: 'rule:events/conditional-withdrawal', reason: 'a withdrawal announced "unless" a condition is met: a threat' });
    type = 'THREATEN';
    mode = null;
    status = 'occurred';
  }
  // "said they would meet the mediator if ...": a conditional meeting is a willingness to meet, which
  // the codebook codes AGREE; a firm "will meet" stays a scheduled CONSULT.
  if (type === 'CONSULT' && !asked && !negated && status !== 'denied' && ((found !== null && found.phrase === 'would') || conditional)) {
    explain.push({ decides: 'type', rule: 'rule:events/willing-to-meet', reason: 'a conditional meeting: a willingness to meet (AGREE)' });
    type = 'AGREE';
    mode = null;
    status = 'occurred';
  }
  // "is prepared to impose martial law", "vowed to strike": a willingness to coerce is a threat.
  if (type === 'AGREE' && next && THREAT_MODES[next.trigger.type] && next.first - match.last <= 2 && trigger.words[trigger.words.length - 1] === 'to') {
    explain.push({ decides: 'type', rule: 'rule:events/willing-to-coerce', reason: `"${trigger.phrase}" + ${next.trigger.type}: a threat` });
    mode = THREAT_MODES[next.trigger.type]!(next.trigger.mode);
    type = 'THREATEN';
  }
  if (status === 'occurred') explain.push({ decides: 'status', rule: 'rule:events/default', reason: 'no denial, negation, possibility or future cue' });
  // Only what is still to come may be dated after its article: a date ahead in the sentence of a
  // done act (a threat, a past-form trigger) belongs to something else.
  if (status === 'occurred' && date && isAfter(date, doc.date)) {
    explain.push({ decides: 'date', rule: 'rule:events/date-after-article', reason: `${date} is after the article date ${doc.date} but the event is reported as done: left undated` });
    date = null;
  }

  // Context: the lexicon entry's, then cue words in the sentence.
  const context = [...trigger.context];
  for (const c of view.contexts) if (!context.includes(c)) context.push(c);
  if (context.length) explain.push({ decides: 'context', rule: trigger.context.length ? trigger.id : 'lexicon:events/contexts', reason: context.join(', ') });

  return {
    label: 'EVENT',
    start: trigStart,
    end: trigEnd,
    event: type,
    mode,
    context,
    source: source.map((mi) => participant(mentions, mi)),
    target: target.map((mi) => participant(mentions, mi)),
    sentence: s,
    date,
    status,
    reportedBy,
    negated,
    intensity: null,
    explain,
  };
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Does a TIMEX value (a day, week, month ..., or a range by its first day) start after the day `ref`? */
function isAfter(value: string, ref: string): boolean {
  const first = timexDays(value).start;
  return first !== null && first > ref;
}
