import type { Doc, TimexSpan } from '../doc/index.ts';
import type { Component } from '../nlp/pipeline.ts';
import { Atoms } from './atoms.ts';
import { formatDay, parseIsoDay, type DayNum } from './calendar.ts';
import type { Expr } from './expr.ts';
import type { DayInterval } from './holidays.ts';
import type { TimeLexicon } from './lexicon.ts';
import { tooFarBack } from './guard.ts';
import { assignReferents, findPeriodLinks, linkedEdges, namedIn, type Mention, type PeriodLink } from './link.ts';
import { matchAtoms } from './match/index.ts';
import { resolveExpr, shiftDay, type Resolved } from './resolve.ts';
import { inUnitsSpanReason } from './span-reading.ts';
import { clauseTense, type Tense } from './tense.ts';

/** Options for {@link createTimexTagger}. */
export interface TimexTaggerOptions {
  /** Tense for expressions whose clause has no verb that tells one ("Monday", "Dec. 21"); a verb wins. */
  tense?: Tense;
}

/** What the tagger keeps under `doc.ext.timex`, for explanations and debugging. */
export interface TimexExt {
  /** Period edges the article stated, e.g. the holidays ending on January 9. */
  links: Array<{ id: string; edge: 'start' | 'end'; date: string; sourceText: string }>;
}

const PREP_WORDS = new Set(['on', 'in', 'at', 'during', 'throughout', 'over', 'since', 'from', 'starting', 'as', 'until', 'till', 'til', 'through', 'thru', 'up', 'by', 'no', 'not', 'after', 'following', 'before', 'prior', 'ahead', 'between', 'for', 'within', 'immediately', 'shortly', 'just', 'soon', 'right', 'directly', 'long', 'well']);

/** Where a mention's tense came from: a verb, the caller's hint, nothing, or a past act aiming at the date. */
type TenseSource = 'verb' | 'hint' | 'none' | 'target';

/** Units so large that "N of them earlier" is counted from the article date unless its own sentence gives a date. */
const LARGE_UNITS = new Set(['year', 'decade', 'century']);

/** Words before a noun phrase whose object lies ahead of the act: "prepared for talks on Jan. 10", "ahead of the summit on May 9". */
const AHEAD_OPENERS = new Set(['for', 'to']);
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'PART']);

/**
 * Is the expression at token `first` the target of the clause: right after "to"/"for" ("moved the vote
 * to 24 June", "set for Thursday"), or inside a noun phrase after a plan word and "for"/"to" or after
 * "ahead of" ("prepared for security talks in Geneva on Jan. 10")? A possessive date modifies a noun
 * and is no target ("responsible for Saturday's attack").
 */
function isTarget(doc: Doc, lex: TimeLexicon, m: Mention): boolean {
  if (/^['\u2019]s\b/.test(doc.text.slice(m.end, m.end + 3))) return false;
  const before = doc.tokens[m.firstTok - 1]?.norm;
  if (before === 'to' || before === 'for') return true;
  const lo = doc.sentences[m.sentence]?.firstToken ?? 0;
  for (let k = m.firstTok - 1; k > lo && k >= m.firstTok - 8; k--) {
    const t = doc.tokens[k]!;
    if (!NOUN_PHRASE_POS.has(t.pos)) return false;
    const prev = doc.tokens[k - 1]!.norm;
    if (AHEAD_OPENERS.has(t.norm)) {
      const cue = lex.tenseCues.get(prev);
      return cue?.role === 'intent' || cue?.role === 'cue';
    }
    if (t.norm === 'of' && prev === 'ahead') return true;
  }
  return false;
}

/**
 * Does the expression at token `first` belong to a to-infinitive ("asked them to meet on 10 September")?
 * The nearest verb on its left, within its clause, follows "to" (or "to be", "to have").
 */
function inInfinitive(doc: Doc, m: Mention): boolean {
  const lo = doc.sentences[m.sentence]?.firstToken ?? 0;
  for (let k = m.firstTok - 1; k > lo && k >= m.firstTok - 8; k--) {
    const t = doc.tokens[k]!;
    if (t.pos === 'PUNCT') return false;
    if (t.pos !== 'VERB') continue;
    const prev = doc.tokens[k - 1]!;
    return prev.norm === 'to' || (prev.pos === 'AUX' && doc.tokens[k - 2]?.norm === 'to');
  }
  return false;
}

/** Weekday and weekend expressions, whose default without a tense is the last one. */
function isWeekdayLike(e: Expr): boolean {
  if (e.k === 'weekday' || e.k === 'weekend') return true;
  return (e.k === 'part' || e.k === 'open' || e.k === 'shift') && isWeekdayLike(e.of);
}

/** Does the value of this expression depend on the clause tense? */
function needsTense(e: Expr): boolean {
  switch (e.k) {
    case 'date': return e.year === undefined;
    case 'month': return e.year === undefined && e.rel === undefined && e.relYear === undefined;
    case 'weekday': return e.week === undefined && (e.rel === undefined || e.rel === 0);
    case 'season': return e.year === undefined && e.rel === undefined;
    case 'sub': return e.of === undefined;
    case 'weekend': return e.rel === undefined;
    case 'monthday': return true;
    case 'clock': return e.day !== undefined && needsTense(e.day);
    case 'named': return e.year === undefined && e.rel === undefined;
    case 'part': case 'open': case 'shift': return needsTense(e.of);
    case 'range': return needsTense(e.from) || needsTense(e.to);
    default: return false;
  }
}

/** The country the article is about, for country-specific periods: from actor mentions if present, else cue words. */
function articleCountry(doc: Doc, lex: TimeLexicon): string | null {
  const counts = new Map<string, number>();
  const actors = doc.spans.actors;
  if (actors?.length) {
    for (const a of actors) if (a.actor.country) counts.set(a.actor.country, (counts.get(a.actor.country) ?? 0) + 1);
  } else {
    for (const t of doc.tokens) {
      const c = lex.countryCues.get(t.norm);
      if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [c, n] of counts) {
    if (n > bestCount) {
      best = c;
      bestCount = n;
      tie = false;
    } else if (n === bestCount) tie = true;
  }
  return tie ? null : best;
}

/**
 * Can a token hold (part of) an expression's head: a digit, a head word (also as `Jan.`), a hyphen
 * (`mid-January`), a leading apostrophe (`'90s`), a quarter (`Q3`)? Runs on every token of the
 * article, so character tests only, and one trie lookup.
 */
function mayHoldHead(norm: string, lex: TimeLexicon): boolean {
  const c = norm.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 39) return true;
  if (norm.length === 2 && (c === 113 || c === 104)) {
    const d = norm.charCodeAt(1);
    if (d >= 49 && d <= 52) return true;
  }
  if (lex.trie.get(norm)?.head === true || norm.includes('-')) return true;
  return norm.length > 1 && norm.charCodeAt(norm.length - 1) === 46 && lex.trie.get(norm.slice(0, -1))?.head === true;
}

/** Finds the mentions of every sentence; sentences without a head word are skipped cheaply. */
function findMentions(doc: Doc, lex: TimeLexicon): Mention[] {
  const mentions: Mention[] = [];
  const atoms = new Atoms();
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s]!;
    // Cheap check on the tokens before building atoms: a digit or a head word somewhere.
    let any = false;
    for (let t = sentence.firstToken; t < sentence.endToken && !any; t++) any = mayHoldHead(doc.tokens[t]!.norm, lex);
    if (!any) continue;
    atoms.fill(doc, s, lex.trie);
    for (const m of matchAtoms(atoms)) {
      const last = m.end - 1;
      mentions.push({
        sentence: s,
        start: atoms.start[m.first]!,
        end: atoms.end[last]!,
        firstTok: atoms.tok[m.first]!,
        endTok: atoms.tok[last]! + 1,
        expr: m.expr,
        rule: m.rule,
        prep: PREP_WORDS.has(atoms.norm[m.first]!),
      });
    }
  }
  return mentions;
}

/** A short reason for the provenance. */
function reasonFor(m: Mention, tense: Tense | null, tenseFrom: TenseSource, ref: string): string {
  if (m.note) return m.note;
  if (m.expr.k === 'vague') return 'a time the text does not pin down';
  const base = m.expr.k === 'duration' ? 'a length of time' : m.expr.k === 'set' ? 'a repeating time' : `resolved against the article date ${ref}`;
  if (!needsTense(m.expr)) return base;
  if (tenseFrom === 'verb') return `${base}, ${tense} tense of the clause`;
  if (tenseFrom === 'hint') return `${base}, ${tense} tense from the caller's hint`;
  if (tenseFrom === 'target') return `${base}, a date an act looks ahead to ("set for", "prepared for") with no future verb: nearest occurrence`;
  return `${base}, no tense cue: nearest occurrence (weekdays and weekends: the last one)`;
}

/**
 * The rule id: the named period for expressions built on one (`time:named-period/new-year-holidays`,
 * also for "after the holidays"), else the matcher's rule with the tense for tense-dependent
 * expressions (`time:weekday-past`).
 */
function ruleFor(m: Mention, tense: Tense | null): string {
  if (m.referent) return `time:named-period/${m.referent}`;
  if (!needsTense(m.expr)) return m.rule;
  return `${m.rule}-${tense ?? 'untensed'}`;
}

/**
 * Tags temporal expressions in a segmented doc and resolves them against `doc.date`:
 * match each sentence, resolve in text order (the previous date is the anchor for `the day before`),
 * then link periods whose edges the article states and re-resolve the mentions of those periods.
 * Writes `doc.spans.timex` (replacing it) and `doc.ext.timex`. Reads no files and no clock.
 *
 * @example
 * const tagger = createTimexTagger(loadTimeLexicon(DEFAULT_DATA_DIR));
 * createPipeline([segmenter, tagger]).run(createDoc('Lavrov said on Monday.', '2021-12-28'));
 * // doc.spans.timex[0].value === '2021-12-27'
 */
export function createTimexTagger(lexicon: TimeLexicon, options: TimexTaggerOptions = {}): Component {
  return {
    name: 'timex',
    assigns: ['timex'],
    requires: ['sentences', 'tokens'],
    run(doc: Doc): void {
      tagTimex(doc, lexicon, options);
    },
  };
}

/**
 * What the tagger component does, as a function: finds, resolves and links the temporal expressions
 * of `doc` and writes `doc.spans.timex`.
 *
 * @example
 * tagTimex(doc, lexicon, { tense: 'past' });
 */
export function tagTimex(doc: Doc, lex: TimeLexicon, options: TimexTaggerOptions = {}): void {
  const ref = parseIsoDay(doc.date);
  const mentions = findMentions(doc, lex);
  if (ref === null || !mentions.length) {
    doc.spans.timex = mentions.map((m) => toSpan(m, { value: null, type: 'DATE', granularity: null }, m.rule, 'the article date is not a valid date'));
    doc.ext.timex = { links: [] } satisfies TimexExt;
    return;
  }
  assignReferents(mentions);
  for (const m of mentions) readInUnits(doc, lex, m);
  let country: string | null | undefined;
  const tenses = new Map<number, { tense: Tense | null; from: TenseSource }>();
  const tenseOf = (i: number): { tense: Tense | null; from: TenseSource } => {
    let t = tenses.get(i);
    if (!t) {
      const m = mentions[i]!;
      const clause = needsTense(m.expr) ? clauseTense(doc, lex, m.firstTok, m.endTok) : null;
      // News body text puts schedules in the present ("the talks continue on Wednesday"): a weekday or
      // weekend with a present verb lies ahead; other dates with a present verb take the nearest one.
      let verb: Tense | null = clause === 'present' ? (isWeekdayLike(m.expr) ? 'future' : null) : clause;
      // A date as a target ("moved the vote to 24 June", "set for Thursday", "decisions by Wednesday")
      // lies ahead of the act that sets it; "by" only when nothing else tells. Unless a verb says the
      // act is still to come, the target may be past by now ("postponed the vote to 24 June", "the
      // congress, initially set for 18 November"): a day or month then takes the nearest occurrence.
      // A weekday still looks ahead ("postponed to Thursday").
      const opener = doc.tokens[m.firstTok]?.norm;
      let target = false;
      if (needsTense(m.expr) && (isTarget(doc, lex, m) || (verb === null && opener === 'by'))) {
        target = verb !== 'future' && !isWeekdayLike(m.expr);
        verb = target ? null : 'future';
      } else if (verb === 'past' && needsTense(m.expr) && !isWeekdayLike(m.expr) && inInfinitive(doc, m)) {
        // "was asking Turkey and Iran to meet on 10 September": the meeting follows the asking.
        target = true;
        verb = null;
      }
      t = target ? { tense: null, from: 'target' } : verb ? { tense: verb, from: 'verb' } : options.tense ? { tense: options.tense, from: 'hint' } : { tense: null, from: 'none' };
      tenses.set(i, t);
    }
    return t;
  };

  const resolveAll = (linked: Map<string, Partial<DayInterval>>, only?: (m: Mention) => boolean): void => {
    let anchor: Resolved | null = null;
    let anchorSentence = -1;
    mentions.forEach((m, i) => {
      // The date in context reaches a few sentences on ("In late 2014 ... The following year, ..."), no further.
      if (m.sentence - anchorSentence > 3) anchor = null;
      if (!only || only(m)) {
        const named = namedIn(m.expr);
        if (named && named.period.countries && country === undefined) country = articleCountry(doc, lex);
        let expr = m.expr;
        if (named && named.generic && m.referent && m.referent !== named.period.id) {
          expr = replaceNamed(expr, lex.periods.get(m.referent) ?? named.period);
        }
        m.resolved = resolveExpr(expr, { ref, tense: tenseOf(i).tense, anchor: anchorFor(m, anchor, anchorSentence, ref), country: country ?? null, linked });
      }
      const r = m.resolved;
      if (r && r.value !== null && r.start !== undefined && Number.isFinite(r.start) && Number.isFinite(r.end ?? NaN) && m.expr.k !== 'rolling') {
        anchor = r;
        anchorSentence = m.sentence;
      }
    });
  };

  resolveAll(new Map());
  const links: PeriodLink[] = findPeriodLinks(doc, mentions, lex);
  const linked = linkedEdges(links);
  const usesLink = (m: Mention): boolean => m.referent !== undefined && linked.has(m.referent);
  if (links.length) resolveAll(linked, usesLink);

  // Once for every resolved value: nothing more than a century back unless a year is written.
  for (const m of mentions) {
    const why = m.resolved ? tooFarBack(m.expr, m.resolved, ref) : null;
    if (why) {
      m.resolved = { value: null, type: m.resolved!.type, granularity: null };
      m.note = why;
    }
  }

  const refText = formatDay(ref);
  const spans: TimexSpan[] = [];
  mentions.forEach((m, i) => {
    // A bare generic period ("The holidays in Russia will last ...") is a subject, not a time.
    if (m.expr.k === 'named' && m.expr.generic && !m.prep) return;
    const { tense, from } = tenseOf(i);
    let rule = ruleFor(m, tense);
    let reason = reasonFor(m, tense, from, refText);
    if (usesLink(m)) {
      const link = links.find((l) => l.id === m.referent)!;
      const source = mentions[link.source]!;
      rule = link.edge === 'end' ? 'time:linked-end' : 'time:linked-start';
      reason = `the article says the period ${link.edge}s ${formatDay(link.day)} ("${doc.text.slice(source.start, source.end)}")`;
    } else if (namedIn(m.expr) && country && namedIn(m.expr)!.period.countries?.[country]) {
      reason += `, dates for ${country}`;
    }
    spans.push(toSpan(m, m.resolved!, rule, reason));
  });
  doc.spans.timex = spans;
  doc.ext.timex = {
    links: links.map((l) => ({ id: l.id, edge: l.edge, date: formatDay(l.day as DayNum), sourceText: doc.text.slice(mentions[l.source]!.start, mentions[l.source]!.end) })),
  } satisfies TimexExt;
}

/**
 * "in 20 years" after a ranking noun phrase, in a past or perfect clause, or after a negation is a
 * stretch up to the article date (span-reading.ts): the mention becomes a duration with a note.
 */
function readInUnits(doc: Doc, lex: TimeLexicon, m: Mention): void {
  if (m.rule !== 'time:in-units' || m.expr.k !== 'relunit' || m.expr.offset <= 0) return;
  const why = inUnitsSpanReason(doc, lex, m.firstTok, clauseTense(doc, lex, m.firstTok, m.endTok));
  if (!why) return;
  m.expr = { k: 'duration', unit: m.expr.unit, n: m.expr.offset };
  m.rule = 'time:in-units-span';
  m.note = why;
}

/**
 * The date "N years earlier" counts from. Small units follow the date in context a few sentences on
 * ("two days later"). Years, decades and centuries take a date of their own sentence; else "earlier"
 * counts from the article date ("It's like Spain in 1936." ... "eight decades earlier" is the 1930s,
 * not the 1850s), and "later" from an earlier sentence's date only while that stays on or before the
 * article date ("In 2014 ... Two years later"), else from the article date.
 */
function anchorFor(m: Mention, anchor: Resolved | null, anchorSentence: number, ref: DayNum): Resolved | null {
  const e = m.expr;
  if (e.k !== 'anchored' || !LARGE_UNITS.has(e.unit) || !anchor || anchorSentence === m.sentence) return anchor;
  if (e.offset < 0 || anchor.start === undefined) return null;
  return shiftDay(e.unit, anchor.start, e.offset) <= ref ? anchor : null;
}

function replaceNamed(expr: Expr, period: NonNullable<ReturnType<typeof namedIn>>['period']): Expr {
  switch (expr.k) {
    case 'named': return { ...expr, period, generic: false };
    case 'open': case 'part': case 'shift': return { ...expr, of: replaceNamed(expr.of, period) };
    case 'clock': return expr.day ? { ...expr, day: replaceNamed(expr.day, period) } : expr;
    case 'range': return { ...expr, from: replaceNamed(expr.from, period), to: replaceNamed(expr.to, period) };
    default: return expr;
  }
}

function toSpan(m: Mention, r: Resolved, rule: string, reason: string): TimexSpan {
  return { label: 'TIMEX', start: m.start, end: m.end, type: r.type, value: r.value, granularity: r.granularity, rule, reason };
}
