/**
 * Canonical actors: one place that decides ids and display names, so that the same actor found
 * by different rules compares equal by `id`.
 * - `country:RUS` - a country as such (sector null);
 * - `agent:RUS-MIL` - a sector of a country ("Russian troops");
 * - `org:nato`, `agent:nato-MIL` - an organisation, or one of its sectors ("Nato troops");
 * - `group:taliban` - a named group;
 * - `person:sergey-lavrov` - a person of the knowledge base; `person:~oleksii-x` - a person known
 *   only from this article.
 */
import type { Actor, SectorCode } from '../doc/index.ts';
import type { ActorKnowledge } from './kb.ts';
import type { GroupEntry, OrgEntry, PersonEntry, RoleEntry } from './schema.ts';

// Country actors are the most frequent; build each (country, sector) once per knowledge base.
// Actors are shared between mentions and never mutated.
const countryCache = new WeakMap<ActorKnowledge, Map<string, Actor>>();

/** A country, or one of its sectors when `sector` is given. */
export function countryActor(kb: ActorKnowledge, code: string | null, sector: SectorCode | null): Actor {
  let cache = countryCache.get(kb);
  if (!cache) countryCache.set(kb, (cache = new Map()));
  const key = `${code}|${sector}`;
  let actor = cache.get(key);
  if (!actor) cache.set(key, (actor = Object.freeze(buildCountryActor(kb, code, sector)) as Actor));
  return actor;
}

function buildCountryActor(kb: ActorKnowledge, code: string | null, sector: SectorCode | null): Actor {
  const c = code ? kb.countries.get(code) : undefined;
  const cname = c?.name ?? code ?? 'unknown country';
  if (!sector) return { id: `country:${code ?? '?'}`, name: cname, country: code, org: null, sector: null, role: null };
  const adj = c?.adjective ?? (code ? cname : null);
  const label = kb.sectorNames.get(sector) ?? sector;
  return { id: `agent:${code ?? '?'}-${sector}`, name: adj ? `${adj} ${label}` : label, country: code, org: null, sector, role: null };
}

/** An organisation, or one of its sectors ("Nato troops") when `sector` differs from its own. */
export function orgActor(kb: ActorKnowledge, org: OrgEntry, sector: SectorCode | null = null): Actor {
  const s = sector ?? org.sector;
  if (s === org.sector) return { id: `org:${org.id}`, name: org.name, country: org.country, org: org.name, sector: s, role: null };
  return { id: `agent:${org.id}-${s}`, name: `${org.name} ${kb.sectorNames.get(s) ?? s}`, country: org.country, org: org.name, sector: s, role: null };
}

/** The period of a group that holds on `date` (the Taliban governing from 2021-08-15). */
export function groupOn(group: GroupEntry, date: string): { country: string; sector: SectorCode } {
  let country = group.country;
  let sector = group.sector;
  for (const p of group.periods) {
    if (p.start <= date && (p.end === null || date < p.end)) {
      country = p.country ?? country;
      sector = p.sector ?? sector;
    }
  }
  return { country, sector };
}

/** A named group as it was on `date`; `country` overrides for a transnational group placed by the text. */
export function groupActor(kb: ActorKnowledge, group: GroupEntry, date: string, country: string | null = null, sector: SectorCode | null = null): Actor {
  const on = groupOn(group, date);
  const s = sector ?? on.sector;
  const c = country ?? on.country;
  const plain = s === on.sector && c === on.country;
  return {
    id: plain ? `group:${group.id}` : `group:${group.id}-${c}-${s}`,
    name: plain ? group.name : `${group.name} (${kb.sectorNames.get(s) ?? s})`,
    country: c,
    org: null,
    sector: s,
    role: null,
  };
}

/** A person of the knowledge base in one of their roles (or with the sector the text gives). */
export function personActor(kb: ActorKnowledge, person: PersonEntry, role: RoleEntry | null, over: Partial<Pick<Actor, 'country' | 'sector' | 'role' | 'org'>> = {}): Actor {
  const org = role?.org ? kb.orgs.get(role.org)?.name ?? null : null;
  return {
    id: `person:${person.id}`,
    name: person.name,
    country: over.country !== undefined ? over.country : role?.country ?? null,
    org: over.org !== undefined ? over.org : org,
    sector: over.sector !== undefined ? over.sector : role?.sector ?? null,
    role: over.role !== undefined ? over.role : role ? role.title ?? role.role : null,
  };
}

/** A slug for ids: lower case, ASCII letters and digits joined by hyphens. */
export function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A person known only from the article ("Afghan police chief Abdul Raziq"). */
export function newPersonActor(name: string, country: string | null, org: string | null, sector: SectorCode | null, role: string | null): Actor {
  return { id: `person:~${slug(name)}`, name, country, org, sector, role };
}

/**
 * The actor for an alias several countries' groups share when the context names none of their
 * countries: no country, and the sector only when every candidate has the same one.
 */
export function ambiguousGroupActor(alias: string, rivals: readonly GroupEntry[]): Actor {
  const sectors = new Set(rivals.map((g) => g.sector));
  return { id: `unknown:${alias}`, name: alias, country: null, org: null, sector: sectors.size === 1 ? rivals[0]!.sector : null, role: null };
}

/** Why {@link ambiguousGroupActor} names no country. */
export function ambiguousReason(alias: string, rivals: readonly GroupEntry[]): string {
  const list = rivals.map((g) => `${g.name} (${g.country})`).join(', ');
  return `${alias} names ${rivals.length} groups: ${list}; the context names none of their countries`;
}
