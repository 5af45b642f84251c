/**
 * Turns one phrase into mentions. The head decides what kind of actor it is: a person ("Sergey
 * Lavrov", "defence minister Oleksii X", "Lavrov" again), an agent noun with its modifiers
 * ("an American destroyer" USA MIL, "Nato official" NATO IGO), a named group, an organisation,
 * or, with no head, each country the phrase names ("Moscow" RUS GOV, "Turkey" TUR). References
 * back ("he", "the bloc", "the Nato member", "its neighbour", "the minister") take their
 * antecedents from `coref.ts`.
 *
 * This file finds the head and hands the phrase to the resolver for its kind:
 * `interpret-person.ts`, `interpret-agent.ts`, `interpret-names.ts` (no head) and
 * `interpret-reference.ts`; `interpret-parts.ts` reads a phrase's parts for all of them, and
 * `interpret-resolution.ts` defines what they return. Resolutions are built key by key, never by
 * spreading a span: see the note on spreads in `interpret-resolution.ts`.
 */
import type { SectorCode } from '../doc/index.ts';
import { countryActor, groupActor, groupOn } from './actor.ts';
import { resolveAgent } from './interpret-agent.ts';
import { pickRival, readInContext, resolveNames } from './interpret-names.ts';
import { parts } from './interpret-parts.ts';
import { resolveName, resolvePerson } from './interpret-person.ts';
import { corefPhrase, roleReference } from './interpret-reference.ts';
import { NO_META, spanOf, text, type AtomItem, type InterpretContext, type Resolution } from './interpret-resolution.ts';
import type { Atom } from './kb.ts';
import type { Item, Phrase } from './phrase.ts';
import { pickPerson, roleOn } from './roles.ts';

// The tagger takes the types along with `interpret`, from here.
export type { InterpretContext, Resolution } from './interpret-resolution.ts';

function atomsOf<K extends Atom['kind']>(items: readonly Item[], kind: K): AtomItem<K>[] {
  return items.filter((it): it is AtomItem<K> => it.t === 'atom' && it.atom.kind === kind);
}

// The note of the fast path below (a country named on its own), built once rather than per mention.
const PLACE_META: Resolution['meta'] = { ...NO_META, placeLike: true };

/** The mentions of one phrase, in text order. */
export function interpret(ctx: InterpretContext, p: Phrase): Resolution[] {
  const { kb, state, words, date } = ctx;
  const first = p.items[0]!;
  // Fast path for the most frequent phrase: a country's name on its own.
  if (p.items.length === 1 && !p.shared.length && first.t === 'atom' && first.atom.kind === 'place' && first.atom.via === 'name' && !first.atom.org) {
    return [{ from: first.from, to: first.to, actor: countryActor(kb, first.atom.country, null), rule: 'rule:country-name', reason: 'a country named as such', meta: PLACE_META }];
  }
  if (first.t === 'atom' && first.atom.kind === 'coref' && first.atom.coref !== 'member') return corefPhrase(ctx, first.atom, first) ?? plainNoun(ctx, p, first);
  const all = p.shared.length ? [...p.items, ...p.shared] : p.items;
  const pt = parts(all);
  // A shared alias inside a longer phrase ("the PAN party") is the group of the context's country, or none.
  for (const r of pt.rivals) {
    const picked = pickRival(ctx, p, pt, r);
    if (picked) pt.groups.push(picked.group);
  }
  const member = all.find((it) => it.t === 'atom' && it.atom.kind === 'coref' && it.atom.coref === 'member');
  if (member) {
    const org = pt.orgs[0] ?? state.findOrgWithMembers();
    const idx = org ? state.findMember(org) : null;
    if (idx === null || !org || !p.det) return [];
    const c = state.mentions[idx]!.actor.country!;
    return [{ from: p.det!.from, to: member.to, actor: countryActor(kb, c, null), rule: 'rule:coref-member', reason: `the most recent ${org.name} member mentioned`, antecedent: idx, meta: { ...NO_META, placeLike: true } }];
  }
  // "Nato-Russia Council", "US-China talks": names joined by a hyphen are the parties to
  // something, not modifiers of one actor.
  const named = p.items.filter((it) => it.t === 'atom' && (it.atom.kind === 'place' || it.atom.kind === 'org'));
  if (named.some((it, k) => k > 0 && words[it.from]!.joined && named[k - 1]!.to === it.from)) return resolveNames(ctx, p, pt);
  // Find the head: the last item that names an actor rather than qualifying one.
  let head: Item | null = null;
  for (const it of p.items) {
    if (it.t === 'docname' || it.t === 'name' || (it.t === 'atom' && (it.atom.kind === 'agent' || it.atom.kind === 'person' || it.atom.kind === 'group'))) head = it;
    if (it.t === 'atom' && it.atom.kind === 'org' && !pt.agents.length) head = it;
  }
  if (!head && p.shared.some((it) => it.t === 'atom' && it.atom.kind === 'agent')) head = [...p.shared].reverse().find((it) => it.t === 'atom' && it.atom.kind === 'agent')!;
  const span = spanOf(p.items);
  // "Assad regime" after "Bashar al-Assad" was named: the remembered person qualifies a body of their country.
  const doc = p.items.find((it): it is Extract<Item, { t: 'docname' }> => it.t === 'docname');
  if (doc && head?.t === 'atom' && head.atom.kind === 'agent' && head.from > doc.from) {
    const owner = state.mentions[doc.ref]!.actor.country;
    const items = p.items.filter((it) => it !== doc);
    const withOwner = owner && owner !== 'IGO' && owner !== 'NGO' ? [{ t: 'atom' as const, atom: { kind: 'place' as const, via: 'name' as const, country: owner, sector: null, office: null, org: null }, from: doc.from, to: doc.to }, ...items] : items;
    const res = resolveAgent(ctx, { ...p, items: withOwner }, parts(withOwner), head as AtomItem<'agent'>, span);
    return [{ ...res, reason: `${res.reason}, of ${state.mentions[doc.ref]!.actor.name}` }];
  }
  if (head?.t === 'docname') {
    const ref = head.ref;
    const m = state.meta[ref]!;
    return [{ from: span.from, to: span.to, actor: state.mentions[ref]!.actor, rule: 'rule:coref-name', reason: `${text(words, head.from, head.to)} was named earlier`, antecedent: ref, meta: { ...NO_META, person: m.person, gender: m.gender, roleKey: m.roleKey } }];
  }
  const names = p.items.filter((it) => it.t === 'name');
  const personAtom = atomsOf(p.items, 'person').pop();
  // "Trump administration", "Assad's forces": the person qualifies a body of their country.
  if (personAtom && head?.t === 'atom' && head.atom.kind === 'agent' && head.from > personAtom.from) {
    const agent = head as AtomItem<'agent'>;
    const on = roleOn(pickPerson(personAtom.atom.people, date), date);
    const owner = on.role.org ? null : on.role.country;
    const items = p.items.filter((it) => it !== personAtom);
    const withOwner = owner ? [{ t: 'atom' as const, atom: { kind: 'place' as const, via: 'name' as const, country: owner, sector: null, office: null, org: null }, from: personAtom.from, to: personAtom.to }, ...items] : items;
    const res = resolveAgent(ctx, { ...p, items: withOwner }, parts(withOwner), agent, span);
    return [{ ...res, reason: `${res.reason}, of ${personAtom.atom.people.length === 1 ? personAtom.atom.people[0]!.name : text(words, personAtom.from, personAtom.to)}` }];
  }
  if (personAtom) return [resolvePerson(ctx, p, personAtom.atom.people, { from: personAtom.from, to: personAtom.to }, text(words, personAtom.from, personAtom.to))];
  if (names.length && pt.agents.length) return [resolveName(ctx, p, pt, names)];
  if (head?.t === 'atom' && head.atom.kind === 'agent') {
    const agent = head as AtomItem<'agent'>;
    const h = agent.atom.agent;
    const alone = p.items.length === 1 && !p.shared.length;
    if (alone && p.det && words[p.det.from]!.key === 'the' && h.role && h.person && !agent.atom.plural) {
      const ref = roleReference(ctx, p, agent, h);
      return ref ? [ref] : [];
    }
    return [resolveAgent(ctx, p, pt, agent, span)];
  }
  if (head?.t === 'atom' && head.atom.kind === 'group' && !pt.agents.length) return resolveNames(ctx, p, pt);
  if (head?.t === 'atom' && head.atom.kind === 'group' && head.atom.rivals) {
    return [{ ...readInContext(ctx, p, pt, head.atom.rivals, span, text(words, head.from, head.to)), from: span.from, to: span.to }];
  }
  if (head?.t === 'atom' && head.atom.kind === 'group') {
    const g = head.atom.group;
    const c = pt.places.find((x) => !x.excluded)?.item.atom.country ?? (g.transnational ? p.location?.country ?? null : null);
    const sector: SectorCode = pt.former ? 'ELI' : groupOn(g, date).sector;
    return [{ from: span.from, to: span.to, actor: groupActor(kb, g, date, c, sector), rule: `kb:group/${g.id}`, reason: `${g.name}${pt.agents.length ? `, described as ${pt.agents.map((a) => a.atom.agent.noun).join(' ')}` : ''}`, meta: NO_META }];
  }
  return resolveNames(ctx, p, pt);
}

/**
 * A reference with nothing to refer to ("the court" with no court mentioned) is read as the plain
 * noun it contains, if that is an agent noun ("the court ruled": a court, JUD).
 */
function plainNoun(ctx: InterpretContext, p: Phrase, it: Item): Resolution[] {
  const m = ctx.kb.gazetteer.matchAll(ctx.words, it.from + 1).find((x) => x.end === it.to && x.entry.value.kind === 'agent');
  if (!m) return [];
  const agent = { t: 'atom' as const, atom: m.entry.value as Extract<Atom, { kind: 'agent' }>, from: it.from + 1, to: it.to };
  const det = { t: 'atom' as const, atom: { kind: 'mod' as const, effect: 'det' as const }, from: it.from, to: it.from + 1 };
  return interpret(ctx, { ...p, det, items: [agent] });
}
