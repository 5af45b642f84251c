import type { Actor, EventSpan } from '../doc/index.ts';
import type { Match, SentenceView } from './sentence-view.ts';

/*
 * One event per happening inside a clause (DECISIONS §7): "convene a meeting" is one CONSULT, not
 * two; "negotiations under the auspices of the OSCE" one multilateral CONSULT. And an actor is not its
 * own target.
 */

/** Words that may stand between two triggers of one act: "convene a [new emergency] meeting". */
const LINK_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
const MAX_LINK = 3;

/**
 * Merges each trigger into the one before it when both code the same type, at least one is a noun
 * (or a phrase read on a noun), and only determiners, adjectives, numbers or nouns that are no actor
 * stand between them (at most 3): a verb and its object noun, or a noun and the phrase that qualifies
 * it. The merged match spans both; its mode is the first one's, else the second's; `also` keeps the
 * merged ones for `explain`. Anything else between (a comma, "and", a preposition, a verb, an actor)
 * keeps them apart: "talks with Sudan about a meeting", "met and talked" stay two.
 *
 * @example
 * mergeOneAct(view, [convene, meeting]); // [convene..meeting, also: [meeting]]
 */
export function mergeOneAct(view: SentenceView, matches: readonly Match[]): Match[] {
  const out: Match[] = [];
  for (const m of matches) {
    const prev = out[out.length - 1];
    if (prev && sameAct(view, prev, m)) {
      out[out.length - 1] = {
        trigger: { ...prev.trigger, mode: prev.trigger.mode ?? m.trigger.mode, context: [...new Set([...prev.trigger.context, ...m.trigger.context])] },
        first: prev.first,
        last: m.last,
        also: [...(prev.also ?? []), m],
        ...(prev.trigger.mode || !m.trigger.mode ? (prev.modeFrom ? { modeFrom: prev.modeFrom } : {}) : { modeFrom: m }),
      };
      continue;
    }
    out.push(m);
  }
  return out;
}

function nominal(view: SentenceView, m: Match): boolean {
  const pos = view.tokens[m.first]!.pos;
  return m.trigger.pos === 'noun' || (m.trigger.pos === 'phrase' && pos !== 'VERB' && pos !== 'AUX');
}

function sameAct(view: SentenceView, a: Match, b: Match): boolean {
  if (a.trigger.type !== b.trigger.type || b.first - a.last - 1 > MAX_LINK) return false;
  if (!nominal(view, a) && !nominal(view, b)) return false;
  for (let j = a.last + 1; j < b.first; j++) {
    if (view.inMention[j] || !LINK_POS.has(view.tokens[j]!.pos)) return false;
  }
  return true;
}

/** Writes to `explain` which words were merged into the event, and where its mode came from. */
export function explainMerge(view: SentenceView, match: Match, event: EventSpan): void {
  if (!match.also?.length) return;
  const word = (m: Match): string => `"${view.tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' ')}"`;
  const head = `"${view.tokens[match.first]!.text}"`;
  const words = [head, ...match.also.map(word)].join(' and ');
  event.explain.splice(1, 0, { decides: 'type', rule: 'rule:events/one-act', reason: `${words} in one clause describe one act: one event` });
  const from = match.modeFrom;
  const mode = event.explain.find((x) => x.decides === 'mode');
  if (from && mode) {
    mode.rule = from.trigger.id;
    mode.reason = `lexicon mode ${String(from.trigger.mode)} of ${word(from)}`;
  }
}

/**
 * Whether two actors are the same party, so one cannot be the other's target: the same entity, or
 * the same organisation ("Nato official" and "the Nato-Russia Council"). Countries are not compared:
 * domestic events have a source and a target of one country ("Turkish authorities imposed a curfew
 * in southeastern Turkey"), which the gold codes TUR -> TUR; measured, comparing country and sector
 * lost more such targets than it removed wrong ones.
 *
 * @example
 * sameParty(nato, natoRussiaCouncil); // true: both NATO
 */
export function sameParty(a: Actor, b: Actor): boolean {
  return a.id === b.id || (!!a.org && a.org === b.org);
}
