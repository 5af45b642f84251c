/**
 * Reads the imported knowledge base (`data/kb/imported/*.tsv`, written by `npm run kb:build`) into
 * the same entry types as the hand-written files. The rows were validated when they were built,
 * so loading is a split per line plus the checks that catch a hand-edited or truncated file (column
 * count, dates, codes); a bad row is a problem naming file, line and field, and is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problem, type Problem } from '../errors.ts';
import { SECTOR_CODES } from './schema.ts';
import type { GroupEntry, OrgEntry, PersonEntry, RoleEntry } from './schema.ts';

/** What `data/kb/imported/` holds, in the hand-written entry types. */
export interface ImportedKnowledge {
  people: PersonEntry[];
  orgs: OrgEntry[];
  groups: Array<GroupEntry & { startYear: number | null; endYear: number | null }>;
  problems: Problem[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z]{3}$/;
const SECTORS = new Set<string>(SECTOR_CODES);

function rows(file: string, columns: number, problems: Problem[]): Array<{ cells: string[]; line: number }> {
  if (!existsSync(file)) return [];
  const out: Array<{ cells: string[]; line: number }> = [];
  let header = true;
  readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
    if (!text || text.startsWith('#')) return;
    if (header) { header = false; return; }
    const cells = text.split('\t');
    if (cells.length !== columns) problems.push(problem('E_DATA_ENTRY', { detail: `expected ${columns} columns, got ${cells.length}` }, { file, line: i + 1, field: '(row)' }));
    else out.push({ cells, line: i + 1 });
  });
  return out;
}

const list = (s: string): string[] => (s ? s.split('|') : []);

/** Options for {@link loadImported}. */
export interface LoadImportedOptions {
  /**
   * Also read `people.tsv` into entries (default true). The actor loader leaves it to
   * people-index.ts, which reads it on first need and indexes it by name.
   */
  people?: boolean;
}

/** Loads `dir` (`data/kb/imported`); missing files load as empty. */
export function loadImported(dir: string, options: LoadImportedOptions = {}): ImportedKnowledge {
  const problems: Problem[] = [];
  const bad = (file: string, line: number, field: string, detail: string): void => { problems.push(problem('E_DATA_ENTRY', { detail }, { file, line, field })); };

  const peopleFile = join(dir, 'people.tsv');
  const people: PersonEntry[] = [];
  for (const { cells, line } of options.people === false ? [] : rows(peopleFile, 12, problems)) {
    const [id, name, aliases, role, title, country, org, sector, start, end, approx] = cells as [string, string, string, string, string, string, string, string, string, string, string];
    if (!CODE.test(country)) { bad(peopleFile, line, 'country', `expected an alpha-3 code, got ${JSON.stringify(country)}`); continue; }
    if (!SECTORS.has(sector)) { bad(peopleFile, line, 'sector', `unknown sector ${JSON.stringify(sector)}`); continue; }
    if (!DAY.test(start) || (end && (!DAY.test(end) || end <= start))) { bad(peopleFile, line, 'start', `bad period ${start}..${end}`); continue; }
    const r: RoleEntry = { role, country, sector: sector as RoleEntry['sector'], start, end: end || null };
    if (title) r.title = title;
    if (org) r.org = org;
    if (approx) r.approx = true;
    const current = people[people.length - 1];
    if (current?.id === id) {
      current.roles.push(r);
      for (const a of list(aliases)) if (!current.aliases.includes(a)) current.aliases.push(a);
    } else {
      people.push({ id, name, aliases: list(aliases), roles: [r] });
    }
  }

  const bodies = (file: string): Array<{ cells: string[]; line: number }> => rows(file, 8, problems).filter(({ cells, line }) => {
    if (!SECTORS.has(cells[4]!)) { bad(file, line, 'sector', `unknown sector ${JSON.stringify(cells[4])}`); return false; }
    if (!CODE.test(cells[3]!)) { bad(file, line, 'country', `expected a code, got ${JSON.stringify(cells[3])}`); return false; }
    return true;
  });
  const orgsFile = join(dir, 'orgs.tsv');
  const orgs: OrgEntry[] = bodies(orgsFile).flatMap(({ cells, line }) => {
    const [id, name, aliases, country, sector] = cells as [string, string, string, string, string];
    if (country !== 'IGO' && country !== 'NGO') { bad(orgsFile, line, 'country', 'expected IGO or NGO'); return []; }
    return [{ id, name, aliases: list(aliases), country, sector: sector as OrgEntry['sector'], refs: [], members: [] }];
  });
  const groups = bodies(join(dir, 'groups.tsv')).map(({ cells }) => {
    const [id, name, aliases, country, sector, startYear, endYear] = cells as [string, string, string, string, string, string, string];
    return { id, name, aliases: list(aliases), country, sector: sector as GroupEntry['sector'], transnational: country === 'IMG', periods: [], startYear: startYear ? Number(startYear) : null, endYear: endYear ? Number(endYear) : null };
  });
  return { people, orgs, groups, problems };
}
