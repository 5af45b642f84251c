/**
 * Agent-headed phrases ("an American destroyer", "Nato official", "Russia's top diplomat"): the
 * sector the agent noun gives, the country, organisation or group it belongs to, and, for an office
 * with one holder, the person who held it on the article date.
 */
import type { Actor, SectorCode } from '../doc/index.ts';
import { countryActor, groupActor, groupOn, orgActor, personActor } from './actor.ts';
import { phraseCountry, type Parts } from './interpret-parts.ts';
import { NO_META, personMeta, text, type AtomItem, type InterpretContext, type Resolution } from './interpret-resolution.ts';
import type { Phrase } from './phrase.ts';
import { holderOf } from './roles.ts';
import type { GroupEntry, OrgEntry } from './schema.ts';

/** The sector a head agent gives, after the "generic" rule ("police chief" is police). */
export function agentSector(pt: Parts, head: AtomItem<'agent'>, date: string): { sector: SectorCode; source: string } {
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

/** An agent-headed phrase: a sector of a country or organisation, or the one holder of an office. */
export function resolveAgent(ctx: InterpretContext, p: Phrase, pt: Parts, head: AtomItem<'agent'>, span: { from: number; to: number }): Resolution {
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
export function qualifiedRole(pt: Parts, role: string): string {
  let out = role;
  if (pt.deputy && !/^(deputy|vice)\b/.test(out)) out = `deputy ${out}`;
  if (pt.former && !out.startsWith('former ')) out = `former ${out}`;
  return out;
}
