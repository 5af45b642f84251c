/**
 * Phrases that refer back to an earlier mention: pronouns, "the bloc", "its neighbour", "the
 * country", and "the minister" for the last minister named. The antecedents come from `DocState`
 * (`coref.ts`); this file decides which one a phrase takes.
 */
import { countryActor, orgActor } from './actor.ts';
import { NO_META, text, type AtomItem, type InterpretContext, type Resolution } from './interpret-resolution.ts';
import type { AgentInfo, Atom } from './kb.ts';
import type { Item, Phrase } from './phrase.ts';

/** "The minister", "the president": the last person with that role, else the office holder in the country of the story. */
export function roleReference(ctx: InterpretContext, p: Phrase, agent: AtomItem<'agent'>, h: AgentInfo): Resolution | null {
  const { kb, state, sentence } = ctx;
  const from = p.det!.from;
  // "The foreign minister, Jean-Yves Le Drian, said": the name that follows says who it is.
  const next = p.afterNext;
  if (p.after?.t === 'comma' && next && ((next.t === 'atom' && next.atom.kind === 'person') || next.t === 'docname' || (next.t === 'word' && ctx.words[next.from]!.cap))) return null;
  const idx = state.findRole(h.role!, sentence);
  if (idx !== null) {
    const m = state.meta[idx]!;
    return { from, to: agent.to, actor: state.mentions[idx]!.actor, rule: 'rule:coref-role', reason: `the most recent ${h.role} mentioned`, antecedent: idx, meta: { ...NO_META, person: true, gender: m.gender, roleKey: m.roleKey } };
  }
  // No antecedent: the office holder is not guessed from nearby countries ("... to protect Israel,
  // the president continued" is about another president).
  return { from: agent.from, to: agent.to, actor: { ...countryActor(kb, null, h.sector), role: h.role }, rule: `lexicon:agents/${h.noun}`, reason: `${h.noun} with no country in sight`, meta: { ...NO_META, person: true, roleKey: h.role } };
}

/**
 * He/she, "the bloc", "its neighbour", "the country". Null when a noun reference has nothing to
 * refer to ("the court" with no court mentioned): the dispatcher then reads it as a plain noun.
 */
export function corefPhrase(ctx: InterpretContext, atom: Extract<Atom, { kind: 'coref' }>, it: Item): Resolution[] | null {
  const { kb, state, words, sentence } = ctx;
  const span = { from: it.from, to: it.to };
  switch (atom.coref) {
    case 'pronoun': {
      // Only a subject: first in the sentence (after quotes) or after a clause opener or speech verb.
      let k = it.from - 1;
      while (k >= 0 && words[k]!.sentence === sentence && words[k]!.punct && words[k]!.text !== ',') k--;
      const prev = k >= 0 && words[k]!.sentence === sentence ? words[k]! : null;
      if (prev && prev.text !== ',' && !kb.clause.has(prev.key) && !kb.speech.has(prev.key)) return [];
      const idx = state.findPronoun(atom.gender, sentence);
      if (idx === null) return [];
      const m = state.meta[idx]!;
      return [{ from: span.from, to: span.to, actor: state.mentions[idx]!.actor, rule: 'rule:coref-pronoun', reason: `subject "${words[it.from]!.text}" after ${state.mentions[idx]!.actor.name} as subject`, antecedent: idx, meta: { ...NO_META, person: true, gender: m.gender ?? atom.gender, roleKey: m.roleKey } }];
    }
    case 'org': {
      const found = state.findOrg(atom.noun);
      if (!found) return null;
      const actor = found.org ? orgActor(kb, found.org) : state.mentions[found.index]!.actor;
      return [{ from: span.from, to: span.to, actor, rule: 'rule:coref-org', reason: `"${text(words, it.from, it.to)}" is the most recent organisation that fits`, antecedent: found.index, meta: NO_META }];
    }
    case 'neighbour': {
      const owner = state.findPossessor(sentence, it.from);
      if (owner === null) return [];
      const c = state.mentions[owner]!.actor.country!;
      const idx = state.findNeighbour(c);
      if (idx === null) return [];
      return [{ from: span.from, to: span.to, actor: countryActor(kb, state.mentions[idx]!.actor.country, null), rule: 'rule:coref-neighbour', reason: `a neighbour of ${c} mentioned most recently`, antecedent: idx, meta: { ...NO_META, placeLike: true } }];
    }
    case 'country': {
      const idx = state.findCountry();
      if (idx === null) return null;
      return [{ from: span.from, to: span.to, actor: countryActor(kb, state.mentions[idx]!.actor.country, null), rule: 'rule:coref-country', reason: 'the most recent country named', antecedent: idx, meta: { ...NO_META, placeLike: true } }];
    }
    default:
      return [];
  }
}
