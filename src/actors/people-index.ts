/**
 * The imported office holders (`data/kb/imported/people.tsv`, ~57k rows) kept out of the per-word
 * gazetteer: the file is read as one string on first need and indexed by folded full-name key
 * (case, diacritics, dots, hyphens and spelling variants of name words ignored, see names.ts);
 * a person's rows become a {@link PersonEntry} only when a name or a role look-up reaches them.
 * Loading the knowledge base therefore costs nothing for them, and a process that never meets a
 * capitalised name never reads the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { problem, type Problem } from '../errors.ts';
import { foldName } from './names.ts';
import { SECTOR_CODES, type PersonEntry, type RoleEntry } from './schema.ts';

/** A person and one of their roles, as role look-ups return them. */
export interface ImportedHolder {
  person: PersonEntry;
  role: RoleEntry;
}

/** Options for {@link ImportedPeople}. */
export interface ImportedPeopleOptions {
  /** Folded variant -> folded canonical spelling of a name word (`name-variants.tsv`). */
  variants: ReadonlyMap<string, string>;
  /** Folded names a hand-written person has: never an imported person's name. */
  taken: ReadonlySet<string>;
  /** Country codes a role may carry. */
  codeOk: (code: string) => boolean;
  /** Id prefixes of rows built but not loaded (PETRARCH's people, `px-`). */
  skipPrefixes?: readonly string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z]{3}$/;
const SECTORS = new Set<string>(SECTOR_CODES);
const COLUMNS = 12;

/** Reads `name-variants.tsv` (header `variant<TAB>canonical`, `#` comments) into a map; missing file: empty. */
export function loadNameVariants(file: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  let header = true;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    if (header) { header = false; continue; }
    const [variant, canonical] = line.split('\t');
    if (variant && canonical) out.set(foldName(variant), foldName(canonical));
  }
  return out;
}

/** Folds one word of text for the name index: no case, no diacritics, its spelling variant mapped. */
export function foldWord(key: string, variants: ReadonlyMap<string, string>): string {
  const f = foldName(key);
  return variants.get(f) ?? f;
}

/** The index key of a name: folded words, each mapped through `variants`. */
export function personKey(name: string, variants: ReadonlyMap<string, string>): string {
  return mapVariants(foldName(name), variants);
}

/** Maps each word of a folded name through `variants`; returns `folded` itself when none applies. */
function mapVariants(folded: string, variants: ReadonlyMap<string, string>): string {
  if (!variants.size) return folded;
  const words = folded.split(' ');
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const v = variants.get(words[i]!);
    if (v !== undefined) { words[i] = v; changed = true; }
  }
  return changed ? words.join(' ') : folded;
}

/** The imported people, indexed lazily; see the module comment. */
export class ImportedPeople {
  private text: string | null = null;
  /** Character offset of each person's first row. */
  private starts: number[] = [];
  private byKey = new Map<string, number[]>();
  private byRole = new Map<string, number[]>();
  private firstWords = new Set<string>();
  /** Folded words written in lower case inside some name ("bin", "de", "dos"). */
  private particles = new Set<string>();
  private cache: Array<PersonEntry | null | undefined> = [];
  private holdersCache = new Map<string, ImportedHolder[]>();
  private ids = new Map<string, number>();
  /** Most words in an indexed name. */
  maxWords = 0;
  /** Bad rows met so far (a row is checked when its person is first read). */
  readonly problems: Problem[] = [];

  constructor(private readonly file: string, private readonly options: ImportedPeopleOptions) {}

  /** True once the file has been read and indexed. */
  get loaded(): boolean {
    return this.text !== null;
  }

  /** Reads and indexes the file now if not yet done (a pipeline does this when it is built). */
  warm(): this {
    this.load();
    return this;
  }

  /** Number of people indexed (reads the file). */
  get size(): number {
    this.load();
    return this.starts.length;
  }

  private load(): string {
    if (this.text !== null) return this.text;
    const text = existsSync(this.file) ? readFileSync(this.file, 'utf8') : '';
    this.text = text;
    const { variants, taken, skipPrefixes = [] } = this.options;
    let pos = 0;
    let header = true;
    let lastId = '';
    let person = -1;
    let lastRole = '';
    while (pos < text.length) {
      let eol = text.indexOf('\n', pos);
      if (eol < 0) eol = text.length;
      const lineStart = pos;
      pos = eol + 1;
      if (eol === lineStart || text.charCodeAt(lineStart) === 35 /* # */) continue;
      if (header) { header = false; continue; }
      const t1 = text.indexOf('\t', lineStart);
      if (t1 < 0 || t1 > eol) continue;
      const id = text.slice(lineStart, t1);
      const t2 = text.indexOf('\t', t1 + 1);
      const t3 = text.indexOf('\t', t2 + 1);
      if (t2 < 0 || t3 < 0 || t3 > eol) continue;
      let names: string[] = [];
      if (id !== lastId) {
        lastId = id;
        person = -1;
        lastRole = '';
        if (skipPrefixes.some((p) => id.startsWith(p))) continue;
        const name = text.slice(t1 + 1, t2);
        const folded = foldName(name);
        if (taken.has(folded)) continue;
        person = this.starts.length;
        this.starts.push(lineStart);
        this.ids.set(id, person);
        this.index(mapVariants(folded, variants), person);
        this.particlesOf(name);
        names = t3 > t2 + 1 ? text.slice(t2 + 1, t3).split('|') : [];
      } else if (person >= 0 && t3 > t2 + 1) {
        // A later row of the same person may add aliases.
        names = text.slice(t2 + 1, t3).split('|');
      }
      for (const n of names) {
        const f = foldName(n);
        if (taken.has(f)) continue;
        this.index(mapVariants(f, variants), person);
        this.particlesOf(n);
      }
      if (person < 0) continue;
      // The role key and the country are the fourth and sixth columns: holders are indexed by both
      // and by role alone, so an office look-up reads only the people of the country asked.
      const t4 = text.indexOf('\t', t3 + 1);
      const t5 = text.indexOf('\t', t4 + 1);
      const t6 = text.indexOf('\t', t5 + 1);
      const role = text.slice(t3 + 1, t4);
      const roleCountry = `${role}\t${text.slice(t5 + 1, t6)}`;
      if (roleCountry === lastRole) continue;
      lastRole = roleCountry;
      for (const key of [role, roleCountry]) {
        const list = this.byRole.get(key);
        if (!list) this.byRole.set(key, [person]);
        else if (list[list.length - 1] !== person) list.push(person);
      }
    }
    return text;
  }

  /** Adds `key` for person `i`. One-word names ("Lula") are left to the hand-written base: alone, a capitalised word is too often someone else. */
  private index(key: string, i: number): void {
    const space = key.indexOf(' ');
    if (space < 0) return;
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
    this.firstWords.add(key.slice(0, space));
    let count = 2;
    for (let k = key.indexOf(' ', space + 1); k >= 0; k = key.indexOf(' ', k + 1)) count++;
    if (count > this.maxWords) this.maxWords = count;
  }

  private particlesOf(name: string): void {
    for (const w of name.split(' ')) {
      const c = w.charCodeAt(0);
      if ((c >= 97 && c <= 122) || (c > 127 && w[0] !== w[0]!.toUpperCase())) this.particles.add(foldName(w));
    }
  }

  /** True when some indexed name has this folded word in lower case inside it ("bin", "de"). */
  isParticle(folded: string): boolean {
    this.load();
    return this.particles.has(folded);
  }

  /** True when some indexed name starts with this folded word (reads the file on first call). */
  startsName(folded: string): boolean {
    this.load();
    return this.firstWords.has(folded);
  }

  /** The people whose name or alias has this key ({@link personKey}), bad rows left out. */
  lookup(key: string): PersonEntry[] {
    this.load();
    const list = this.byKey.get(key);
    if (!list) return [];
    const out: PersonEntry[] = [];
    for (const i of list) {
      const p = this.person(i);
      if (p) out.push(p);
    }
    return out;
  }

  /** A person by id (`wd-Q123`), or null. */
  byId(id: string): PersonEntry | null {
    this.load();
    const i = this.ids.get(id);
    return i === undefined ? null : this.person(i);
  }

  /** Every period anyone imported held role key `role` (in `country` only, when given). */
  holders(role: string, country: string | null = null): ImportedHolder[] {
    this.load();
    const key = country === null ? role : `${role}\t${country}`;
    let out = this.holdersCache.get(key);
    if (out) return out;
    out = [];
    for (const i of this.byRole.get(key) ?? []) {
      const p = this.person(i);
      if (p) for (const r of p.roles) if (r.role === role && (country === null || r.country === country)) out.push({ person: p, role: r });
    }
    this.holdersCache.set(key, out);
    return out;
  }

  /** Reads every person (for `dateline kb stats` and checks): the number read and the roles. */
  all(): PersonEntry[] {
    const n = this.size;
    const out: PersonEntry[] = [];
    for (let i = 0; i < n; i++) {
      const p = this.person(i);
      if (p) out.push(p);
    }
    return out;
  }

  /** Every indexed name key (for prefix search). */
  keys(): IterableIterator<string> {
    this.load();
    return this.byKey.keys();
  }

  private person(i: number): PersonEntry | null {
    const cached = this.cache[i];
    if (cached !== undefined) return cached;
    const text = this.text!;
    let pos = this.starts[i]!;
    let entry: PersonEntry | null = null;
    let bad = false;
    let id: string | null = null;
    while (pos < text.length) {
      let eol = text.indexOf('\n', pos);
      if (eol < 0) eol = text.length;
      const cells = text.slice(pos, eol).split('\t');
      const rowStart = pos;
      pos = eol + 1;
      if (id === null) id = cells[0]!;
      else if (cells[0] !== id) break;
      const line = (): number => lineOf(text, rowStart);
      if (cells.length !== COLUMNS) { this.bad(line, '(row)', `expected ${COLUMNS} columns, got ${cells.length}`); bad = true; continue; }
      const [, name, aliases, role, title, country, org, sector, start, end, approx] = cells as [string, string, string, string, string, string, string, string, string, string, string];
      if (!CODE.test(country) || !this.options.codeOk(country)) { this.bad(line, 'country', `expected a known alpha-3 code, got ${JSON.stringify(country)}`); bad = true; continue; }
      if (!SECTORS.has(sector)) { this.bad(line, 'sector', `unknown sector ${JSON.stringify(sector)}`); bad = true; continue; }
      if (!DAY.test(start) || (end && (!DAY.test(end) || end <= start))) { this.bad(line, 'start', `bad period ${start}..${end}`); bad = true; continue; }
      const r: RoleEntry = { role, country, sector: sector as RoleEntry['sector'], start, end: end || null };
      if (title) r.title = title;
      if (org) r.org = org;
      if (approx) r.approx = true;
      if (!entry) entry = { id, name, aliases: aliases ? aliases.split('|') : [], roles: [r] };
      else {
        entry.roles.push(r);
        if (aliases) for (const a of aliases.split('|')) if (!entry.aliases.includes(a)) entry.aliases.push(a);
      }
    }
    // A person with a bad row is left out whole: half a career would answer wrongly.
    const out = bad ? null : entry;
    this.cache[i] = out;
    return out;
  }

  private bad(line: () => number, field: string, detail: string): void {
    this.problems.push(problem('E_DATA_ENTRY', { detail }, { file: this.file, line: line(), field }));
  }
}

/** 1-based line number of the row starting at character `at` (counted only for a problem). */
function lineOf(text: string, at: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
