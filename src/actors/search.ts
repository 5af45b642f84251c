/**
 * Looking things up in the actor knowledge base by name, as `dateline kb search` and
 * `GET /api/kb` do, and counting what it holds (`dateline kb stats`). A name matches when every
 * word of the query is a word of the name or one of its aliases, compared folded (case,
 * diacritics, spelling variants ignored); an exact name ranks first.
 */
import type { ActorKnowledge } from './kb.ts';
import { groupOn } from './actor.ts';
import { personKey } from './people-index.ts';
import { roleOn } from './roles.ts';
import type { GroupEntry, OrgEntry, PersonEntry } from './schema.ts';

/** One entry found by {@link searchKnowledge}. */
export interface KbHit {
  kind: 'person' | 'org' | 'group';
  id: string;
  name: string;
  aliases: string[];
  /** `hand-written` (data/kb/*.jsonl) or `imported` (data/kb/imported/). */
  source: 'hand-written' | 'imported';
  country: string | null;
  sector: string | null;
  org: string | null;
  /** People: the role on the date asked (or the nearest), with its period and whether the date falls in it. */
  role: { role: string; start: string; end: string | null; when: 'during' | 'before' | 'after' } | null;
  /** 2: the whole name or an alias; 1: every query word in it. */
  score: number;
}

/** Options for {@link searchKnowledge}. */
export interface KbSearchOptions {
  /** `YYYY-MM-DD`: the role shown for a person is the one held that day, or the nearest. */
  date: string;
  /** At most this many hits (default 20). */
  limit?: number;
}

/** True for an id the imported knowledge base gave (kb:build gives them the prefixes wd-, px- and pf-). */
function importedId(id: string): boolean {
  return /^(?:wd|px|pf)-/.test(id);
}

function scoreNames(query: string, words: readonly string[], names: readonly string[], variants: ReadonlyMap<string, string>): number {
  let best = 0;
  for (const n of names) {
    const key = personKey(n, variants);
    if (key === query) return 2;
    const have = new Set(key.split(' '));
    if (words.every((w) => have.has(w))) best = 1;
  }
  return best;
}

/**
 * People, organisations and groups whose name or alias contains every word of `query`, best first
 * (exact names, then hand-written before imported, then by name).
 *
 * @example
 * searchKnowledge(kb, 'Khurelsukh', { date: '2019-06-01' }); // [{ kind: 'person', name: 'Khurelsukh Ukhnaa', role: { role: 'prime minister', ... } }]
 */
export function searchKnowledge(kb: ActorKnowledge, query: string, options: KbSearchOptions): KbHit[] {
  const variants = kb.nameVariants;
  const q = personKey(query, variants);
  const words = q.split(' ').filter(Boolean);
  if (!words.length) return [];
  const hits: KbHit[] = [];
  const person = (p: PersonEntry, source: KbHit['source'], score: number): KbHit => {
    const on = roleOn(p, options.date);
    return {
      kind: 'person', id: p.id, name: p.name, aliases: p.aliases, source,
      country: on.role.country, sector: on.role.sector, org: on.role.org ? kb.orgs.get(on.role.org)?.name ?? on.role.org : null,
      role: { role: on.role.title ?? on.role.role, start: on.role.start, end: on.role.end, when: on.when },
      score,
    };
  };
  const body = (kind: 'org' | 'group', e: OrgEntry | GroupEntry, score: number): KbHit => {
    const g = kind === 'group' ? groupOn(e as GroupEntry, options.date) : null;
    return {
      kind, id: e.id, name: e.name, aliases: e.aliases, source: importedId(e.id) ? 'imported' : 'hand-written',
      country: g?.country ?? e.country, sector: g?.sector ?? e.sector, org: kind === 'org' ? e.name : null, role: null, score,
    };
  };
  for (const p of kb.people.values()) {
    const s = scoreNames(q, words, [p.name, ...p.aliases], variants);
    if (s) hits.push(person(p, importedId(p.id) ? 'imported' : 'hand-written', s));
  }
  const imported = kb.importedPeople;
  if (imported) {
    const seen = new Set(hits.map((h) => h.id));
    for (const key of imported.keys()) {
      const have = key.split(' ');
      if (!words.every((w) => have.includes(w))) continue;
      for (const p of imported.lookup(key)) {
        if (seen.has(p.id)) continue;
        seen.add(p.id);
        hits.push(person(p, 'imported', scoreNames(q, words, [p.name, ...p.aliases], variants) || 1));
      }
    }
  }
  for (const o of kb.orgs.values()) {
    const s = scoreNames(q, words, [o.name, ...(o.fullName ? [o.fullName] : []), ...o.aliases], variants);
    if (s) hits.push(body('org', o, s));
  }
  for (const g of kb.groups.values()) {
    const s = scoreNames(q, words, [g.name, ...g.aliases], variants);
    if (s) hits.push(body('group', g, s));
  }
  hits.sort((a, b) => b.score - a.score || (a.source === b.source ? 0 : a.source === 'hand-written' ? -1 : 1) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return hits.slice(0, options.limit ?? 20);
}

/** What {@link knowledgeStats} counts. */
export interface KbStats {
  people: { handWritten: number; imported: number };
  roles: { handWritten: number; imported: number };
  orgs: { handWritten: number; imported: number };
  groups: { handWritten: number; imported: number };
  countries: number;
  /** Aliases compiled into the per-word gazetteer (imported people are looked up by name instead). */
  aliases: number;
  /** Bad imported rows met while counting. */
  problems: number;
}

/** Counts what the knowledge base holds; reads every imported person (a few hundred ms). */
export function knowledgeStats(kb: ActorKnowledge): KbStats {
  const split = (ids: Iterable<string>): { handWritten: number; imported: number } => {
    let h = 0;
    let i = 0;
    for (const id of ids) if (importedId(id)) i++; else h++;
    return { handWritten: h, imported: i };
  };
  const importedPeople = kb.importedPeople?.all() ?? [];
  let handRoles = 0;
  for (const p of kb.people.values()) handRoles += p.roles.length;
  return {
    people: { handWritten: kb.people.size, imported: importedPeople.length },
    roles: { handWritten: handRoles, imported: importedPeople.reduce((n, p) => n + p.roles.length, 0) },
    orgs: split(kb.orgs.keys()),
    groups: split(kb.groups.keys()),
    countries: kb.countries.size,
    aliases: kb.gazetteer.size,
    problems: kb.importedPeople?.problems.length ?? 0,
  };
}
