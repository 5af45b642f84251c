/**
 * Actor references as users write them (`rus`, `Russia`, `Russian`, `IGO`, `person:sergey-lavrov`)
 * resolved to what `event_actors` holds, so every filter that names actors accepts the same forms.
 */
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import { statement } from '../statements.ts';
import { ACTOR_CLASS_CODES, FilterValueError } from './filter-spec.ts';

/** Which event_actors column an actor reference matches, and the value. */
export interface ActorMatch {
  /** `code` (RUS, NATO), `actor_id` (person:sergey-lavrov) or `country` (a class code such as IGO). */
  column: 'code' | 'actor_id' | 'country';
  value: string;
}

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

interface CountryIndex {
  codes: Set<string>;
  /** Lower-cased common and official names, other spellings and English demonyms -> ISO alpha-3. */
  codeByName: Map<string, string>;
}

let countryIndex: CountryIndex | null = null;

// world-countries, read on first need: a constant table, the same for every store.
function countries(): CountryIndex {
  if (countryIndex) return countryIndex;
  const list = createRequire(import.meta.url)('world-countries') as WorldCountry[];
  const codeByName = new Map<string, string>();
  for (const c of list) {
    const demonyms = c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
    for (const name of [c.name.common, c.name.official, ...c.altSpellings, ...demonyms]) {
      // The first country to claim a spelling keeps it (the list is alphabetical by code).
      const key = name.toLowerCase();
      if (!codeByName.has(key)) codeByName.set(key, c.cca3);
    }
  }
  countryIndex = { codes: new Set(list.map((c) => c.cca3)), codeByName };
  return countryIndex;
}

// A code is one word of letters, digits, dots or dashes (RUS, NATO, EU, G7); a name may be anything.
const CODE_SHAPE = /^[\p{L}\p{N}.-]{2,20}$/u;

// A stored actor by name: a country or organisation stands for its code (every actor under it), any
// other actor (a person, "Russian government") for itself.
function byStoredName(db: Database.Database, name: string): ActorMatch[] {
  const rows = statement(db, 'SELECT id, code FROM actors WHERE name = ? COLLATE NOCASE ORDER BY id').all(name) as { id: string; code: string }[];
  return rows.map((r): ActorMatch => (r.id.startsWith('country:') || r.id.startsWith('org:') || r.id === r.code
    ? { column: 'code', value: r.code }
    : { column: 'actor_id', value: r.id }));
}

function resolveOne(db: Database.Database, ref: string): ActorMatch[] {
  const text = ref.trim();
  if (text.includes(':')) {
    const row = statement(db, 'SELECT id FROM actors WHERE id = ? COLLATE NOCASE ORDER BY id = ? DESC LIMIT 1').get(text, text) as { id: string } | undefined;
    return row ? [{ column: 'actor_id', value: row.id }] : [];
  }
  const upper = text.toUpperCase();
  if (ACTOR_CLASS_CODES.includes(upper)) return [{ column: 'country', value: upper }];
  if (CODE_SHAPE.test(text)) {
    // An ISO country the store has not seen is still a real code; its answer is simply empty.
    const stored = statement(db, 'SELECT 1 FROM actors WHERE code = ? LIMIT 1').get(upper) !== undefined;
    if (stored || countries().codes.has(upper)) return [{ column: 'code', value: upper }];
  }
  const named = byStoredName(db, text);
  if (named.length) return named;
  const key = text.toLowerCase();
  const byName = countries().codeByName;
  // "Russians" are the people of Russia as "Russian" is its adjective.
  const country = byName.get(key) ?? (key.endsWith('s') ? byName.get(key.slice(0, -1)) : undefined);
  return country ? [{ column: 'code', value: country }] : [];
}

/**
 * Resolves actor references to what event_actors holds: a code in any case (`rus` -> RUS), a class
 * code (`IGO`: every international organisation), an actor id in any case, the name of a stored actor
 * (`Sergey Lavrov`, `Russian government`), or a country's name, official name, other spelling or
 * English demonym from world-countries (`Russia`, `Russian Federation`, `UK`, `Russian`).
 *
 * @param db - The open connection.
 * @param filter - The filter the references came from, for the error.
 * @param refs - The references.
 * @returns Per reference, its matches (several when stored actors share a name).
 * @throws FilterValueError (`E_USAGE_BAD_FILTER`) naming the first reference nothing matches: an
 *   unknown name must not look like an actor without events.
 * @example
 * resolveActorRefs(db, 'actor', ['russia', 'igo']); // [[{ column: 'code', value: 'RUS' }], [{ column: 'country', value: 'IGO' }]]
 */
export function resolveActorRefs(db: Database.Database, filter: 'actor' | 'dyad', refs: readonly string[]): ActorMatch[][] {
  return refs.map((ref) => {
    const matches = resolveOne(db, ref);
    if (!matches.length) {
      throw new FilterValueError({ filter, value: ref, reason: 'no actor has this code, id or name; use a code (RUS, NATO, IGO), an actor id or a name such as Russia' });
    }
    return matches;
  });
}

/** One actor completion: what to put in the filter and what it stands for. */
export interface ActorSuggestion {
  /** The filter value: a code (RUS, NATO, IGO) or, for a person or agent, the actor id. */
  code: string;
  name: string;
}

const CLASS_NAMES: Readonly<Record<string, string>> = {
  IGO: 'every international organisation', NGO: 'every non-governmental organisation', IMG: 'every transnational armed group',
};

/**
 * Completions for an actor box: stored countries and organisations first (by code, then name), then
 * people and other actors, whose code or a word of whose name starts with `prefix`, any case.
 *
 * @param db - The open connection.
 * @param prefix - What the user typed so far (`Rus`).
 * @param limit - Most suggestions.
 * @returns Codes (or ids) with names; class codes (IGO) when the store has such actors.
 * @example
 * suggestActors(store.db, 'rus', 5); // [{ code: 'RUS', name: 'Russia' }, { code: 'agent:RUS-GOV', name: 'Russian government' }, ...]
 */
export function suggestActors(db: Database.Database, prefix: string, limit: number): ActorSuggestion[] {
  const text = prefix.trim();
  if (text === '') return [];
  const like = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = statement(db, `SELECT id, code, name, country,
      CASE WHEN id LIKE 'country:%' OR id LIKE 'org:%' OR id = code THEN 0 ELSE 1 END AS kind,
      CASE WHEN code = @upper THEN 0 WHEN code LIKE @prefix ESCAPE '\\' THEN 1 WHEN name LIKE @prefix ESCAPE '\\' THEN 2 ELSE 3 END AS fit
    FROM actors
    WHERE code LIKE @prefix ESCAPE '\\' OR name LIKE @prefix ESCAPE '\\' OR name LIKE @word ESCAPE '\\' OR name LIKE @hyphen ESCAPE '\\'
    ORDER BY kind, fit, name, id LIMIT @scan`).all({ upper: text.toUpperCase(), prefix: `${like}%`, word: `% ${like}%`, hyphen: `%-${like}%`, scan: limit * 4 }) as
    { id: string; code: string; name: string; country: string | null; kind: number; fit: number }[];
  const out: ActorSuggestion[] = [];
  const seen = new Set<string>();
  const add = (code: string, name: string): void => {
    if (out.length < limit && !seen.has(code)) {
      seen.add(code);
      out.push({ code, name });
    }
  };
  const upper = text.toUpperCase();
  for (const cls of ACTOR_CLASS_CODES) {
    if (cls.startsWith(upper) && statement(db, 'SELECT 1 FROM event_actors WHERE country = ? LIMIT 1').get(cls)) add(cls, CLASS_NAMES[cls] ?? cls);
  }
  for (const r of rows) add(r.kind === 0 ? r.code : r.id, r.name);
  return out;
}
