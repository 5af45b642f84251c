/**
 * The gazetteer: GeoNames populated places (`data/gazetteer/cities.tsv`, built by
 * `npm run gazetteer:build`), first-order regions (`admin1.tsv`), English names GeoNames' main name
 * lacks (`aliases.tsv`), words that are places only after a cue (`not-places.tsv`) and countries
 * (world-countries). Held column-wise in typed arrays and indexed by folded name, so it loads once per
 * process in a few hundred milliseconds and a few tens of megabytes.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import { problem, type Problem, DatelineError } from '../errors.ts';
import { loadTsv, readDataFile, type LoadDataOptions } from '../lib/data-files.ts';
import { foldLetters } from '../lib/fold.ts';

/** The files under `data/` the gazetteer reads, for error messages and docs. */
export const GAZETTEER_DATA_FILES = ['gazetteer/cities.tsv', 'gazetteer/admin1.tsv', 'gazetteer/aliases.tsv', 'gazetteer/not-places.tsv'] as const;

/** A first-order region (GeoNames admin1). */
export interface Region {
  country: string;
  admin1: string;
  name: string;
  lat: number;
  lon: number;
}

/** A country as a place: its common English name and a representative point. */
export interface CountryPlace {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

/** The loaded gazetteer. Cities are rows `0..size-1` of the column arrays. */
export interface Gazetteer {
  size: number;
  ids: Int32Array;
  names: string[];
  countries: string[];
  features: string[];
  admin1: string[];
  lat: Float32Array;
  lon: Float32Array;
  population: Uint32Array;
  /** Folded name (main name or alias) -> city rows. */
  cityIndex: Map<string, number[]>;
  /** Folded alias (`aliases.tsv`) -> the city rows it names: news means these when it writes the alias. */
  aliasIndex: Map<string, number[]>;
  /** `folded alias\trow` -> the alias as written in `aliases.tsv` (an English name to show). */
  aliasNames: Map<string, string>;
  /** Folded region name -> regions. */
  regionIndex: Map<string, Region[]>;
  /** `ISO3\tadmin1` -> region. */
  regionByCode: Map<string, Region>;
  /** ISO3 -> country. */
  countryByCode: Map<string, CountryPlace>;
  /** Folded country name -> ISO3. */
  countryIndex: Map<string, string>;
  /** Folded words that are places only after a cue. */
  notPlaces: Set<string>;
  /** The folded first word of every indexed city, region and country name: a quick test before a look-up. */
  firstWords: Set<string>;
  /** The most words any indexed name has. */
  maxWords: number;
}

/** The gazetteer and the bad entries skipped while loading it. */
export interface LoadedGazetteer {
  gazetteer: Gazetteer;
  problems: Problem[];
}


/**
 * Folds a place name for look-up: lower case, no diacritics, no apostrophes or dots, hyphens and
 * runs of spaces as one space (`Zürich` = `Zurich`, `Slov'yans'k` = `Slovyansk`, `Rostov-na-Donu` = `Rostov na Donu`).
 *
 * @example
 * foldPlace('Genève'); // 'geneve'
 */
export function foldPlace(name: string): string {
  return foldLetters(name).replace(/['\u2018\u2019\u02bc\u02bb`\u00b4.]/g, '').replace(/[\s\-_/,]+/g, ' ').trim();
}

const AliasSchema = z.object({ alias: z.string().min(1), geonameid: z.coerce.number().int().positive(), note: z.string().optional() });
const NotPlaceSchema = z.object({ word: z.string().min(1), note: z.string().optional() });
const RegionNameSchema = z.object({ country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO-3166 alpha-3 code'), admin1: z.string().min(1), name: z.string().min(1), aliases: z.string().optional() });

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Codes world-countries gives differently from PLOVER. */
const CODE_FIX: Record<string, string> = { UNK: 'KOS' };

function loadCountries(g: Pick<Gazetteer, 'countryByCode' | 'countryIndex'>): void {
  const list = createRequire(import.meta.url)('world-countries') as { cca3: string; name: { common: string; official: string }; latlng: [number, number]; altSpellings: string[] }[];
  for (const c of list) {
    const code = CODE_FIX[c.cca3] ?? c.cca3;
    g.countryByCode.set(code, { code, name: c.name.common, lat: c.latlng[0], lon: c.latlng[1] });
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)]) {
      const key = foldPlace(n);
      if (key && !g.countryIndex.has(key)) g.countryIndex.set(key, code);
    }
  }
}

/**
 * Loads the gazetteer from `dataDir` (default the package's `data/`). A bad row is a problem naming
 * file and line and is skipped; `strict` throws on the first.
 *
 * @throws DatelineError `E_DATA_PARSE` when a file cannot be read.
 * @example
 * const { gazetteer } = loadGazetteer(dataDir);
 * gazetteer.cityIndex.get('kharkiv'); // [row]
 */
export function loadGazetteer(dataDir: string, options: LoadDataOptions = {}): LoadedGazetteer {
  const problems: Problem[] = [];
  const file = join(dataDir, 'gazetteer', 'cities.tsv');
  const lines = readDataFile(file).split('\n');
  const n = lines.length;
  const g: Gazetteer = {
    size: 0, ids: new Int32Array(n), names: [], countries: [], features: [], admin1: [],
    lat: new Float32Array(n), lon: new Float32Array(n), population: new Uint32Array(n),
    cityIndex: new Map(), aliasIndex: new Map(), aliasNames: new Map(), regionIndex: new Map(), regionByCode: new Map(), countryByCode: new Map(), countryIndex: new Map(),
    notPlaces: new Set(), firstWords: new Set(), maxWords: 1,
  };
  const intern = new Map<string, string>();
  const one = (s: string): string => {
    const seen = intern.get(s);
    if (seen !== undefined) return seen;
    intern.set(s, s);
    return s;
  };
  const bad = (line: number, field: string, detail: string): void => {
    if (options.strict) throw new DatelineError('E_DATA_ENTRY', { detail }, { file, line, field });
    problems.push(problem('E_DATA_ENTRY', { detail }, { file, line, field }));
  };
  const rowById = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const text = lines[i]!;
    if (!text || text.startsWith('#') || text.startsWith('geonameid\t')) continue;
    const c = text.split('\t');
    const id = Number(c[0]);
    const lat = Number(c[5]);
    const lon = Number(c[6]);
    const pop = Number(c[7]);
    if (c.length !== 8 || !Number.isInteger(id) || id <= 0) { bad(i + 1, 'geonameid', 'expected 8 columns starting with a positive geonameid'); continue; }
    if (!c[1]) { bad(i + 1, 'name', 'expected a name'); continue; }
    if (!/^[A-Z]{3}$/.test(c[2]!)) { bad(i + 1, 'country', 'expected an ISO-3166 alpha-3 code'); continue; }
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) { bad(i + 1, 'lat', 'expected a latitude and longitude in degrees'); continue; }
    if (!Number.isInteger(pop) || pop < 0) { bad(i + 1, 'population', 'expected a whole number'); continue; }
    const row = g.size++;
    g.ids[row] = id;
    g.names.push(c[1]!);
    g.countries.push(one(c[2]!));
    g.features.push(one(c[3]!));
    g.admin1.push(one(c[4]!));
    g.lat[row] = lat;
    g.lon[row] = lon;
    g.population[row] = pop;
    rowById.set(id, row);
    push(g.cityIndex, foldPlace(c[1]!), row);
  }

  const aliasFile = join(dataDir, 'gazetteer', 'aliases.tsv');
  const aliases = loadTsv(aliasFile, AliasSchema, options);
  problems.push(...aliases.problems);
  aliases.entries.forEach((a, i) => {
    const row = rowById.get(a.geonameid);
    if (row === undefined) {
      const p = { detail: `no place with geonameid ${a.geonameid} in cities.tsv` };
      const at = { file: aliasFile, line: aliases.lines[i]!, field: 'geonameid' };
      if (options.strict) throw new DatelineError('E_DATA_ENTRY', p, at);
      problems.push(problem('E_DATA_ENTRY', p, at));
      return;
    }
    push(g.cityIndex, foldPlace(a.alias), row);
    push(g.aliasIndex, foldPlace(a.alias), row);
    g.aliasNames.set(`${foldPlace(a.alias)}\t${row}`, a.alias);
  });

  // Regions: the generated admin1.tsv, plus the hand-written names' aliases.
  const regionFile = join(dataDir, 'gazetteer', 'admin1.tsv');
  for (const [i, text] of readDataFile(regionFile).split('\n').entries()) {
    if (!text || text.startsWith('#') || text.startsWith('country\t')) continue;
    const [country, admin1, name, lat, lon] = text.split('\t');
    if (!country || !admin1 || !name || !Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon))) {
      const at = { file: regionFile, line: i + 1, field: '(row)' };
      if (options.strict) throw new DatelineError('E_DATA_ENTRY', { detail: 'expected country, admin1, name, lat, lon' }, at);
      problems.push(problem('E_DATA_ENTRY', { detail: 'expected country, admin1, name, lat, lon' }, at));
      continue;
    }
    const region: Region = { country, admin1, name, lat: Number(lat), lon: Number(lon) };
    g.regionByCode.set(`${country}\t${admin1}`, region);
    push(g.regionIndex, foldPlace(name), region);
  }
  const named = loadTsv(join(dataDir, 'gazetteer', 'admin1-names.tsv'), RegionNameSchema, options);
  problems.push(...named.problems);
  for (const r of named.entries) {
    const region = g.regionByCode.get(`${r.country}\t${r.admin1}`);
    if (!region) continue;
    for (const alias of (r.aliases ?? '').split('|').filter(Boolean)) push(g.regionIndex, foldPlace(alias), region);
  }

  const stop = loadTsv(join(dataDir, 'gazetteer', 'not-places.tsv'), NotPlaceSchema, options);
  problems.push(...stop.problems);
  for (const w of stop.entries) g.notPlaces.add(foldPlace(w.word));

  loadCountries(g);
  for (const key of [...g.cityIndex.keys(), ...g.regionIndex.keys(), ...g.countryIndex.keys()]) {
    const space = key.indexOf(' ');
    g.firstWords.add(space < 0 ? key : key.slice(0, space));
    const words = key.split(' ').length;
    if (words > g.maxWords && words <= 5) g.maxWords = words;
  }
  // Free the spare capacity of the typed arrays (the file had comment and header lines).
  g.ids = g.ids.slice(0, g.size);
  g.lat = g.lat.slice(0, g.size);
  g.lon = g.lon.slice(0, g.size);
  g.population = g.population.slice(0, g.size);
  return { gazetteer: g, problems };
}

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}
