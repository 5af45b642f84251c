/**
 * The places component: finds place names in the text and resolves each to a gazetteer city, a region
 * or a country, under `spans.places`. It reads `spans.actors` to keep apart what is not a place (a
 * person or organisation of the same name, a capital standing for its government) and `spans.timex`
 * for months ("March"). The actor stage's own words for places are not tagged twice: a place word it
 * marked as a country or region is resolved here to the place itself.
 */
import type { ActorMention, Doc, PlaceMention, Token } from '../doc/index.ts';
import type { Component } from '../nlp/pipeline.ts';
import { distanceKm, foldPlace, type Gazetteer, type Region } from './gazetteer.ts';

/** Prepositions after which a name is a place. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'from', 'into', 'towards', 'toward', 'through', 'throughout', 'outskirts', 'visited', 'visiting', 'visit', 'visits', 'nearby']);
/** `north of X`, `20km south-east of X`, `outskirts of X`, `city of X`. */
const OF_CUES = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north east', 'north west', 'south east', 'south west', 'outskirts', 'city', 'town', 'village', 'suburbs', 'centre', 'center', 'region', 'province', 'port', 'capital']);
/** A word after a name that makes it a region: `the Donetsk region`, `Kharkiv oblast`. */
const REGION_WORDS = new Set(['region', 'regions', 'oblast', 'oblasts', 'province', 'provinces', 'governorate', 'state', 'district', 'county', 'prefecture', 'krai', 'territory']);
/** Words that may sit inside a multi-word place name uncapitalised (`Rostov-on-Don`, `Sant'Antonio de la Sierra`). */
const CONNECTORS = new Set(['on', 'na', 'de', 'del', 'la', 'le', 'el', 'al', 'am', 'an', 'der', 'di', 'da', 'do', 'dos', 'das', 'of', 'upon', 'sur', 'en', '-', '.', "'", '’']);

/** Options for {@link createPlaceTagger}. */
export interface PlaceTaggerOptions {
  /** Population under which a city needs a cue or its country in the article (default 15,000). */
  minPopulationWithoutCue?: number;
}

interface Candidate {
  start: number;
  end: number;
  key: string;
  sentence: number;
  cue: string | null;
  /** `X, Region`: the region or country the text puts it in. */
  within: { country: string; region: Region | null; text: string } | null;
  /** `the X region`. */
  regionWord: boolean;
  /** Sentence-initial without a cue. */
  initial: boolean;
  /** The actor stage marked it as a place (country name, region, capital as place). */
  actorPlace: ActorMention | null;
}

const isCap = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** The actor mention overlapping `[start, end)`, if any. */
function overlapping(actors: readonly ActorMention[], start: number, end: number): ActorMention | null {
  for (const a of actors) if (a.start < end && start < a.end) return a;
  return null;
}

/** The cue before token `i` in its sentence: `in`, `near`, `north of`, `visited`. */
function cueBefore(tokens: readonly Token[], i: number, first: number): string | null {
  let j = i - 1;
  if (j >= first && (tokens[j]!.norm === 'the')) j--;
  if (j < first) return null;
  const w = tokens[j]!.norm;
  if (LOCATIVE.has(w)) return w;
  if (w === 'of' && j - 1 >= first) {
    const d = tokens[j - 1]!.norm.replace(/-/g, ' ');
    if (OF_CUES.has(d)) return `${d} of`;
  }
  return null;
}

/** The dateline at the article's start: `KYIV (Reuters) -`, `WASHINGTON, Dec 28 (Reuters) -`, `MOSCOW -`. */
const DATELINE = /^\s*([A-Z][A-Z'’. -]{1,40}?[A-Z])(?:\s*,\s*([A-Z][A-Za-z. ]{1,30}?))?\s*(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}\s*)?(?:\([^)]{1,40}\)\s*)?[-–—]/;

/**
 * Creates the `places` component.
 *
 * @example
 * const places = createPlaceTagger(loadGazetteer(dataDir).gazetteer);
 * createPipeline([segmenter, actors, timex, places]).run(doc);
 * doc.spans.places; // [{ name: 'Kharkiv', geonameid: 706483, country: 'UKR', precision: 'city', ... }]
 */
export function createPlaceTagger(gazetteer: Gazetteer, options: PlaceTaggerOptions = {}): Component {
  return {
    name: 'places',
    assigns: ['places'],
    requires: ['sentences', 'tokens', 'actors', 'timex'],
    run(doc) {
      doc.spans.places = tagPlaces(doc, gazetteer, options);
    },
  };
}

/**
 * Finds and resolves the place mentions of a segmented Doc whose actors and time expressions are tagged.
 * Pure: returns the mentions, in text order, without changing the Doc.
 */
export function tagPlaces(doc: Doc, g: Gazetteer, options: PlaceTaggerOptions = {}): PlaceMention[] {
  const minPop = options.minPopulationWithoutCue ?? 15000;
  const actors = doc.spans.actors ?? [];
  const timex = doc.spans.timex ?? [];
  const tokens = doc.tokens;
  const out: PlaceMention[] = [];
  const cands: Candidate[] = [];

  // Evidence: the article's countries, counted from its actors.
  const countries = new Map<string, number>();
  // A name that is a city in several countries ("Tripoli") says nothing about which one the article means.
  for (const a of actors) {
    if (!a.actor.country || !/^[A-Z]{3}$/.test(a.actor.country)) continue;
    const rows = g.cityIndex.get(foldPlace(doc.text.slice(a.start, a.end)));
    if (rows && rows.some((r) => g.countries[r] !== g.countries[rows[0]!])) continue;
    countries.set(a.actor.country, (countries.get(a.actor.country) ?? 0) + 1);
  }

  // The dateline.
  let datelineEnd = -1;
  const m = DATELINE.exec(doc.text.slice(0, 120));
  if (m) {
    const nameStart = doc.text.indexOf(m[1]!);
    const key = foldPlace(m[1]!);
    const within = m[2] ? regionOrCountry(g, foldPlace(m[2]), m[2]) : null;
    const rows = g.cityIndex.get(key);
    if (rows) {
      const best = pick(g, key, rows, { countries, regions: new Set() }, within, true);
      if (best !== null) {
        out.push(cityMention(g, key, best, nameStart, nameStart + m[1]!.length, 0, 'dateline', 'rule:places/dateline', `"${m[1]}" opens the article as its dateline`));
        datelineEnd = nameStart + m[1]!.length;
        countries.set(g.countries[best]!, (countries.get(g.countries[best]!) ?? 0) + 3);
      }
    }
  }

  // Candidates: runs of capitalised tokens that name a city or a region.
  doc.sentences.forEach((s, si) => {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i]!;
      if (!isCap(t) || t.end <= datelineEnd || !g.firstWords.has(foldPlace(t.text))) continue;
      let found: { end: number; key: string; endTok: number } | null = null;
      for (let j = i; j < Math.min(s.endToken, i + g.maxWords * 2); j++) {
        const tj = tokens[j]!;
        if (j > i && !isCap(tj) && !CONNECTORS.has(tj.norm)) break;
        if (!isCap(tj)) continue;
        const key = foldPlace(doc.text.slice(t.start, tj.end));
        if (g.cityIndex.has(key) || g.regionIndex.has(key) || g.countryIndex.has(key)) found = { end: tj.end, key, endTok: j };
      }
      if (!found) continue;
      const next = tokens[found.endTok + 1];
      const prev = i > s.firstToken ? tokens[i - 1] : undefined;
      // Part of a longer name: "Paris Hilton", "the Kyiv Independent", "New Paris" not in the gazetteer.
      if (next && next.sentence === si && isCap(next) && !REGION_WORDS.has(next.norm) && next.start === found.end + 1) { i = found.endTok; continue; }
      if (prev && isCap(prev) && prev.pos === 'PROPN' && prev.end + 1 === t.start && !LOCATIVE.has(prev.norm) && t.start > datelineEnd + 3) { i = found.endTok; continue; }
      if (timex.some((x) => x.start < found.end && t.start < x.end)) { i = found.endTok; continue; }
      const cue = cueBefore(tokens, i, s.firstToken);
      // "the Donetsk and Luhansk regions": both are regions.
      const after = next?.norm === 'and' ? tokens[found.endTok + 3] : undefined;
      const regionWord = !!next && next.sentence === si && (REGION_WORDS.has(next.norm) || (!!after && after.sentence === si && /s$/.test(after.norm) && REGION_WORDS.has(after.norm)));
      let within: Candidate['within'] = null;
      if (next?.text === ',' && tokens[found.endTok + 2] && isCap(tokens[found.endTok + 2]!)) {
        const a = tokens[found.endTok + 2]!;
        // The region may have up to three words ("New Mexico", "District of Columbia").
        for (let k = found.endTok + 2; k < Math.min(s.endToken, found.endTok + 5); k++) {
          const w = regionOrCountry(g, foldPlace(doc.text.slice(a.start, tokens[k]!.end)), doc.text.slice(a.start, tokens[k]!.end));
          if (w) within = w;
        }
      }
      const actor = overlapping(actors, t.start, found.end);
      cands.push({
        start: t.start, end: found.end, key: found.key, sentence: si, cue, within, regionWord,
        initial: i === s.firstToken || /^["“‘'(]$/.test(prev?.text ?? ''),
        actorPlace: actor,
      });
      i = found.endTok;
    }
  });

  // Evidence: regions the article names ("Texas", "the Donetsk region").
  const regionsNamed = new Set<string>();
  for (const c of cands) {
    if (c.within?.region) regionsNamed.add(`${c.within.region.country}\t${c.within.region.admin1}`);
    const rs = (c.regionWord || !g.cityIndex.has(c.key)) ? g.regionIndex.get(c.key) : undefined;
    if (rs?.length === 1) regionsNamed.add(`${rs[0]!.country}\t${rs[0]!.admin1}`);
  }
  const evidence: Evidence = { countries, regions: regionsNamed };

  for (const c of cands) {
    const text = doc.text.slice(c.start, c.end);
    const strong = c.cue !== null || c.within !== null || c.regionWord;
    const a = c.actorPlace;
    if (a) {
      // A person, organisation or group of the same name, or a capital standing for its government.
      const placeRule = a.rule === 'rule:country-name' || a.rule === 'rule:region' || a.rule === 'rule:capital-as-place';
      if (!placeRule && !(a.rule === 'rule:capital-for-government' && (c.within || c.cue))) continue;
      if (a.rule === 'rule:country-name' && !c.cue) continue;
      if (a.rule === 'rule:country-name') {
        const country = g.countryByCode.get(a.actor.country ?? '');
        if (country) out.push({ label: 'PLACE', start: c.start, end: c.end, sentence: c.sentence, cue: c.cue, name: country.name, geonameid: null, country: country.code, admin1: null, lat: country.lat, lon: country.lon, precision: 'country', rule: 'rule:places/country', reason: `"${text}" after "${c.cue}" names the country` });
        continue;
      }
    }
    // "from the West", "in the Normandy format": a listed word after "the" is not a place even after a cue.
    if (g.notPlaces.has(c.key) && (!strong || (c.cue && doc.text.slice(Math.max(0, c.start - 4), c.start).toLowerCase() === 'the '))) continue;
    if (c.regionWord || (!g.cityIndex.has(c.key) && g.regionIndex.has(c.key))) {
      const regions = g.regionIndex.get(c.key);
      if (regions) {
        const r = [...regions].sort((x, y) => (countries.get(y.country) ?? 0) - (countries.get(x.country) ?? 0))[0]!;
        if (!c.regionWord && !strong && !countries.has(r.country)) continue;
        out.push({ label: 'PLACE', start: c.start, end: c.end, sentence: c.sentence, cue: c.regionWord ? 'region' : c.cue, name: r.name, geonameid: null, country: r.country, admin1: r.name, lat: r.lat, lon: r.lon, precision: 'region', rule: 'rule:places/region', reason: `"${text}"${c.regionWord ? ' before a region word' : ''} names a region of ${r.country}` });
        continue;
      }
    }
    const rows = g.cityIndex.get(c.key);
    if (!rows) continue;
    const best = pick(g, c.key, rows, evidence, c.within, false, out);
    if (best === null) continue;
    if (c.within && !(g.countries[best] === c.within.country && (!c.within.region || g.admin1[best] === c.within.region.admin1))) c.within = null;
    const pop = g.population[best]!;
    const known = countries.has(g.countries[best]!);
    if (!strong && !a && pop < minPop && !known) continue;
    if (c.initial && !strong && !a && pop < 100000 && !known) continue;
    const how = c.within ? `"${text}, ${c.within.text}"` : c.cue ? `"${c.cue} ${text}"` : a ? `"${text}" (a place the actor stage knows)` : `"${text}"`;
    out.push(cityMention(g, c.key, best, c.start, c.end, c.sentence, c.cue ?? (c.within ? `, ${c.within.text}` : null),
      c.within ? 'rule:places/x-comma-region' : c.cue ? 'rule:places/cue' : 'rule:places/name',
      `${how}: ${g.names[best]} (${g.countries[best]}${regionName(g, best) ? `, ${regionName(g, best)}` : ''}, population ${pop})`));
  }
  return out.sort((x, y) => x.start - y.start);
}

function regionName(g: Gazetteer, row: number): string | null {
  return g.regionByCode.get(`${g.countries[row]}\t${g.admin1[row]}`)?.name ?? null;
}

function regionOrCountry(g: Gazetteer, key: string, text: string): Candidate['within'] {
  const regions = g.regionIndex.get(key);
  if (regions?.length) return { country: regions[0]!.country, region: regions.length === 1 ? regions[0]! : null, text };
  const country = g.countryIndex.get(key);
  return country ? { country, region: null, text } : null;
}

/** What the rest of the article says: its countries (with how often) and the regions it names. */
interface Evidence {
  countries: ReadonlyMap<string, number>;
  regions: ReadonlySet<string>;
}

const FEATURE_BONUS: Record<string, number> = { PPLC: 2, PPLA: 1, PPLA2: 0.5 };

/**
 * Chooses among same-named places: within the stated region or country first, then by
 * log-population, seat of government, the article's countries and closeness to places already found.
 */
function pick(g: Gazetteer, key: string, rows: readonly number[], evidence: Evidence, within: Candidate['within'], dateline: boolean, found: readonly PlaceMention[] = []): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  const { countries, regions } = evidence;
  const inside = (r: number): boolean => !!within && g.countries[r] === within.country && (!within.region || g.admin1[r] === within.region.admin1);
  // "Kyiv, Kharkiv and other cities" is a list, not "X, Region": the region counts only when it holds a candidate.
  const restrict = !!within && rows.some(inside);
  for (const r of rows) {
    if (restrict && !inside(r)) continue;
    let score = 1.5 * Math.log10(g.population[r]! + 1) + (FEATURE_BONUS[g.features[r]!] ?? 0);
    if (dateline && g.features[r] === 'PPLC') score += 2;
    if (g.aliasIndex.get(key)?.includes(r)) score += 2;
    if (countries.has(g.countries[r]!)) score += 2.5 + Math.min(1, 0.5 * Math.log2(countries.get(g.countries[r]!)!));
    if (regions.has(`${g.countries[r]}\t${g.admin1[r]}`)) score += 2.5;
    if (found.some((p) => p.precision === 'city' && distanceKm(p.lat, p.lon, g.lat[r]!, g.lon[r]!) < 300)) score += 1.5;
    if (score > bestScore) {
      bestScore = score;
      best = r;
    }
  }
  return best;
}

function cityMention(g: Gazetteer, key: string, row: number, start: number, end: number, sentence: number, cue: string | null, rule: string, reason: string): PlaceMention {
  return {
    label: 'PLACE', start, end, sentence, cue, name: g.aliasNames.get(`${key}\t${row}`) ?? g.names[row]!, geonameid: g.ids[row]!, country: g.countries[row]!,
    admin1: regionName(g, row), lat: Math.round(g.lat[row]! * 1e4) / 1e4, lon: Math.round(g.lon[row]! * 1e4) / 1e4, precision: 'city', rule, reason,
  };
}
