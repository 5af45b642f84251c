/**
 * Person phrases: a known person in the role they held on the article date ("Sergey Lavrov",
 * "defence minister Oleksii Reznikov"), a misspelt known name after a title ("President Francois
 * Mitterand"), or a new person the text introduces by apposition ("Afghan police chief Abdul Raziq").
 */
import type { Actor } from '../doc/index.ts';
import { newPersonActor, personActor } from './actor.ts';
import { agentSector, qualifiedRole, resolveAgent } from './interpret-agent.ts';
import { phraseCountry, parts, type Parts } from './interpret-parts.ts';
import { NO_META, personMeta, spanOf, text, type InterpretContext, type Resolution } from './interpret-resolution.ts';
import type { ActorKnowledge } from './kb.ts';
import { nearlyEqual, type Item, type Phrase } from './phrase.ts';
import { pickPerson, roleOn } from './roles.ts';
import type { PersonEntry } from './schema.ts';

/** A person of the knowledge base in the role they held on the date, or as the text presents them. */
export function resolvePerson(ctx: InterpretContext, p: Phrase, people: PersonEntry[], nameSpan: { from: number; to: number }, how: string): Resolution {
  const pt = parts(p.shared.length ? [...p.items, ...p.shared] : p.items);
  const head = pt.agents[pt.agents.length - 1];
  const country = phraseCountry(pt, p).country;
  const hints = { role: head?.atom.agent.role ?? null, country };
  const person = pickPerson(people, ctx.date, hints);
  const on = roleOn(person, ctx.date, hints);
  const span = spanOf(p.items);
  const from = span.from;
  const to = Math.max(span.to, nameSpan.to);
  const rule = `kb:person/${person.id}`;
  // Every outcome shares the span and the rule (no `{ ...base, actor }`: see the note on spreads in
  // `interpret-resolution.ts`).
  const res = (actor: Actor, reason: string, meta: Resolution['meta']): Resolution => ({ from, to, rule, name: nameSpan, actor, reason, meta });
  const roleName = on.role.title ?? on.role.role;
  if (pt.former) {
    const actor = personActor(ctx.kb, person, on.role, { sector: 'ELI', country: country ?? (on.role.country === 'IGO' || on.role.country === 'NGO' ? null : on.role.country), org: null, role: `former ${head?.atom.agent.role ?? on.role.role}` });
    return res(actor, `${how}; "former" makes an elite (ELI)`, personMeta(person, on.role.role));
  }
  if (on.when === 'during') {
    return res(personActor(ctx.kb, person, on.role), `${how}: ${roleName} on ${ctx.date}`, personMeta(person, on.role.role));
  }
  if (head) {
    // Not in office on the article date by our data, but the text gives a title: trust the text.
    const s = agentSector(pt, head, ctx.date);
    const org = pt.orgs[0] ?? null;
    const actor = personActor(ctx.kb, person, on.role, {
      sector: org && s.sector === 'GOV' ? org.sector : s.sector,
      country: country ?? (org ? org.country : on.role.country),
      org: org ? org.name : null,
      role: head.atom.agent.role ?? head.atom.agent.noun,
    });
    return res(actor, `${how}: the text calls them ${head.atom.agent.noun}`, personMeta(person, head.atom.agent.role));
  }
  if (on.when === 'after') {
    const actor = personActor(ctx.kb, person, on.role, { sector: 'ELI', role: `former ${roleName}`, org: null, country: on.role.org ? null : on.role.country });
    return res(actor, `${how}: out of office since ${on.role.end}`, personMeta(person, on.role.role));
  }
  const actor = personActor(ctx.kb, person, on.role, { sector: null, role: null, org: null, country: on.role.org ? null : on.role.country });
  return res(actor, `${how}: not yet in office on ${ctx.date}`, personMeta(person, null));
}

/**
 * A misspelt surname may be a known person only if the given name, when written, agrees:
 * "Sergei"/"Sergey" or "S." fit Sergey Lavrov, "Ivan Ivanov" does not fit Sergei Ivanov.
 */
function givenNameFits(person: PersonEntry, nameWords: string[]): boolean {
  if (nameWords.length < 2) return true;
  const given = nameWords[0]!.toLowerCase().replace(/\.$/, '');
  return [person.name, ...person.aliases].some((n) => {
    const words = n.toLowerCase().split(/\s+/);
    if (words.length < 2) return false;
    const g = words[0]!;
    return given.length === 1 ? g.startsWith(given) : g[0] === given[0] && nearlyEqual(g, given, 2);
  });
}

type Surnames = ActorKnowledge['surnames'];
const surnameIndex = new WeakMap<Surnames, Map<string, [string, PersonEntry[]][]>>();

/**
 * The entries of `surnames` whose surname starts with `initial`, in the order of the map. Built
 * once per knowledge base: a misspelt name keeps its first letter, so the other surnames (thousands)
 * need no look.
 */
function surnamesStarting(surnames: Surnames, initial: string): readonly [string, PersonEntry[]][] {
  let index = surnameIndex.get(surnames);
  if (!index) {
    index = new Map();
    for (const entry of surnames) {
      const list = index.get(entry[0][0] ?? '');
      if (list) list.push(entry);
      else index.set(entry[0][0] ?? '', [entry]);
    }
    surnameIndex.set(surnames, index);
  }
  return index.get(initial) ?? [];
}

/** Fuzzy lookup of a name the text gives after a title: "President Francois Mitterand". */
function fuzzyPerson(ctx: InterpretContext, nameWords: string[], hints: { role: string | null; country: string | null }): PersonEntry[] {
  const last = nameWords[nameWords.length - 1]!.toLowerCase();
  if (last.length < 5) return [];
  const found: PersonEntry[] = [];
  for (const [surname, people] of surnamesStarting(ctx.kb.surnames, last[0]!)) {
    if (Math.abs(surname.length - last.length) > 1 || surname[0] !== last[0] || !nearlyEqual(surname, last, 1)) continue;
    for (const person of people) {
      if (!givenNameFits(person, nameWords)) continue;
      const fits = person.roles.some((r) => (hints.role && r.role === hints.role) || (hints.country && r.country === hints.country));
      if (fits && !found.includes(person)) found.push(person);
    }
  }
  return found;
}

/** A new person known from an apposition ("Afghan police chief Abdul Raziq"), or a misspelt known one. */
export function resolveName(ctx: InterpretContext, p: Phrase, pt: Parts, names: Item[]): Resolution {
  const nameSpan = { from: names[0]!.from, to: names[names.length - 1]!.to };
  const nameWords: string[] = [];
  for (let i = nameSpan.from; i < nameSpan.to; i++) nameWords.push(ctx.words[i]!.text);
  const head = [...pt.agents].reverse().find((a) => a.atom.agent.person) ?? pt.agents[pt.agents.length - 1]!;
  const { country } = phraseCountry(pt, p);
  const near = fuzzyPerson(ctx, nameWords, { role: head.atom.agent.role, country });
  if (near.length) return resolvePerson(ctx, p, near, nameSpan, `${text(ctx.words, nameSpan.from, nameSpan.to)} is spelt close to a known name`);
  const span = spanOf(p.items);
  const agentRes = resolveAgent(ctx, { ...p, items: p.items.filter((it) => it.t !== 'name') }, pt, head, span);
  const a = agentRes.actor;
  const actor = newPersonActor(text(ctx.words, nameSpan.from, nameSpan.to), a.country, a.org, a.sector, qualifiedRole(pt, head.atom.agent.role ?? head.atom.agent.noun));
  return {
    from: span.from,
    to: span.to,
    actor,
    rule: 'rule:apposition',
    reason: `a name after "${text(ctx.words, head.from, head.to)}": ${agentRes.reason}`,
    meta: { ...NO_META, person: true, roleKey: head.atom.agent.role, excluded: pt.excluded, pendingContext: agentRes.meta.pendingContext },
    name: nameSpan,
  };
}
