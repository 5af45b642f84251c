/**
 * PETRARCH2 Phoenix actor dictionaries (TABARI syntax) to knowledge-base rows: people with
 * date-restricted CAMEO codes from `Phoenix.Countries.actors.txt`, organisations from
 * `Phoenix.International.actors.txt`, armed groups from `Phoenix.MilNonState.actors.txt`.
 *
 * Syntax: `#` starts a comment; an entry line is an upper-case phrase with `_` between words and an
 * optional `[CODE]`; `+PHRASE` lines are synonyms of the entry above; tab-indented
 * `[CODE YYMMDD-YYMMDD]` (or `>YYMMDD`, `<YYMMDD`) lines are its dated codes.
 */
import { readFileSync } from 'node:fs';
import { SECTOR_CODES } from '../../src/actors/schema.ts';
import { isLatinName, slugName } from '../../src/actors/names.ts';
import { cameoCountry, type Conventions } from './conventions.ts';
import { cameoDay } from './dates.ts';
import type { ImportedRole } from './everypolitician.ts';
import { drop, newReport, type SourceReport } from './report.ts';

/** A dictionary entry: its phrase, synonyms and codes as written. */
export interface DictEntry {
  phrase: string;
  synonyms: string[];
  codes: Array<{ code: string; dates: string }>;
  line: number;
}

const CODE = /\[([A-Z~]+)(?:\s+([^\]]*))?\]/g;

/** Parses TABARI dictionary text into entries (comments, blank lines and `!` substitutions skipped). */
export function parseDictionary(text: string): DictEntry[] {
  const out: DictEntry[] = [];
  let current: DictEntry | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replaceAll('\u001a', '').replaceAll('\ufffd', '').replace(/#.*$/, '');
    if (!line.trim()) return;
    const codes = [...line.matchAll(CODE)].map((m) => ({ code: m[1]!, dates: (m[2] ?? '').trim() }));
    const phrase = line.replace(CODE, '').trim();
    if (/^\s/.test(line) && !phrase) {
      if (current) current.codes.push(...codes);
      return;
    }
    if (phrase.startsWith('+')) {
      if (current) current.synonyms.push(phrase.slice(1).trim());
      current?.codes.push(...codes);
      return;
    }
    if (phrase.startsWith('!') || phrase.includes('=')) return;
    current = { phrase, synonyms: [], codes, line: i + 1 };
    out.push(current);
  });
  return out;
}

const SMALL = new Set(['of', 'the', 'for', 'and', 'in', 'on', 'to', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'del', 'van', 'von', 'da', 'bin', 'ibn', 'y', 'et', 'a']);

/** `UNITED_NATIONS_CHILDREN'S_FUND_` -> `United Nations Children's Fund`; acronyms in brackets are split off. */
export function phraseName(phrase: string): { name: string; acronym: string | null } {
  let s = phrase.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  let acronym: string | null = null;
  const m = /\s*\(([A-Z0-9&\-/.]{2,})\)\s*$/.exec(s);
  if (m) {
    acronym = m[1]!;
    s = s.slice(0, m.index).trim();
  }
  const name = s.split(' ').map((w, i) => {
    const lower = w.toLowerCase();
    if (i > 0 && SMALL.has(lower)) return lower;
    return lower.replace(/(^|[-'(])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()).replace(/'S\b/g, "'s");
  }).join(' ');
  return { name, acronym };
}

/** Entries kept from the organisation and armed-group dictionaries. */
export interface ImportedBody {
  id: string;
  name: string;
  aliases: string[];
  country: string;
  sector: string;
  kind: 'org' | 'group';
  startYear: string;
  endYear: string;
  source: string;
}

const SECTORS = new Set<string>(SECTOR_CODES);

function sectorOf(code: string, fallback: string): string {
  for (let i = 0; i + 3 <= code.length; i += 3) if (SECTORS.has(code.slice(i, i + 3)) && code.slice(i, i + 3) !== 'IGO' && code.slice(i, i + 3) !== 'NGO') return code.slice(i, i + 3);
  return fallback;
}

function names(r: SourceReport, e: DictEntry, where: string): { name: string; aliases: string[] } | null {
  const head = phraseName(e.phrase);
  const aliases = new Set<string>();
  if (head.acronym) aliases.add(head.acronym);
  for (const s of e.synonyms) {
    const n = phraseName(s);
    if (n.name.includes(' ') && isLatinName(n.name)) aliases.add(n.name);
    if (n.acronym) aliases.add(n.acronym);
  }
  let name = head.name;
  if (!name.includes(' ')) {
    // A one-word name written in capitals cannot be told from a common word ("CARE", "ORBIS").
    const longer = [...aliases].find((a) => a.includes(' '));
    if (!longer) {
      drop(r, 'one-word name (could be a common word)', `${where} ${e.phrase}`);
      return null;
    }
    name = longer;
  }
  if (!isLatinName(name)) {
    drop(r, 'no Latin name', where);
    return null;
  }
  aliases.delete(name);
  return { name, aliases: [...aliases].sort() };
}

/** Organisations (IGO/NGO) and national bodies of `Phoenix.International.actors.txt`. */
export function readInternational(file: string, conv: Conventions): { bodies: ImportedBody[]; report: SourceReport } {
  const r = newReport('petrarch2 Phoenix.International');
  const bodies: ImportedBody[] = [];
  for (const e of parseDictionary(readFileSync(file, 'utf8'))) {
    r.read++;
    const where = `International:${e.line}`;
    const code = e.codes[0]?.code;
    if (!code) { drop(r, 'no code', where); continue; }
    const head = code.slice(0, 3);
    if (head === 'MNC') { drop(r, 'company (MNC): no country to code', where); continue; }
    let country: string | null | undefined;
    let sector: string;
    if (head === 'IGO' || head === 'NGO') {
      country = head;
      // Organisations keep their own sector except courts (IGOUNOJUD...): the Doc contract codes them JUD.
      sector = code.includes('JUD') ? 'JUD' : head;
    } else {
      country = cameoCountry(conv, head);
      sector = sectorOf(code.slice(3), 'CVL');
    }
    if (!country) { drop(r, 'code with no country we code', `${where} ${code}`); continue; }
    const n = names(r, e, where);
    if (!n) continue;
    bodies.push({ id: `px-${slugName(n.name)}`, ...n, country, sector, kind: country === 'IGO' || country === 'NGO' ? 'org' : 'group', startYear: '', endYear: '', source: 'Phoenix.International' });
  }
  r.kept = bodies.length;
  return { bodies, report: r };
}

/** Non-state armed groups of `Phoenix.MilNonState.actors.txt`. */
export function readMilNonState(file: string, conv: Conventions): { bodies: ImportedBody[]; report: SourceReport } {
  const r = newReport('petrarch2 Phoenix.MilNonState');
  const bodies: ImportedBody[] = [];
  for (const e of parseDictionary(readFileSync(file, 'utf8'))) {
    r.read++;
    const where = `MilNonState:${e.line}`;
    const code = e.codes[0]?.code;
    if (!code) { drop(r, 'no code', where); continue; }
    const head = code.slice(0, 3);
    const country = head === 'IMG' || head === 'INT' ? 'IMG' : cameoCountry(conv, head);
    if (!country) { drop(r, 'region code, no country (e.g. WEU)', `${where} ${code}`); continue; }
    const n = names(r, e, where);
    if (!n) continue;
    bodies.push({ id: `px-${slugName(n.name)}`, ...n, country, sector: sectorOf(code.slice(3), 'REB'), kind: 'group', startYear: '', endYear: '', source: 'Phoenix.MilNonState' });
  }
  r.kept = bodies.length;
  return { bodies, report: r };
}

/** People of `Phoenix.Countries.actors.txt`: entries with dated codes (to about 2014). */
export function readCountryPeople(file: string, conv: Conventions): { roles: ImportedRole[]; report: SourceReport } {
  const r = newReport('petrarch2 Phoenix.Countries (people)');
  const roles: ImportedRole[] = [];
  for (const e of parseDictionary(readFileSync(file, 'utf8'))) {
    if (!e.codes.some((c) => c.dates)) continue; // countries, places and bodies: no dated codes
    r.read++;
    const where = `Countries:${e.line}`;
    const { name } = phraseName(e.phrase);
    if (!name.includes(' ')) { drop(r, 'one-word name', `${where} ${e.phrase}`); continue; }
    if (!isLatinName(name)) { drop(r, 'no Latin name', where); continue; }
    const id = `px-${slugName(name)}`;
    const mine: ImportedRole[] = [];
    for (const c of e.codes) {
      const country = cameoCountry(conv, c.code.slice(0, 3));
      if (!country) continue;
      const sector = sectorOf(c.code.slice(3), 'GOV');
      let start = '1950-01-01';
      let end: string | null = null;
      let approx = true;
      const range = /^(\d{6,8})-(\d{6,8})$/.exec(c.dates);
      const from = /^>(\d{6,8})$/.exec(c.dates);
      const until = /^<(\d{6,8})$/.exec(c.dates);
      if (range) { start = cameoDay(range[1]!) ?? ''; end = cameoDay(range[2]!); approx = false; }
      else if (from) { start = cameoDay(from[1]!) ?? ''; approx = false; }
      else if (until) { end = cameoDay(until[1]!); }
      else if (c.dates) continue;
      if (!start || (end !== null && end <= start)) continue;
      mine.push({ id, name, aliases: [], role: 'official', title: '', country, org: '', sector, start, end, approx, source: 'Phoenix.Countries' });
    }
    if (!mine.length) { drop(r, 'no code with a country and a readable period', where); continue; }
    // Dated codes first: an undated code is the fallback for days no dated code covers.
    mine.sort((a, b) => Number(a.start === '1950-01-01' && a.approx) - Number(b.start === '1950-01-01' && b.approx) || a.start.localeCompare(b.start));
    roles.push(...mine);
  }
  const ids = new Set<string>();
  for (const x of roles) {
    if (ids.has(x.id) && roles.find((y) => y.id === x.id)!.source !== x.source) continue;
    ids.add(x.id);
  }
  r.kept = ids.size;
  return { roles, report: r };
}
