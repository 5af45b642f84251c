import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import { statement } from '../statements.ts';

/** What a code is called and where it belongs. */
export interface CodeInfo {
  name: string;
  /** ISO alpha-3 for a country code, IGO/NGO for an organisation, null for an unplaced actor. */
  country: string | null;
  /** The one sector every stored actor with this code shares (IGO for NATO), else null. */
  sector: string | null;
}

interface ActorSqlRow {
  code: string;
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
}

let countryNames: Map<string, string> | null = null;

/**
 * A country's common English name from world-countries (`DEU` -> `Germany`), loaded on first need;
 * undefined for a code it does not know. Needed for a country whose stored actors are all agents or
 * people ("German government"): the store then has no row naming the country itself.
 *
 * @example
 * worldCountryName('RUS'); // 'Russia'
 */
export function worldCountryName(code: string): string | undefined {
  if (!countryNames) {
    const list = createRequire(import.meta.url)('world-countries') as { cca3: string; name: { common: string } }[];
    countryNames = new Map(list.map((c) => [c.cca3, c.name.common]));
  }
  return countryNames.get(code);
}

// Which stored actor names a code best: the country or organisation itself, then the actor whose
// id is the code (an unplaced person), then anyone.
function rank(row: ActorSqlRow): number {
  if (row.id === `country:${row.code}` || row.id === row.code) return 0;
  if (row.id.startsWith('org:')) return 1;
  return 2;
}

/**
 * Names, countries and sectors for actor codes, from the actors table (plus world-countries for a
 * country known only through its agents). A code the store does not hold is named by itself.
 *
 * @param db - The open connection.
 * @param codes - Codes as event_actors holds them (`RUS`, `NATO`, `person:~wendy-sherman`).
 * @returns A map with an entry for every code asked for.
 * @example
 * codeInfo(store.db, ['RUS', 'NATO']).get('NATO'); // { name: 'NATO', country: 'IGO', sector: 'IGO' }
 */
export function codeInfo(db: Database.Database, codes: readonly string[]): Map<string, CodeInfo> {
  const unique = [...new Set(codes)];
  const rows = unique.length
    ? statement(db, `SELECT code, id, name, country, sector FROM actors
        WHERE code IN (SELECT value FROM json_each(@codes)) ORDER BY id`).all({ codes: JSON.stringify(unique) }) as ActorSqlRow[]
    : [];
  const byCode = new Map<string, ActorSqlRow[]>();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  const out = new Map<string, CodeInfo>();
  for (const code of unique) {
    const actors = (byCode.get(code) ?? []).sort((x, y) => rank(x) - rank(y));
    const best = actors[0];
    const sectors = new Set(actors.map((a) => a.sector));
    const country = best?.country ?? (/^[A-Z]{3}$/.test(code) ? code : null);
    const name = best && rank(best) < 2 ? best.name : (worldCountryName(code) ?? best?.name ?? code);
    out.set(code, { name, country, sector: sectors.size === 1 ? [...sectors][0]! : null });
  }
  return out;
}
