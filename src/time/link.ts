import type { Doc } from '../doc/index.ts';
import type { DayNum } from './calendar.ts';
import type { Expr } from './expr.ts';
import type { DayInterval } from './holidays.ts';
import type { TimeLexicon } from './lexicon.ts';
import type { Resolved } from './resolve.ts';

/** One expression found in the document, on its way to becoming a TimexSpan. */
export interface Mention {
  sentence: number;
  /** Character offsets into `doc.text`, end exclusive. */
  start: number;
  end: number;
  /** Token range in `doc.tokens`, end exclusive. */
  firstTok: number;
  endTok: number;
  expr: Expr;
  rule: string;
  /** A temporal preposition opens the expression (`on`, `after`, `till`): a generic period then reads as a time. */
  prep: boolean;
  resolved?: Resolved;
  /** For a mention of a named period: the id of the period it stands for (generic `the holidays` -> `new-year-holidays`). */
  referent?: string;
  /** Why the tagger read the expression other than the matcher did (`in 20 years` as a stretch); the span's reason. */
  note?: string;
}

/** A period edge the article states: "The holidays in Russia will last till January 9". */
export interface PeriodLink {
  id: string;
  edge: 'start' | 'end';
  day: DayNum;
  /** Index in the mentions of the expression that gave the date. */
  source: number;
}

/**
 * The named-period Expr inside an expression (`after the holidays` -> the holidays), if any.
 *
 * @example
 * namedIn({ k: 'open', how: 'after', of: holidays }); // holidays
 */
export function namedIn(expr: Expr): Extract<Expr, { k: 'named' }> | null {
  switch (expr.k) {
    case 'named': return expr;
    case 'open': case 'part': case 'shift': return namedIn(expr.of);
    case 'clock': return expr.day ? namedIn(expr.day) : null;
    case 'range': return namedIn(expr.from) ?? namedIn(expr.to);
    default: return null;
  }
}

/**
 * Decides what each named-period mention stands for. A specific name stands for itself; a generic
 * head (`the holidays`, `the truce`) stands for the nearest specific period with that head mentioned
 * earlier in the article, else later, else its own lexicon entry.
 *
 * @example
 * assignReferents(mentions); // "The holidays in Russia" -> 'new-year-holidays' when "New Year holidays" came before
 */
export function assignReferents(mentions: Mention[]): void {
  mentions.forEach((m, i) => {
    const named = namedIn(m.expr);
    if (!named) return;
    if (!named.generic) {
      m.referent = named.period.id;
      return;
    }
    const head = named.period.head;
    let best: string | undefined;
    let bestDistance = Infinity;
    mentions.forEach((other, j) => {
      const o = namedIn(other.expr);
      if (!o || o.generic || o.period.head !== head) return;
      // Earlier mentions first: a later one counts only when there is no earlier one (distance + offset).
      const distance = j < i ? i - j : mentions.length + (j - i);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = o.period.id;
      }
    });
    m.referent = best ?? named.period.id;
  });
}

/**
 * Finds the edges of named periods that the article states, so they override the lexicon: a period
 * mention followed in the same sentence by `till X` / `until X` (end), `from X` (start), `from X to Y`
 * (both), or by an edge verb and a date (`ends on X`, `begins on X`; see period-verbs.tsv). Needs the
 * dates resolved and referents assigned.
 *
 * @example
 * findPeriodLinks(doc, mentions, lexicon); // [{ id: 'new-year-holidays', edge: 'end', day: <2022-01-09>, source: 3 }]
 */
export function findPeriodLinks(doc: Pick<Doc, 'tokens'>, mentions: Mention[], lex: TimeLexicon): PeriodLink[] {
  const links: PeriodLink[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const p = mentions[i]!;
    // The period is the subject here ("The holidays ... will last"), not a time ("after the holidays").
    if (p.expr.k !== 'named' || !p.referent) continue;
    const e = mentions[i + 1];
    if (!e || e.sentence !== p.sentence || e.firstTok - p.endTok > 12) continue;
    const r = e.resolved;
    if (!r || r.value === null || r.start === undefined || r.end === undefined) continue;
    let verbEdge: 'start' | 'end' | undefined;
    for (let t = p.endTok; t < e.firstTok; t++) verbEdge = lex.periodVerbs.get(doc.tokens[t]!.norm) ?? verbEdge;
    const add = (edge: 'start' | 'end', day: DayNum): void => {
      if (Number.isFinite(day)) links.push({ id: p.referent!, edge, day, source: i + 1 });
    };
    const x = e.expr;
    if (x.k === 'open' && (x.how === 'until' || x.how === 'endof')) add('end', r.end);
    else if (x.k === 'open' && (x.how === 'from' || x.how === 'startof')) add('start', r.start);
    else if (x.k === 'range') {
      add('start', r.start);
      add('end', r.end);
    } else if (verbEdge && r.granularity === 'day') add(verbEdge, verbEdge === 'end' ? r.end : r.start);
  }
  return links;
}

/**
 * The stated edges by period id: the first statement of each edge wins.
 *
 * @example
 * linkedEdges(findPeriodLinks(doc, mentions, lexicon)).get('new-year-holidays'); // { end: <2022-01-09> }
 */
export function linkedEdges(links: PeriodLink[]): Map<string, Partial<DayInterval>> {
  const out = new Map<string, Partial<DayInterval>>();
  for (const l of links) {
    const edges = out.get(l.id) ?? {};
    if (edges[l.edge] === undefined) edges[l.edge] = l.day;
    out.set(l.id, edges);
  }
  return out;
}
