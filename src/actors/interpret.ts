/**
 * Turns one phrase into mentions. The head decides what kind of actor it is: a person ("Sergey
 * Lavrov", "defence minister Oleksii X", "Lavrov" again), an agent noun with its modifiers
 * ("an American destroyer" USA MIL, "Nato official" NATO IGO), a named group, an organisation,
 * or, with no head, each country the phrase names ("Moscow" RUS GOV, "Turkey" TUR). References
 * back ("he", "the bloc", "the Nato member", "its neighbour", "the minister") go to `coref.ts`.
 */
import type { Actor, SectorCode } from '../doc/index.ts';
import { countryActor, groupActor, groupOn, newPersonActor, orgActor, personActor } from './actor.ts';
import type { DocState, MentionMeta } from './coref.ts';
import type { ActorKnowledge, AgentInfo, Atom } from './kb.ts';
import { nearlyEqual, type Item, type Phrase } from './phrase.ts';
import { holderOf, pickPerson, roleOn } from './roles.ts';
import type { GroupEntry, OrgEntry, PersonEntry } from './schema.ts';
import type { Word } from './words.ts';

/** What `interpret` needs besides the phrase. */
export interface InterpretContext {
  kb: ActorKnowledge;
  state: DocState;
  words: readonly Word[];
  date: string;
  sentence: number;
}

/** One mention to add, with its word span and what coreference will need to know about it. */
export interface Resolution {
  from: number;
  to: number;
  actor: Actor;
  rule: string;
  reason: string;
  antecedent?: number;
  meta: Omit<MentionMeta, 'sentence' | 'from' | 'to' | 'subject'>;
  /** Words of a person's name to remember for later surname references. */
  name?: { from: number; to: number };
}

type AtomItem<K extends Atom['kind']> = { t: 'atom'; atom: Extract<Atom, { kind: K }>; from: number; to: number };
type PlaceItem = AtomItem<'place'>;

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across']);
const NO_META: Resolution['meta'] = { person: false, gender: null, roleKey: null, placeLike: false, excluded: [], pendingContext: false };

// Resolutions are written out key by key (`{ from: span.from, to: span.to, actor, ... }`), never as
// `{ ...span, actor, ... }`: in V8 (Node 20) a spread followed by keys the source lacks costs about
// a microsecond, a hundred times a plain literal, and one is built for every mention. A spread
// that only overrides existing keys (`{ ...NO_META, person: true }`) stays fast.

function atomsOf<K extends Atom['kind']>(items: readonly Item[], kind: K): AtomItem<K>[] {
  return items.filter((it): it is AtomItem<K> => it.t === 'atom' && it.atom.kind === kind);
}

function spanOf(items: readonly Item[]): { from: number; to: number } {
  return { from: items[0]!.from, to: items[items.length - 1]!.to };
}

function text(words: readonly Word[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += (i > from && !words[i]!.joined ? ' ' : i > from ? '-' : '') + words[i]!.text;
  return s;
}

/** A noun after the phrase: the nationality or capital before it is an adjective ("Russian gas"). */
function attributive(ctx: InterpretContext, p: Phrase): boolean {
  const it = p.after;
  if (!it || it.t !== 'word') return false;
  const w = ctx.words[it.from]!;
  if (w.cap) return false;
  return w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'NUM';
}

/** The parts of a phrase, read left to right. */
interface Parts {
  places: { item: PlaceItem; excluded: boolean }[];
  ethnic: AtomItem<'ethnic'>[];
  orgs: OrgEntry[];
  groups: GroupEntry[];
  agents: AtomItem<'agent'>[];
  former: boolean;
  deputy: boolean;
  armed: boolean;
  excluded: string[];
  seat: PlaceItem | null;
}

function parts(items: readonly Item[]): Parts {
  const out: Parts = { places: [], ethnic: [], orgs: [], groups: [], agents: [], former: false, deputy: false, armed: false, excluded: [], seat: null };
  let pro = false;
  for (const it of items) {
    if (it.t !== 'atom') continue;
    const a = it.atom;
    switch (a.kind) {
      case 'mod':
        if (a.effect === 'former') out.former = true;
        else if (a.effect === 'deputy') out.deputy = true;
        else if (a.effect === 'armed') out.armed = true;
        else if (a.effect === 'pro' || a.effect === 'anti') pro = true;
        else if (a.effect === 'backed') {
          const last = out.places[out.places.length - 1];
          if (last) {
            last.excluded = true;
            out.excluded.push(last.item.atom.country);
          }
        }
        break;
      case 'place':
        if (a.org) out.orgs.push(a.org);
        else out.places.push({ item: it as PlaceItem, excluded: pro });
        if (pro) out.excluded.push(a.country);
        if (a.via === 'seat' && a.sector) out.seat = it as PlaceItem;
        pro = false;
        break;
      case 'ethnic': out.ethnic.push(it as AtomItem<'ethnic'>); break;
      case 'org': out.orgs.push(a.org); break;
      case 'group': out.groups.push(a.group); break;
      case 'agent': out.agents.push(it as AtomItem<'agent'>); break;
      default: break;
    }
  }
  return out;
}

/** The country a phrase gives, and whether it came from a people noun (which a place overrides). */
function phraseCountry(pt: Parts, p: Phrase): { country: string | null; from: 'place' | 'people' | 'location' | null } {
  const first = pt.places.find((x) => !x.excluded);
  if (first) {
    if ((first.item.atom.via === 'people') && p.location?.country) return { country: p.location.country, from: 'location' };
    return { country: first.item.atom.country, from: first.item.atom.via === 'people' ? 'people' : 'place' };
  }
  const eth = pt.ethnic.find((e) => e.atom.country);
  if (p.location?.country && (pt.ethnic.length || !pt.orgs.length)) return { country: p.location.country, from: 'location' };
  if (eth) return { country: eth.atom.country, from: 'people' };
  return { country: null, from: null };
}

/** The sector a head agent gives, after the "generic" rule ("police chief" is police). */
function agentSector(pt: Parts, head: AtomItem<'agent'>, date: string): { sector: SectorCode; source: string } {
  const h = head.atom.agent;
  if (!h.generic) return { sector: h.sector, source: h.noun };
  for (let i = pt.agents.indexOf(head) - 1; i >= 0; i--) {
    const a = pt.agents[i]!.atom.agent;
    if (!a.generic) return { sector: a.sector, source: `${a.noun} ${h.noun}` };
  }
  if (pt.groups.length) return { sector: groupOn(pt.groups[0]!, date).sector, source: `${pt.groups[0]!.name} ${h.noun}` };
  if (pt.seat?.atom.sector) return { sector: pt.seat.atom.sector, source: `${h.noun} of a seat of power` };
  if (pt.orgs.length) return { sector: pt.orgs[0]!.sector, source: `${pt.orgs[0]!.name} ${h.noun}` };
  return { sector: h.sector, source: h.noun };
}

function personMeta(person: PersonEntry, roleKey: string | null): Resolution['meta'] {
  return { ...NO_META, person: true, gender: person.gender ?? null, roleKey };
}

/** A person of the knowledge base in the role they held on the date, or as the text presents them. */
function resolvePerson(ctx: InterpretContext, p: Phrase, people: PersonEntry[], nameSpan: { from: number; to: number }, how: string): Resolution {
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
  // Every outcome shares the span and the rule (no `{ ...base, actor }`: see the note on spreads).
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

/** An agent-headed phrase: a sector of a country or organisation, or the one holder of an office. */
function resolveAgent(ctx: InterpretContext, p: Phrase, pt: Parts, head: AtomItem<'agent'>, span: { from: number; to: number }): Resolution {
  const { kb, date } = ctx;
  const h = head.atom.agent;
  const s = agentSector(pt, head, date);
  let sector: SectorCode = s.sector;
  const { country } = phraseCountry(pt, p);
  let org: OrgEntry | null = null;
  let group: GroupEntry | null = null;
  let why = s.source;
  if (!country && pt.orgs.length) org = pt.orgs[0]!;
  if (!country && !org && pt.groups.length) group = pt.groups[0]!;
  if (!country && !org && !group && p.location) {
    if (p.location.org) org = p.location.org;
    else if (p.location.group) group = p.location.group;
  }
  if (org && sector === 'GOV') {
    sector = org.sector;
    why += ` of ${org.name}`;
  }
  if (pt.armed && sector === 'CVL') sector = 'UAF';
  if (pt.former) sector = 'ELI';
  // The office the text ties the role to: a seat ("Kremlin spokesman"), a ministry named before the
  // title ("foreign ministry spokeswoman") or a group ("Taliban spokesman").
  const office = pt.seat?.atom.office ?? pt.agents.slice(0, pt.agents.indexOf(head)).map((a) => a.atom.agent.office).filter(Boolean).pop() ?? (group ?? pt.groups[0])?.id ?? null;
  // "Russia's top diplomat", "the Kremlin spokesman", "Nato secretary-general": the office holder.
  if (h.role && !head.atom.plural && !pt.deputy && !pt.former && (country || org || group)) {
    const holder = holderOf(kb, { role: h.role, country: org ? null : country ?? (group ? groupOn(group, date).country : null), org: org?.id ?? null, office }, date);
    if (holder) {
      return {
        from: span.from,
        to: span.to,
        actor: personActor(kb, holder.person, holder.role),
        rule: `kb:role/${holder.person.id}`,
        reason: `${text(ctx.words, span.from, span.to)}: ${holder.role.title ?? holder.role.role} on ${date} was ${holder.person.name}`,
        meta: personMeta(holder.person, holder.role.role),
      };
    }
  }
  let actor: Actor;
  if (org) actor = orgActor(kb, org, sector);
  else if (group) {
    const on = groupOn(group, date);
    actor = groupActor(kb, group, date, group.transnational && p.location?.country ? p.location.country : null, pt.former ? 'ELI' : h.generic ? on.sector : sector);
  } else actor = countryActor(kb, country, sector);
  if (h.person && !head.atom.plural) actor = { ...actor, role: qualifiedRole(pt, h.role ?? h.noun) };
  // An ethnic group's forces or people are where the text puts them ("Kurdish forces" in Syria).
  const pending = !country && !org && !group && (h.domestic || pt.ethnic.length > 0);
  return {
    from: span.from,
    to: span.to,
    actor,
    rule: `lexicon:agents/${h.noun}`,
    reason: `${why} -> ${sector}${country ? ` of ${country}` : ''}`,
    meta: { ...NO_META, person: h.person && !head.atom.plural, roleKey: h.role, excluded: pt.excluded, pendingContext: pending },
  };
}

/** "deputy foreign minister", "former president": the role as the modifiers qualify it. */
function qualifiedRole(pt: Parts, role: string): string {
  let out = role;
  if (pt.deputy && !/^(deputy|vice)\b/.test(out)) out = `deputy ${out}`;
  if (pt.former && !out.startsWith('former ')) out = `former ${out}`;
  return out;
}

/** A new person known from an apposition ("Afghan police chief Abdul Raziq"), or a misspelt known one. */
function resolveName(ctx: InterpretContext, p: Phrase, pt: Parts, names: Item[]): Resolution {
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

/** A phrase with no head noun: each country, organisation or group it names is a mention. */
function resolveNames(ctx: InterpretContext, p: Phrase, pt: Parts): Resolution[] {
  const out: Resolution[] = [];
  const { kb, words, date } = ctx;
  const items = p.items.filter((it) => it.t === 'atom');
  for (const it of items) {
    const a = it.atom;
    const span = { from: it.from, to: it.to };
    const alias = text(words, it.from, it.to);
    if (a.kind === 'org') out.push({ from: span.from, to: span.to, actor: orgActor(kb, a.org), rule: `kb:org/${a.org.id}`, reason: `${alias} is ${a.org.fullName ?? a.org.name}`, meta: NO_META });
    else if (a.kind === 'group') {
      const c = a.group.transnational && p.location?.country ? p.location.country : pt.places.find((x) => !x.excluded)?.item.atom.country ?? null;
      out.push({ from: span.from, to: span.to, actor: groupActor(kb, a.group, date, c), rule: `kb:group/${a.group.id}`, reason: `${alias} is ${a.group.name}${a.group.periods.length ? ` as of ${date}` : ''}`, meta: NO_META });
    } else if (a.kind === 'ethnic' && a.plural) {
      const country = pt.places.find((x) => !x.excluded)?.item.atom.country ?? p.location?.country ?? a.country;
      out.push({ from: span.from, to: p.location?.country ? Math.max(span.to, p.location.to) : span.to, actor: countryActor(kb, country, 'CVL'), rule: 'rule:ethnic-people', reason: `${alias}: people${country ? ` of ${country}` : ''}`, meta: { ...NO_META, pendingContext: !country } });
    } else if (a.kind === 'place') {
      const placeItem = pt.places.find((x) => x.item === it);
      if (placeItem?.excluded) continue;
      if (a.org) {
        out.push({ from: span.from, to: span.to, actor: orgActor(kb, a.org), rule: 'rule:seat-of-power', reason: `${alias} stands for ${a.org.name}`, meta: NO_META });
        continue;
      }
      const placeLike = a.via === 'name' || a.via === 'capital' || a.via === 'seat' || a.via === 'region';
      const meta = { ...NO_META, placeLike };
      switch (a.via) {
        case 'name':
          out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, null), rule: 'rule:country-name', reason: `${alias} names the country`, meta });
          break;
        case 'region':
          out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, null), rule: 'rule:region', reason: `${alias} is in ${a.country}`, meta });
          break;
        case 'capital': {
          const before = p.before && p.before.t === 'prep' ? words[p.before.from]!.key : null;
          if ((before && LOCATIVE.has(before)) || attributive(ctx, p)) out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, null), rule: 'rule:capital-as-place', reason: `${alias} is a place here, not the government`, meta });
          else out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, 'GOV'), rule: 'rule:capital-for-government', reason: `${alias}: capital standing for the government`, meta });
          break;
        }
        case 'seat':
          out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, a.sector), rule: 'rule:seat-of-power', reason: `${alias}: seat of power standing for ${a.sector === 'GOV' ? 'the government' : a.sector}`, meta });
          break;
        case 'demonym': {
          if (items.length !== 1 || attributive(ctx, p)) break;
          const det = p.det ? words[p.det.from]!.key : null;
          // As a whole actor string, a nationality adjective stands for the country's officials, as
          // analysts code it ("Hungarian"). In running text it is mostly predicative ("I am British")
          // or part of a list of adjectives; only "a Russian" names someone: a national (CVL).
          if (!p.before && !p.after && !p.det) out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, 'GOV'), rule: 'rule:demonym', reason: `${alias} alone stands for officials of ${a.country}`, meta: NO_META });
          else if (det === 'a' || det === 'an') out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, 'CVL'), rule: 'rule:demonym-person', reason: `"${words[p.det!.from]!.text} ${alias}": a national of ${a.country}`, meta: NO_META });
          break;
        }
        case 'people': {
          const country = p.location?.country ?? a.country;
          out.push({ from: span.from, to: span.to, actor: countryActor(kb, country, 'CVL'), rule: 'rule:people-of-country', reason: `${alias}: the people of ${country}`, meta: NO_META });
          break;
        }
      }
    }
  }
  return out;
}

/** The mentions of one phrase, in text order. */
const PLACE_META: Resolution['meta'] = { ...NO_META, placeLike: true };

export function interpret(ctx: InterpretContext, p: Phrase): Resolution[] {
  const { kb, state, words, date } = ctx;
  const first = p.items[0]!;
  // Fast path for the most frequent phrase: a country's name on its own.
  if (p.items.length === 1 && !p.shared.length && first.t === 'atom' && first.atom.kind === 'place' && first.atom.via === 'name' && !first.atom.org) {
    return [{ from: first.from, to: first.to, actor: countryActor(kb, first.atom.country, null), rule: 'rule:country-name', reason: 'a country named as such', meta: PLACE_META }];
  }
  if (first.t === 'atom' && first.atom.kind === 'coref' && first.atom.coref !== 'member') return corefPhrase(ctx, p, first.atom, first);
  const all = p.shared.length ? [...p.items, ...p.shared] : p.items;
  const pt = parts(all);
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
  if (head?.t === 'atom' && head.atom.kind === 'group') {
    const g = head.atom.group;
    const c = pt.places.find((x) => !x.excluded)?.item.atom.country ?? (g.transnational ? p.location?.country ?? null : null);
    const sector: SectorCode = pt.former ? 'ELI' : groupOn(g, date).sector;
    return [{ from: span.from, to: span.to, actor: groupActor(kb, g, date, c, sector), rule: `kb:group/${g.id}`, reason: `${g.name}${pt.agents.length ? `, described as ${pt.agents.map((a) => a.atom.agent.noun).join(' ')}` : ''}`, meta: NO_META }];
  }
  return resolveNames(ctx, p, pt);
}

/** "The minister", "the president": the last person with that role, else the office holder in the country of the story. */
function roleReference(ctx: InterpretContext, p: Phrase, agent: AtomItem<'agent'>, h: AgentInfo): Resolution | null {
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

/** He/she, "the bloc", "its neighbour", "the country". */
function corefPhrase(ctx: InterpretContext, p: Phrase, atom: Extract<Atom, { kind: 'coref' }>, it: Item): Resolution[] {
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
      if (!found) return plainNoun(ctx, p, it);
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
      if (idx === null) return plainNoun(ctx, p, it);
      return [{ from: span.from, to: span.to, actor: countryActor(kb, state.mentions[idx]!.actor.country, null), rule: 'rule:coref-country', reason: 'the most recent country named', antecedent: idx, meta: { ...NO_META, placeLike: true } }];
    }
    default:
      void p;
      return [];
  }
}
