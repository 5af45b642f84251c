/**
 * EveryPolitician office-holder tables (Wikidata facts) to dated roles: `<repo>/holders21.csv` with
 * the country from `meta.json`, the international posts of `world/`, and the heads of state and
 * government of `world-leaders-2021/wikidata.csv`. Trusts the Wikidata id over the label (a label
 * sharing no word with the English Wikipedia title is taken as vandalised), keeps Latin names only,
 * deduplicates, and closes a missing end with the successor's start in a post held by one person.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { isLatinName, noWordInCommon } from '../../src/actors/names.ts';
import { countryOf, positionRule, type Conventions } from './conventions.ts';
import { endDay, startDay } from './dates.ts';
import { drop, newReport, note, type SourceReport } from './report.ts';

/** One dated role of an imported person (a row of `data/kb/imported/people.tsv`). */
export interface ImportedRole {
  id: string;
  name: string;
  aliases: string[];
  role: string;
  title: string;
  country: string;
  org: string;
  sector: string;
  start: string;
  end: string | null;
  approx: boolean;
  source: string;
}

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true }) as Row[];
}

/** An English Wikipedia title without its disambiguation: `Ali Khan (politician)` -> `Ali Khan`. */
function wikiName(title: string | undefined): string | null {
  const t = title?.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return t ? t : null;
}

/** The Latin name to use for a row, or null with the reason to drop it. */
function personName(r: SourceReport, row: Row, where: string): { name: string; aliases: string[] } | null {
  const label = (row.person ?? '').trim();
  const wiki = wikiName(row.enwiki);
  if (!isLatinName(label)) {
    if (wiki && isLatinName(wiki)) {
      note(r, 'label not in Latin script: English Wikipedia title used', where);
      return { name: wiki, aliases: [] };
    }
    drop(r, 'no Latin name', where);
    return null;
  }
  if (wiki && isLatinName(wiki) && noWordInCommon(label, wiki)) {
    note(r, 'label shares no word with its English Wikipedia title (vandalised or a title): Wikipedia name used', where);
    return { name: wiki, aliases: [] };
  }
  return { name: label, aliases: wiki && wiki !== label && isLatinName(wiki) ? [wiki] : [] };
}

interface Pending extends ImportedRole {
  post: string;
  unique: boolean;
  endGiven: boolean;
}

/** Keeps one row per (post, person, start), preferring the latest end (an empty end loses). */
function dedupe(r: SourceReport, rows: Pending[]): Pending[] {
  const best = new Map<string, Pending>();
  for (const row of rows) {
    const key = `${row.post}\u0000${row.id}\u0000${row.start}`;
    const seen = best.get(key);
    if (!seen) {
      best.set(key, row);
      continue;
    }
    drop(r, 'duplicate (same post, person and start)', `${row.source} ${row.name}`);
    if ((row.end ?? '') > (seen.end ?? '')) best.set(key, row);
  }
  return [...best.values()];
}

/** In a post held by one person at a time, an open end is closed by the next holder's start. */
function closeBySuccessor(r: SourceReport, rows: Pending[]): void {
  const byPost = new Map<string, Pending[]>();
  for (const row of rows) if (row.unique) (byPost.get(row.post) ?? byPost.set(row.post, []).get(row.post)!).push(row);
  for (const list of byPost.values()) {
    list.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
    list.forEach((row, i) => {
      if (row.end !== null) return;
      const next = list.slice(i + 1).find((n) => n.start > row.start && n.id !== row.id);
      if (!next) return;
      row.end = next.start;
      row.approx = row.approx || next.approx;
      note(r, 'missing end closed by the successor\'s start', `${row.source} ${row.name}`);
    });
  }
}

function toRole(p: Pending): ImportedRole {
  return { id: p.id, name: p.name, aliases: p.aliases, role: p.role, title: p.title, country: p.country, org: p.org, sector: p.sector, start: p.start, end: p.end, approx: p.approx, source: p.source };
}

/** Reads every holders table under `dir` (`.../everypolitician`). */
export function readEveryPolitician(dir: string, conv: Conventions): { roles: ImportedRole[]; reports: SourceReport[] } {
  const r = newReport('everypolitician holders21');
  const pending: Pending[] = [];
  const repos = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'holders21.csv'))).sort();
  for (const repo of repos) {
    const isWorld = repo === 'world';
    let country = '';
    if (!isWorld) {
      const meta = JSON.parse(readFileSync(join(dir, repo, 'meta.json'), 'utf8')) as { jurisdiction?: { name?: string } };
      // A placeholder jurisdiction name ("XXX") falls back to the repository's name (madagascar-ministers).
      const code = countryOf(conv, meta.jurisdiction?.name ?? '') ?? countryOf(conv, repo.replace(/-(ministers|cabinet)$/, '').replace(/-/g, ' '));
      if (!code) {
        const rows = readCsv(join(dir, repo, 'holders21.csv'));
        r.read += rows.length;
        for (let i = 0; i < rows.length; i++) drop(r, code === null ? 'jurisdiction not coded' : 'unknown jurisdiction (add it to conventions/country-names.tsv)', `${repo} ${meta.jurisdiction?.name}`);
        continue;
      }
      country = code;
    }
    readCsv(join(dir, repo, 'holders21.csv')).forEach((row, i) => {
      r.read++;
      const where = `${repo}:${i + 2}`;
      const label = (row.position ?? '').trim();
      let sector: string;
      let role: string | null;
      let org = '';
      let unique = false;
      let rowCountry = country;
      if (isWorld) {
        const post = conv.posts.find((p) => p.pattern.test(label));
        if (!post) return drop(r, 'international post of no listed organisation', where);
        ({ sector, role, org } = post);
        rowCountry = 'IGO';
      } else {
        const rule = positionRule(conv, label);
        if (!rule || rule.sector === null) return drop(r, 'not an office (positions.tsv)', `${where} ${label}`);
        sector = rule.sector;
        role = rule.role;
        unique = rule.unique;
      }
      if (!/^Q\d+$/.test(row.personID ?? '')) return drop(r, 'no Wikidata id', where);
      const name = personName(r, row, where);
      if (!name) return;
      const start = startDay(row.start ?? '');
      if (!start) return drop(r, 'no start date', where);
      const endRaw = (row.end ?? '').trim();
      const end = endRaw ? endDay(endRaw) : null;
      if (endRaw && !end) return drop(r, 'unreadable end date', where);
      if (end && end.day <= start.day) return drop(r, 'ends on or before its start', `${where} ${row.person} ${row.start}..${row.end}`);
      pending.push({
        id: `wd-${row.personID!.toLowerCase()}`, name: name.name, aliases: name.aliases, role: role ?? label.toLowerCase(), title: role ? '' : label,
        country: rowCountry, org, sector, start: start.day, end: end?.day ?? null, approx: start.approx || !!end?.approx,
        source: repo, post: `${repo}\u0000${label}`, unique, endGiven: !!end,
      });
    });
  }
  const kept = dedupe(r, pending);
  closeBySuccessor(r, kept);
  r.kept = kept.length;

  const leaders = readWorldLeaders(join(dir, 'world-leaders-2021', 'wikidata.csv'), conv, kept);
  return { roles: [...kept.map(toRole), ...leaders.roles], reports: [r, leaders.report] };
}

/** Heads of state and government of 2021 (year-only dates); a role already in holders21 is a duplicate. */
function readWorldLeaders(file: string, conv: Conventions, known: readonly Pending[]): { roles: ImportedRole[]; report: SourceReport } {
  const r = newReport('everypolitician world-leaders-2021');
  if (!existsSync(file)) return { roles: [], report: r };
  const have = new Set(known.map((k) => `${k.id}\u0000${k.role}\u0000${k.country}`));
  const pending: Pending[] = [];
  readCsv(file).forEach((row, i) => {
    r.read++;
    const where = `world-leaders-2021:${i + 2}`;
    const country = countryOf(conv, row.country ?? '');
    if (!country) return drop(r, 'unknown country', `${where} ${row.country}`);
    const label = (row.positionLabel ?? '').trim();
    const rule = positionRule(conv, label.replace(/\s+of\s+.*$/i, ''));
    if (!rule || rule.sector === null) return drop(r, 'not an office (positions.tsv)', `${where} ${label}`);
    if (!/^Q\d+$/.test(row.officeholder ?? '')) return drop(r, 'no Wikidata id', where);
    const name = (row.officeholderLabel ?? '').trim();
    if (!isLatinName(name) || /^Q\d+$/.test(name)) return drop(r, 'no Latin name', `${where} ${name}`);
    const id = `wd-${row.officeholder!.toLowerCase()}`;
    const role = rule.role ?? label.toLowerCase();
    const title = rule.role ? '' : label;
    if (have.has(`${id}\u0000${role}\u0000${country}`)) return drop(r, 'duplicate of a holders21 role (finer dates there)', `${where} ${name}`);
    const start = startDay(row.start_year ?? '');
    if (!start) return drop(r, 'no start date', where);
    const end = row.end_year ? endDay(row.end_year) : null;
    if (end && end.day <= start.day) return drop(r, 'ends on or before its start', where);
    pending.push({ id, name, aliases: [], role, title, country, org: '', sector: rule.sector, start: start.day, end: end?.day ?? null, approx: true, source: 'world-leaders-2021', post: `wl\u0000${country}\u0000${row.position}`, unique: rule.unique, endGiven: !!end });
  });
  const kept = dedupe(r, pending);
  closeBySuccessor(r, kept);
  r.kept = kept.length;
  return { roles: kept.map(toRole), report: r };
}
