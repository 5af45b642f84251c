/**
 * The conversion conventions of the knowledge-base build, read from `data/kb/conventions/` and
 * checked before any source is read: a bad row stops the build with its file, line and field.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import type { Country } from 'world-countries';
import { loadTsv } from '../../src/lib/data-files.ts';
import { SECTOR_CODES } from '../../src/actors/schema.ts';
import { foldName } from '../../src/actors/names.ts';

const worldCountries = createRequire(import.meta.url)('world-countries') as Country[];

const Pattern = z.string().min(1).refine((s) => { try { new RegExp(s, 'i'); return true; } catch { return false; } }, 'not a valid regular expression');
const SectorOrDrop = z.union([z.enum(SECTOR_CODES), z.literal('-')], { error: () => `expected a sector code (${SECTOR_CODES.join(', ')}) or -` });

const PositionRow = z.object({ pattern: Pattern, sector: SectorOrDrop, role: z.string().min(1), unique: z.enum(['yes', 'no']), note: z.string().optional() });
const PostRow = z.object({ pattern: Pattern, org: z.string().regex(/^[a-z0-9-]+$/), sector: z.enum(SECTOR_CODES), role: z.string().min(1), note: z.string().optional() });
const CodeRow = z.object({ name: z.string().min(1), code: z.string().regex(/^([A-Z]{3}|-)$/, 'expected an alpha-3 code or -'), note: z.string().optional() });

/** A position rule: the first whose pattern matches a label decides. */
export interface PositionRule {
  pattern: RegExp;
  sector: string | null;
  role: string | null;
  unique: boolean;
}

/** A post of an international organisation. */
export interface PostRule {
  pattern: RegExp;
  org: string;
  sector: string;
  role: string | null;
}

export interface Conventions {
  positions: PositionRule[];
  posts: PostRule[];
  /** Folded country name or source code -> alpha-3 (null: not a country we code). */
  countries: Map<string, string | null>;
  /** CAMEO country codes that are not our alpha-3 codes -> ours (null: left out). */
  cameo: Map<string, string | null>;
  /** Alpha-3 codes we know. */
  known: Set<string>;
}

function strict<T>(file: string, schema: z.ZodType<T>): T[] {
  return loadTsv(file, schema, { strict: true }).entries as T[];
}

/** Loads and checks `data/kb/conventions/*.tsv` under `dataDir`. Throws on the first bad row. */
export function loadConventions(dataDir: string): Conventions {
  const dir = join(dataDir, 'kb', 'conventions');
  const positions = strict(join(dir, 'positions.tsv'), PositionRow).map((r) => ({
    pattern: new RegExp(r.pattern, 'i'), sector: r.sector === '-' ? null : r.sector, role: r.role === '-' ? null : r.role, unique: r.unique === 'yes',
  }));
  const posts = strict(join(dir, 'international-posts.tsv'), PostRow).map((r) => ({ pattern: new RegExp(r.pattern, 'i'), org: r.org, sector: r.sector, role: r.role === '-' ? null : r.role }));
  const known = new Set<string>(['KOS']);
  const countries = new Map<string, string | null>();
  for (const c of worldCountries) {
    if (!c.independent && !['PSE', 'TWN', 'HKG'].includes(c.cca3)) continue;
    const code = c.cca3 === 'UNK' ? 'KOS' : c.cca3;
    known.add(code);
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) countries.set(foldName(n), code);
  }
  for (const r of strict(join(dir, 'country-names.tsv'), CodeRow)) countries.set(foldName(r.name), r.code === '-' ? null : r.code);
  const cameo = new Map<string, string | null>();
  for (const r of strict(join(dir, 'cameo-countries.tsv'), CodeRow)) cameo.set(r.name, r.code === '-' ? null : r.code);
  return { positions, posts, countries, cameo, known };
}

/** The rule for a position label, or null when none matches. */
export function positionRule(c: Conventions, label: string): PositionRule | null {
  return c.positions.find((p) => p.pattern.test(label)) ?? null;
}

/** The alpha-3 code of a country name (`the United Kingdom`, `Paraguary`), undefined when unknown. */
export function countryOf(c: Conventions, name: string): string | null | undefined {
  const key = foldName(name).replace(/^the /, '');
  return c.countries.has(key) ? c.countries.get(key) : c.countries.get(foldName(name));
}

/** Our code for a CAMEO country code (`AFG`, `ROM`), undefined when unknown. */
export function cameoCountry(c: Conventions, code: string): string | null | undefined {
  if (c.cameo.has(code)) return c.cameo.get(code);
  return c.known.has(code) ? code : undefined;
}
