/**
 * The actor knowledge base: loads `data/kb/*.jsonl` and `data/lexicons/actors/*.tsv` once, checks
 * them (schema, then cross-references such as a role's country or organisation), and compiles
 * every alias into one {@link Gazetteer}. Components receive the result; nothing here runs per
 * document.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Country } from 'world-countries';
import type { SectorCode } from '../doc/index.ts';
import { loadJsonl, loadTsv, type Loaded, type LoadDataOptions } from '../lib/data-files.ts';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { DatelineError, problem, type Problem } from '../errors.ts';
import { Gazetteer } from './gazetteer.ts';
import { loadImported } from './imported.ts';
import { foldName } from './names.ts';
import { foldWord, ImportedPeople, loadNameVariants, personKey } from './people-index.ts';
import type { GazetteerEntry, GazetteerFallback } from './gazetteer.ts';
import type { Word } from './words.ts';
import {
  AgentSchema, CorefSchema, EthnicSchema, GroupSchema, ModifierSchema, OrgSchema, PersonSchema, PlaceSchema, SectorSchema,
  type CorefEntry, type GroupEntry, type ModifierEffect, type OrgEntry, type PersonEntry, type RoleEntry,
} from './schema.ts';

// world-countries ships CommonJS whose typings declare an ES default export; require gives the array.
const worldCountries = createRequire(import.meta.url)('world-countries') as Country[];

/** A country the tagger knows: code, display name, adjective and land neighbours. */
export interface CountryInfo {
  code: string;
  name: string;
  adjective: string | null;
  borders: string[];
}

/** A compiled agent noun. */
export interface AgentInfo {
  noun: string;
  sector: SectorCode;
  role: string | null;
  office: string | null;
  person: boolean;
  generic: boolean;
  domestic: boolean;
  title: boolean;
}

/** How a place alias names its country. */
export type PlaceVia = 'name' | 'demonym' | 'people' | 'capital' | 'seat' | 'region';

/** What an alias in the gazetteer stands for. */
export type Atom =
  | { kind: 'place'; via: PlaceVia; country: string; sector: SectorCode | null; office: string | null; org: OrgEntry | null }
  | { kind: 'org'; org: OrgEntry }
  /** `rivals`: every imported group of another country with this alias too (PAN in GTM, IDN, MEX, SLV), read in context. */
  | { kind: 'group'; group: GroupEntry; rivals?: GroupEntry[] }
  | { kind: 'person'; people: PersonEntry[] }
  | { kind: 'agent'; agent: AgentInfo; plural: boolean }
  | { kind: 'mod'; effect: ModifierEffect }
  | { kind: 'ethnic'; country: string | null; plural: boolean }
  | { kind: 'coref'; coref: 'pronoun' | 'org' | 'member' | 'neighbour' | 'country'; gender: 'm' | 'f' | null; noun: string }
  | { kind: 'block' };

/** A role held by a person, as indexed for "who was the Russian foreign minister on that day". */
export interface RoleHolder {
  person: PersonEntry;
  role: RoleEntry;
}

/** Role key -> holders, as {@link ActorKnowledge.importedRoles} answers (built per key on first ask). */
export interface RoleIndex {
  /** The holders of `role`; an index may leave out those of other countries than `country` when one is given. */
  get(role: string, country?: string | null): readonly RoleHolder[] | undefined;
}

/** The compiled knowledge the actor tagger and the phrase resolver use. Immutable after loading. */
export interface ActorKnowledge {
  gazetteer: Gazetteer<Atom>;
  countries: Map<string, CountryInfo>;
  orgs: Map<string, OrgEntry>;
  /** Organisations by display name (`NATO`), for mentions that carry `Actor.org`. */
  orgsByName: Map<string, OrgEntry>;
  groups: Map<string, GroupEntry>;
  people: Map<string, PersonEntry>;
  /** Role key -> every period anyone held it. */
  roles: Map<string, RoleHolder[]>;
  /**
   * The same for the imported knowledge base (`data/kb/imported/`), consulted only when the
   * hand-written roles name nobody, so an imported row never overrides a hand-written one.
   */
  importedRoles?: RoleIndex;
  /** The imported people themselves, indexed by folded name on first use. */
  importedPeople?: ImportedPeople;
  /** Folded spelling variant of a name word -> its canonical form (`name-variants.tsv`). */
  nameVariants: ReadonlyMap<string, string>;
  /** Role keys held by one person at a time in a country or organisation (agents.tsv flag `unique`). */
  uniqueRoles: Set<string>;
  /** Roles flagged as the national leader, by country. */
  leaders: Map<string, RoleHolder[]>;
  /** Last word of each person's name and aliases -> people, for misspelt names after a title. */
  surnames: Map<string, PersonEntry[]>;
  /** Speech verbs and clause openers (match keys), for subject detection. */
  speech: Set<string>;
  clause: Set<string>;
  /** Sector code -> name used in display names ("military"). */
  sectorNames: Map<string, string>;
  /** One-word names of countries, nationalities and peoples, for misspellings in actor strings ("Quatar"). */
  spellings: Array<{ key: string; atom: Atom }>;
}

/** Options for {@link loadActorKnowledge}. */
export interface LoadActorKnowledgeOptions {
  /** Throw on the first bad entry instead of skipping it. */
  strict?: boolean;
  /** Also load `kb/imported/` (default true): office holders, organisations and parties built by `npm run kb:build`. */
  imported?: boolean;
}

/** The compiled knowledge and the problems found while loading it. */
export interface LoadedActorKnowledge {
  kb: ActorKnowledge;
  problems: Problem[];
}

// Entries of the same length compete by kind: a named thing beats a common noun beats a modifier.
const PRIORITY = { block: 100, person: 60, group: 50, org: 50, place: 40, ethnic: 30, coref: 25, agent: 20, mod: 10 } as const;
// Among places, a country's name beats the same word as a capital (Djibouti, Singapore).
const PLACE_PRIORITY: Record<PlaceVia, number> = { name: 5, people: 4, demonym: 3, seat: 2, capital: 1, region: 0 };

/** Strips diacritics so that `Türkiye` also matches `Turkiye` and `Bogotá` matches `Bogota`. */
function ascii(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Only aliases written in Latin script are of use on English news. */
function latin(s: string): boolean {
  return !/[^\p{Script=Latin}\p{M}\s\d.'’()\-,&]/u.test(s);
}

/** A regular plural noun for a country's people, or null where English uses "the X" ("the French"). */
function peoplePlural(demonym: string): string | null {
  if (/(?:ese|ss|sh|ch|x|z|s)$/i.test(demonym)) return null;
  return `${demonym}s`;
}

interface Collector {
  problems: Problem[];
  strict: boolean;
}

function take<T>(c: Collector, loaded: Loaded<T>): Loaded<T> {
  c.problems.push(...loaded.problems);
  return loaded;
}

function report(c: Collector, file: string, line: number, path: string, detail: string): void {
  const p = problem('E_DATA_ENTRY', { detail }, { file, line, field: path });
  if (c.strict) throw new DatelineError(p.code, { detail }, p.location);
  c.problems.push(p);
}

/** Codes world-countries gives differently from PLOVER. */
const CODE_FIX: Record<string, string> = { UNK: 'KOS' };

function buildCountries(): Map<string, CountryInfo> {
  const out = new Map<string, CountryInfo>();
  // PLOVER keeps these apart although they are not independent states.
  const keep = new Set(['PSE', 'TWN', 'HKG', 'UNK']);
  for (const c of worldCountries) {
    if (!c.independent && !keep.has(c.cca3)) continue;
    const code = CODE_FIX[c.cca3] ?? c.cca3;
    const adjective = c.demonyms?.eng?.m?.split(',')[0]?.trim() || null;
    out.set(code, {
      code,
      name: c.cca3 === 'TUR' ? 'Turkey' : c.name.common,
      adjective,
      borders: c.borders.map((b) => CODE_FIX[b] ?? b),
    });
  }
  return out;
}

/**
 * Loads and compiles the actor knowledge base from `dataDir` (the repository's `data/`).
 * Bad entries are reported as problems (`file:line field.path: message`) and skipped; with
 * `strict` the first one throws.
 *
 * @example
 * const { kb, problems } = loadActorKnowledge(DEFAULT_DATA_DIR);
 * for (const p of problems) console.warn(p.message);
 */
export function loadActorKnowledge(dataDir: string = DEFAULT_DATA_DIR, options: LoadActorKnowledgeOptions = {}): LoadedActorKnowledge {
  const c: Collector = { problems: [], strict: options.strict ?? false };
  const opts: LoadDataOptions = { strict: c.strict };
  const kbDir = join(dataDir, 'kb');
  const lexDir = join(dataDir, 'lexicons', 'actors');
  const files = {
    people: join(kbDir, 'people.jsonl'),
    orgs: join(kbDir, 'orgs.jsonl'),
    groups: join(kbDir, 'groups.jsonl'),
    agents: join(lexDir, 'agents.tsv'),
    places: join(lexDir, 'places.tsv'),
    modifiers: join(lexDir, 'modifiers.tsv'),
    ethnic: join(lexDir, 'ethnic.tsv'),
    coref: join(lexDir, 'coref.tsv'),
    sectors: join(lexDir, 'sectors.tsv'),
  };
  const sectors = take(c, loadTsv(files.sectors, SectorSchema, opts));
  const agents = take(c, loadTsv(files.agents, AgentSchema, opts));
  const places = take(c, loadTsv(files.places, PlaceSchema, opts));
  const modifiers = take(c, loadTsv(files.modifiers, ModifierSchema, opts));
  const ethnic = take(c, loadTsv(files.ethnic, EthnicSchema, opts));
  const coref = take(c, loadTsv(files.coref, CorefSchema, opts));
  const orgs = take(c, loadJsonl(files.orgs, OrgSchema, { ...opts, uniqueBy: 'id' }));
  const groups = take(c, loadJsonl(files.groups, GroupSchema, { ...opts, uniqueBy: 'id' }));
  const people = take(c, loadJsonl(files.people, PersonSchema, { ...opts, uniqueBy: 'id' }));

  const countries = buildCountries();
  const codeOk = (code: string): boolean => countries.has(code) || code === 'IGO' || code === 'NGO' || code === 'IMG';
  const gaz = new Gazetteer<Atom>();

  // --- organisations and groups
  const orgMap = new Map<string, OrgEntry>();
  orgs.entries.forEach((o, i) => {
    const line = orgs.lines[i]!;
    let bad = false;
    o.members.forEach((m, j) => {
      if (!countries.has(m.country)) {
        report(c, files.orgs, line, `members[${j}].country`, `unknown country code ${m.country}`);
        bad = true;
      }
    });
    if (!bad) orgMap.set(o.id, o);
  });
  for (const o of orgMap.values()) {
    for (const alias of new Set([o.name, o.fullName, ...o.aliases].filter((a): a is string => !!a))) gaz.add(alias, { kind: 'org', org: o }, PRIORITY.org);
  }
  const groupMap = new Map<string, GroupEntry>();
  groups.entries.forEach((g, i) => {
    const line = groups.lines[i]!;
    if (!codeOk(g.country)) return report(c, files.groups, line, 'country', `unknown country code ${g.country}`);
    const badPeriod = g.periods.findIndex((p) => p.country !== undefined && !codeOk(p.country));
    if (badPeriod >= 0) return report(c, files.groups, line, `periods[${badPeriod}].country`, `unknown country code ${g.periods[badPeriod]!.country}`);
    groupMap.set(g.id, g);
    for (const alias of new Set([g.name, ...g.aliases])) gaz.add(alias, { kind: 'group', group: g }, PRIORITY.group);
  });

  // --- imported organisations and groups: never under a name a hand-written entry has
  const imported = options.imported === false ? null : loadImported(join(kbDir, 'imported'), { people: false });
  if (imported) {
    c.problems.push(...imported.problems);
    const taken = new Set<string>();
    for (const e of [...orgMap.values(), ...groupMap.values()]) for (const n of [e.name, ...('fullName' in e && e.fullName ? [e.fullName] : []), ...e.aliases]) taken.add(foldName(n));
    for (const o of imported.orgs) {
      if ([o.name, ...o.aliases].some((n) => taken.has(foldName(n)))) continue;
      orgMap.set(o.id, o);
      for (const alias of new Set([o.name, ...o.aliases])) gaz.add(alias, { kind: 'org', org: o }, PRIORITY.org - 1);
    }
    // An alias several countries' groups share is one entry listing them all, read in context.
    const byAlias = new Map<string, GroupEntry[]>();
    for (const g of imported.groups) {
      if (!codeOk(g.country) || [g.name, ...g.aliases].some((n) => taken.has(foldName(n)))) continue;
      groupMap.set(g.id, g);
      for (const alias of new Set([g.name, ...g.aliases])) {
        const list = byAlias.get(alias);
        if (list) list.push(g);
        else byAlias.set(alias, [g]);
      }
    }
    for (const [alias, list] of byAlias) {
      if (new Set(list.map((g) => g.country)).size > 1) gaz.add(alias, { kind: 'group', group: list[0]!, rivals: list }, PRIORITY.group - 1);
      else for (const g of list) gaz.add(alias, { kind: 'group', group: g }, PRIORITY.group - 1);
    }
  }

  // --- agent nouns
  const roleKeys = new Set<string>();
  const uniqueRoles = new Set<string>();
  const offices = new Set<string>([...orgMap.keys(), ...groupMap.keys()]);
  for (const a of agents.entries) {
    const flags = new Set((a.flags ?? '').split(',').filter(Boolean));
    const info: AgentInfo = {
      noun: a.noun,
      sector: a.sector,
      role: a.role ?? null,
      office: a.office ?? null,
      person: flags.has('person') || flags.has('title'),
      generic: flags.has('generic'),
      domestic: flags.has('domestic'),
      title: flags.has('title'),
    };
    if (info.role) roleKeys.add(info.role);
    if (info.role && flags.has('unique')) uniqueRoles.add(info.role);
    if (info.office) offices.add(info.office);
    gaz.add(a.noun, { kind: 'agent', agent: info, plural: false }, PRIORITY.agent);
    if (a.plural) gaz.add(a.plural, { kind: 'agent', agent: info, plural: true }, PRIORITY.agent);
  }

  // --- places: world-countries first, then our own list, which can override or block
  const placeAtoms = new Map<string, { alias: string; atom: Atom }>();
  const putPlace = (alias: string, atom: Atom): void => {
    for (const a of new Set([alias, ascii(alias)])) {
      const key = `${a.toLowerCase()}\u0000${atom.kind === 'place' ? atom.via : atom.kind}`;
      placeAtoms.set(key, { alias: a, atom });
    }
  };
  const place = (via: PlaceVia, country: string, extra: Partial<Extract<Atom, { kind: 'place' }>> = {}): Atom =>
    ({ kind: 'place', via, country, sector: via === 'capital' ? 'GOV' : null, office: null, org: null, ...extra });
  for (const wc of worldCountries) {
    const code = CODE_FIX[wc.cca3] ?? wc.cca3;
    if (!countries.has(code)) continue;
    const names = [wc.name.common, wc.name.official, ...wc.altSpellings]
      .filter((n) => n.length > 2 && latin(n) && !n.includes(',') && /\p{Lu}/u.test(n));
    for (const n of names) putPlace(n, place('name', code));
    const eng = wc.demonyms?.eng;
    for (const d of new Set(eng ? [eng.m, eng.f] : [])) {
      for (const dem of d.split(',').map((x) => x.trim()).filter(Boolean)) {
        putPlace(dem, place('demonym', code));
        const plural = peoplePlural(dem);
        if (plural) putPlace(plural, place('people', code));
      }
    }
    for (const cap of wc.capital) {
      if (cap && latin(cap)) putPlace(cap, place('capital', code));
    }
  }
  const blocked: string[] = [];
  places.entries.forEach((p, i) => {
    const line = places.lines[i]!;
    if (p.kind === 'block') {
      blocked.push(p.alias);
      return;
    }
    if (p.country !== undefined && !codeOk(p.country)) return report(c, files.places, line, 'country', `unknown country code ${p.country}`);
    const org = p.org ? orgMap.get(p.org) : undefined;
    if (p.org && !org) return report(c, files.places, line, 'org', `unknown organisation id ${p.org}`);
    if (p.office) offices.add(p.office);
    // Our own list decides for an alias: drop what world-countries said about it, whatever its kind.
    for (const a of new Set([p.alias, ascii(p.alias)])) {
      for (const via of Object.keys(PLACE_PRIORITY)) placeAtoms.delete(`${a.toLowerCase()}\u0000${via}`);
    }
    putPlace(p.alias, place(p.kind, p.country ?? 'IGO', { sector: p.sector ?? (p.kind === 'capital' ? 'GOV' : null), office: p.office ?? null, org: org ?? null }));
  });
  const spellings: Array<{ key: string; atom: Atom }> = [];
  for (const { alias, atom } of placeAtoms.values()) {
    gaz.add(alias, atom, PRIORITY.place + (atom.kind === 'place' ? PLACE_PRIORITY[atom.via] : 0));
    if (atom.kind === 'place' && (atom.via === 'name' || atom.via === 'demonym' || atom.via === 'people') && /^\p{L}{5,}$/u.test(alias)) spellings.push({ key: alias.toLowerCase(), atom });
  }
  for (const alias of blocked) gaz.add(alias, { kind: 'block' }, PRIORITY.block);

  // --- ethnic adjectives, modifiers, coreference phrases
  ethnic.entries.forEach((e, i) => {
    if (e.country !== undefined && !codeOk(e.country)) return report(c, files.ethnic, ethnic.lines[i]!, 'country', `unknown country code ${e.country}`);
    gaz.add(e.adjective, { kind: 'ethnic', country: e.country ?? null, plural: false }, PRIORITY.ethnic);
    if (e.country && /^\p{L}{5,}$/u.test(e.adjective)) spellings.push({ key: e.adjective.toLowerCase(), atom: { kind: 'ethnic', country: e.country, plural: false } });
    if (e.plural) gaz.add(e.plural, { kind: 'ethnic', country: e.country ?? null, plural: true }, PRIORITY.ethnic);
  });
  for (const m of modifiers.entries) gaz.add(m.word, { kind: 'mod', effect: m.effect }, PRIORITY.mod);
  const speech = new Set<string>();
  const clause = new Set<string>();
  for (const r of coref.entries as CorefEntry[]) {
    if (r.kind === 'speech') speech.add(r.phrase.toLowerCase());
    else if (r.kind === 'clause') clause.add(r.phrase.toLowerCase());
    else {
      const noun = r.phrase.toLowerCase().replace(/^(?:the|its)\s+/, '');
      gaz.add(r.phrase, { kind: 'coref', coref: r.kind, gender: r.gender ?? null, noun }, PRIORITY.coref);
    }
  }

  // --- people: check roles against what the other files define, then index them
  const peopleMap = new Map<string, PersonEntry>();
  const roles = new Map<string, RoleHolder[]>();
  const leaders = new Map<string, RoleHolder[]>();
  const surnames = new Map<string, PersonEntry[]>();
  const aliasPeople = new Map<string, PersonEntry[]>();
  people.entries.forEach((p, i) => {
    const line = people.lines[i]!;
    for (let j = 0; j < p.roles.length; j++) {
      const r = p.roles[j]!;
      const at = `roles[${j}]`;
      if (!roleKeys.has(r.role)) return report(c, files.people, line, `${at}.role`, `unknown role ${JSON.stringify(r.role)}: add it to lexicons/actors/agents.tsv or use one of its role keys`);
      if (!codeOk(r.country)) return report(c, files.people, line, `${at}.country`, `unknown country code ${r.country}`);
      if (r.org !== undefined && !orgMap.has(r.org)) return report(c, files.people, line, `${at}.org`, `unknown organisation id ${r.org}`);
      if ((r.country === 'IGO' || r.country === 'NGO') && r.org === undefined) return report(c, files.people, line, `${at}.org`, 'a role in an IGO or NGO names its organisation');
      if (r.office !== undefined && !offices.has(r.office)) return report(c, files.people, line, `${at}.office`, `unknown office ${JSON.stringify(r.office)}`);
    }
    peopleMap.set(p.id, p);
    for (const r of p.roles) {
      const holder = { person: p, role: r };
      const list = roles.get(r.role);
      if (list) list.push(holder);
      else roles.set(r.role, [holder]);
      if (r.leader) {
        const l = leaders.get(r.country);
        if (l) l.push(holder);
        else leaders.set(r.country, [holder]);
      }
    }
    for (const alias of new Set([p.name, ...p.aliases])) {
      for (const a of new Set([alias, ascii(alias)])) {
        const list = aliasPeople.get(a);
        if (list) { if (!list.includes(p)) list.push(p); } else aliasPeople.set(a, [p]);
        const last = a.split(/\s+/).pop()!.toLowerCase();
        const s = surnames.get(last);
        if (s) { if (!s.includes(p)) s.push(p); } else surnames.set(last, [p]);
      }
    }
  });
  // --- imported people: indexed by folded full name on first need (people-index.ts), never under
  // a name a hand-written person has; PETRARCH's people (to 2014) are built but not loaded: their
  // two-word names ("Abdul Qadir") swallow longer names.
  const variants = loadNameVariants(join(kbDir, 'conventions', 'name-variants.tsv'));
  let importedPeople: ImportedPeople | undefined;
  if (imported) {
    const taken = new Set([...aliasPeople.keys()].map(foldName));
    importedPeople = new ImportedPeople(join(kbDir, 'imported', 'people.tsv'), { variants, taken, codeOk, skipPrefixes: ['px-'] });
  }
  // The hand-written people by the same folded key, so "Sergei Lavrov" and "Erdoğan" written
  // either way find them too; they come before the imported ones.
  const mine = new Map<string, PersonEntry[]>();
  for (const [alias, list] of aliasPeople) {
    const key = personKey(alias, variants);
    if (!key.includes(' ')) continue;
    const l = mine.get(key);
    if (!l) mine.set(key, [...list]);
    else for (const p of list) if (!l.includes(p)) l.push(p);
  }
  gaz.setFallback(personFallback(mine, importedPeople ?? null, variants));
  for (const [alias, list] of aliasPeople) gaz.add(alias, { kind: 'person', people: list }, PRIORITY.person);
  gaz.freeze();

  const kb: ActorKnowledge = {
    gazetteer: gaz,
    countries,
    orgs: orgMap,
    orgsByName: new Map([...orgMap.values()].map((o) => [o.name, o])),
    groups: groupMap,
    people: peopleMap,
    roles,
    importedRoles: importedPeople ? { get: (role: string, country?: string | null) => importedPeople.holders(role, country ?? null) } : undefined,
    importedPeople,
    nameVariants: variants,
    uniqueRoles,
    leaders,
    surnames,
    speech,
    clause,
    sectorNames: new Map(sectors.entries.map((s) => [s.code, s.name])),
    spellings,
  };
  return { kb, problems: c.problems };
}

/**
 * The imported people as a gazetteer fallback: at a capitalised word that starts some imported
 * name, the longest run of words (same sentence, ending on a capitalised word, lower-case
 * particles such as "bin" or "de" allowed inside) whose folded key names someone. Entries are
 * made once per key.
 */
function personFallback(mine: ReadonlyMap<string, PersonEntry[]>, index: ImportedPeople | null, variants: ReadonlyMap<string, string>): GazetteerFallback<Atom> {
  const made = new Map<string, GazetteerEntry<Atom>>();
  const mineFirst = new Set<string>();
  const mineParticles = new Set<string>();
  let mineMax = 0;
  for (const [key, people] of mine) {
    const words = key.split(' ');
    mineFirst.add(words[0]!);
    mineMax = Math.max(mineMax, words.length);
    for (const p of people) for (const n of [p.name, ...p.aliases]) for (const w of n.split(/\s+/)) if (/^\p{Ll}/u.test(w)) mineParticles.add(foldWord(w, variants));
  }
  // Words repeat: fold each distinct word key once (bounded), and answer each word of a document once.
  const folded = new Map<string, string>();
  const fold = (key: string): string => {
    let f = folded.get(key);
    if (f === undefined) {
      if (folded.size > 50_000) folded.clear();
      f = foldWord(key, variants);
      folded.set(key, f);
    }
    return f;
  };
  let memoWords: readonly Word[] | null = null;
  let memo: Array<GazetteerEntry<Atom> | null | undefined> = [];
  return {
    at(words: readonly Word[], i: number): GazetteerEntry<Atom> | null {
      if (words !== memoWords) {
        memoWords = words;
        memo = [];
      }
      let entry = memo[i];
      if (entry === undefined) {
        entry = find(words, i);
        memo[i] = entry;
      }
      return entry;
    },
  };

  function find(words: readonly Word[], i: number): GazetteerEntry<Atom> | null {
    const w = words[i];
    if (!w?.cap || w.punct) return null;
    let key = fold(w.key);
    const inMine = mineFirst.has(key);
    const inImported = index?.startsName(key) ?? false;
    if (!inMine && !inImported) return null;
    const max = Math.max(inMine ? mineMax : 0, inImported ? index!.maxWords : 0);
    let found: { key: string; end: number; people: PersonEntry[]; mine: boolean } | null = null;
    for (let j = i + 1; j < words.length && j - i < max; j++) {
      const x = words[j]!;
      if (x.sentence !== w.sentence || x.punct) break;
      const f = fold(x.key);
      key += ` ${f}`;
      // Inside a name, only the lower-case words names have ("bin", "de", "dos").
      if (!x.cap) {
        if (mineParticles.has(f) || index?.isParticle(f)) continue;
        break;
      }
      const own = inMine ? mine.get(key) : undefined;
      const people = own ?? (inImported ? index!.lookup(key) : []);
      if (people.length) found = { key, end: j + 1, people, mine: !!own };
    }
    if (!found) return null;
    let entry = made.get(found.key);
    if (!entry) {
      const span = words.slice(i, found.end);
      entry = {
        keys: span.map((x) => x.key),
        cases: span.map(() => 'any' as const),
        forms: span.map((x) => x.text),
        alias: span.map((x) => x.text).join(' '),
        value: { kind: 'person', people: found.people },
        // Below the compiled alias of the same length, which says the same thing with its case kept.
        priority: found.mine ? PRIORITY.person - 1 : PRIORITY.person - 2,
      };
      made.set(found.key, entry);
    }
    return entry;
  }
}

/** The file names the loader reads, relative to the data directory (for `check-data` and docs). */
export const ACTOR_DATA_FILES = [
  'kb/people.jsonl', 'kb/orgs.jsonl', 'kb/groups.jsonl',
  'lexicons/actors/agents.tsv', 'lexicons/actors/places.tsv', 'lexicons/actors/modifiers.tsv',
  'lexicons/actors/ethnic.tsv', 'lexicons/actors/coref.tsv', 'lexicons/actors/sectors.tsv',
] as const;

