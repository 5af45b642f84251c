/**
 * Party Facts core parties to groups with sector PTY: the English and original names (multi-word
 * ones only; a one-word name cannot be told from a common word) and the short name when it is an
 * acronym of three or more capitals, matched only as written (PAN, PRI). Years of existence are
 * kept so that a party gone before the article's date loses to one that exists.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { isLatinName } from '../../src/actors/names.ts';
import { countryOf, type Conventions } from './conventions.ts';
import type { ImportedBody } from './phoenix.ts';
import { drop, newReport, note, type SourceReport } from './report.ts';

type Row = Record<string, string>;

/** Reads `partyfacts-core-parties.csv`. */
export function readPartyFacts(file: string, conv: Conventions): { bodies: ImportedBody[]; report: SourceReport } {
  const r = newReport('partyfacts core parties');
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
  const bodies: ImportedBody[] = [];
  rows.forEach((row, i) => {
    r.read++;
    const where = `partyfacts ${row.partyfacts_id ?? i}`;
    if (row.technical) return drop(r, 'technical placeholder (other, independent, unknown ...)', where);
    const code = row.country ?? '';
    const country = conv.known.has(code) ? code : countryOf(conv, code);
    if (!country) return drop(r, 'country code we do not code', `${where} ${code}`);
    const names = new Set<string>();
    // `//` separates language versions, `/` a party's successive names (the last is the latest).
    const english = (row.name_english ?? '').split('/').reverse();
    for (const n of [...english, ...(row.name ?? '').split('/').reverse()]) {
      const name = (n ?? '').replace(/^[A-Z][a-z]+:\s*/, '').replace(/\s+/g, ' ').trim();
      if (name.includes(' ') && isLatinName(name)) names.add(name);
    }
    const short = (row.name_short ?? '').trim();
    if (/^[A-Z][A-Z0-9]{2,}$/.test(short)) names.add(short);
    else if (short) note(r, 'short name not an acronym of 3+ capitals: not matched alone', where);
    if (!names.size) return drop(r, 'no Latin multi-word name and no acronym', where);
    const [name, ...aliases] = [...names];
    bodies.push({
      id: `pf-${row.partyfacts_id}`, name: name!, aliases: aliases.sort(), country, sector: 'PTY', kind: 'group',
      startYear: /^\d{4}$/.test(row.year_first ?? '') ? row.year_first! : '', endYear: /^\d{4}$/.test(row.year_last ?? '') ? row.year_last! : '', source: 'partyfacts',
    });
  });
  r.kept = bodies.length;
  return { bodies, report: r };
}
