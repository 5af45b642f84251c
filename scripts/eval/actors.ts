/**
 * Evaluates the actors stage.
 *
 *   node --import tsx scripts/eval/actors.ts [sharedDir]     (default ../shared from the repo root)
 *
 * 1. Seed, in context: the seed article through segmenter + actor tagger; every `text` and `also`
 *    string of the analyst's `actors` list in `data/seed/gold.json` is looked up in the article and
 *    each occurrence is matched to the tagger mention that overlaps it most. A string counts as right
 *    when every occurrence is. The gold `sector` counts where the entry has the key (null included:
 *    "Turkey" is coded with sector null on purpose).
 * 2. Seed, bare: the same strings through `resolveActorText` with the article date.
 * 3. Dev: the SOURCE actors of `data/plover-gsr/dev.jsonl` through `resolveActorText` with the record
 *    date. Gold codes are mapped to ours first: legacy country codes (JAP -> JPN), sector suffixes
 *    dropped (REBkur -> REB), and the PLOVER-manual names of two sectors mapped to the POLECAT
 *    names the Doc contract uses (gold MED, health, -> HLH; gold JRN, journalists, -> MED). A gold
 *    sector `***` means "not given".
 * 4. Speed of the tagger alone on the Guardian sample, next to segmentation alone.
 * Misses are listed so they can be worked on.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Actor, type ActorMention } from '../../src/doc/index.ts';
import { DEFAULT_DATA_DIR, PACKAGE_ROOT } from '../../src/lib/paths.ts';
import { segment } from '../../src/nlp/segment.ts';
import { LEGACY_CODES, loadCorpusDocs, loadDevRecords, loadSeed, type SeedGold } from './inputs.ts';
import { loadActorKnowledge, resolveActorText, tagActors, type ActorKnowledge } from '../../src/actors/index.ts';
import { pct } from './score.ts';

/** Right answers out of a number of items. */
export interface Score {
  items: number;
  country: number;
  /** Items whose gold gives a sector, and how many of those are right. */
  sectorItems: number;
  sector: number;
  /** Country right, and sector right where gold gives one. */
  both: number;
  misses: string[];
}

/** Everything the evaluation measured, also printed. */
export interface Report {
  seedInContext: Score | null;
  seedBare: Score | null;
  dev: Score | null;
  speed: { taggerMBs: number; segmentMBs: number; mentions: number; megabytes: number } | null;
}

interface GoldActor {
  text: string;
  also?: string[];
  country: string;
  sector?: string | null;
  org?: string;
}

interface DevActor {
  actorText: string;
  code: string;
  sector?: string;
}

const PLOVER_TO_POLECAT: Record<string, string> = { MED: 'HLH', JRN: 'MED' };

function newScore(): Score {
  return { items: 0, country: 0, sectorItems: 0, sector: 0, both: 0, misses: [] };
}

function describe(a: Actor | null): string {
  return a ? `${a.country ?? '-'}/${a.sector ?? '-'}${a.org ? `/${a.org}` : ''} (${a.name})` : 'nothing';
}

/** Scores one item; `goldSector` undefined means gold gives no sector. */
function score(s: Score, label: string, got: Actor | null, goldCountry: string, goldSector: string | null | undefined): void {
  s.items++;
  const countryOk = got?.country === goldCountry;
  const sectorGiven = goldSector !== undefined;
  const sectorOk = sectorGiven && (got?.sector ?? null) === goldSector;
  if (countryOk) s.country++;
  if (sectorGiven) s.sectorItems++;
  if (sectorOk) s.sector++;
  if (countryOk && (!sectorGiven || sectorOk)) s.both++;
  else s.misses.push(`${label}: want ${goldCountry}/${goldSector ?? '-'}, got ${describe(got)}`);
}

function print(title: string, s: Score): void {
  console.log(`${title}: ${s.items} items; country ${pct(s.country, s.items)}, sector ${pct(s.sector, s.sectorItems)} of ${s.sectorItems} with a gold sector, both ${pct(s.both, s.items)}`);
  for (const m of s.misses) console.log(`  miss  ${m}`);
}

/** All occurrences of `needle` in `text`, exact case first, else case-insensitive. */
function occurrences(text: string, needle: string): Array<{ start: number; end: number }> {
  const find = (hay: string, n: string): Array<{ start: number; end: number }> => {
    const out: Array<{ start: number; end: number }> = [];
    for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) out.push({ start: i, end: i + n.length });
    return out;
  };
  const exact = find(fold(text), fold(needle));
  return exact.length ? exact : find(fold(text).toLowerCase(), fold(needle).toLowerCase());
}

function bestMention(mentions: readonly ActorMention[], at: { start: number; end: number }): ActorMention | null {
  let best: ActorMention | null = null;
  let bestOverlap = 0;
  for (const m of mentions) {
    const o = Math.min(m.end, at.end) - Math.max(m.start, at.start);
    if (o > bestOverlap) {
      best = m;
      bestOverlap = o;
    }
  }
  return best;
}

const fold = (s: string): string => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

function evalSeed(sharedDir: string, kb: ActorKnowledge): { inContext: Score; bare: Score } | null {
  const seed = loadSeed<SeedGold & { actors: GoldActor[] }>(sharedDir);
  if (!seed) return null;
  const { gold, doc } = seed;
  const date = doc.date;
  const mentions = tagActors(doc, kb);
  const inContext = newScore();
  const bare = newScore();
  // An occurrence inside a longer gold string of another actor belongs to that one: "Nato" in "The Nato member".
  // (Only when the two actors differ: "Kremlin" in "Kremlin spokesman Dmitry Peskov" is RUS GOV either way.)
  const spans = gold.actors.flatMap((g, gi) => [g.text, ...(g.also ?? [])].flatMap((s) => occurrences(doc.text, s).map((o) => ({ ...o, gi }))));
  const differ = (a: number, b: number): boolean => gold.actors[a]!.country !== gold.actors[b]!.country || (gold.actors[a]!.sector ?? null) !== (gold.actors[b]!.sector ?? null);
  const absent: string[] = [];
  gold.actors.forEach((g, gi) => {
    const sector = 'sector' in g ? g.sector ?? null : undefined;
    for (const s of [g.text, ...(g.also ?? [])]) {
      score(bare, `"${s}"`, resolveActorText(kb, s, date), g.country, sector);
      const occ = occurrences(doc.text, s).filter((o) => !spans.some((x) => x.gi !== gi && differ(x.gi, gi) && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start));
      if (!occ.length) {
        absent.push(s);
        continue;
      }
      let wrong: Actor | null | undefined;
      for (const o of occ) {
        const m = bestMention(mentions, o);
        const a = m?.actor ?? null;
        if (a?.country !== g.country || (sector !== undefined && (a?.sector ?? null) !== sector)) {
          wrong = a;
          break;
        }
      }
      const first = bestMention(mentions, occ[0]!)?.actor ?? null;
      score(inContext, `"${s}"${occ.length > 1 ? ` (x${occ.length})` : ''}`, wrong === undefined ? first : wrong, g.country, sector);
    }
  });
  if (absent.length) console.log(`seed: gold strings not in the article text, left out of the in-context figures: ${absent.map((a) => `"${a}"`).join(', ')}`);
  return { inContext, bare };
}

function evalDev(sharedDir: string, kb: ActorKnowledge): Score | null {
  const records = loadDevRecords<{ id: string; date?: string; source?: DevActor[] | string }>(sharedDir);
  if (!records) return null;
  const s = newScore();
  for (const r of records) {
    if (!Array.isArray(r.source)) continue;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '') ? r.date! : '2000-01-01';
    for (const a of r.source) {
      const code = LEGACY_CODES[a.code] ?? a.code;
      const raw = a.sector?.slice(0, 3);
      const sector = !raw || raw === '***' ? undefined : PLOVER_TO_POLECAT[raw] ?? raw;
      score(s, `${r.id} "${a.actorText.trim()}"`, resolveActorText(kb, a.actorText, date), code, sector);
    }
  }
  return s;
}

function measureSpeed(sharedDir: string, kb: ActorKnowledge): Report['speed'] {
  const docs = loadCorpusDocs(sharedDir);
  if (!docs) return null;
  const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
  let t0 = performance.now();
  for (const d of docs) segment(d);
  const seg = (performance.now() - t0) / 1000;
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    t0 = performance.now();
    for (const d of docs) tagActors(d, kb);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  const mentions = docs.reduce((n, d) => n + (d.spans.actors?.length ?? 0), 0);
  console.log(`speed on ${docs.length} Guardian articles (${megabytes.toFixed(2)} MB): actor tagger ${(megabytes / best).toFixed(2)} MB/s (${mentions} mentions), segmentation ${(megabytes / seg).toFixed(2)} MB/s`);
  return { taggerMBs: megabytes / best, segmentMBs: megabytes / seg, mentions, megabytes };
}

/**
 * Runs the actor evaluation against the shared reference folder and prints the figures and misses.
 *
 * @example
 * const report = await evalActors('../shared');
 * report.dev?.both; // dev source actors with country and sector right
 */
export async function evalActors(sharedDir: string): Promise<Report> {
  const { kb, problems } = loadActorKnowledge(DEFAULT_DATA_DIR);
  for (const p of problems) console.log(`data problem: ${p.message}`);
  const seed = evalSeed(sharedDir, kb);
  if (seed) {
    print('seed actors in context (segment + tagger)', seed.inContext);
    print('seed actors as bare strings (resolveActorText)', seed.bare);
  }
  const dev = evalDev(sharedDir, kb);
  if (dev) print('dev source actors (resolveActorText)', dev);
  const speed = measureSpeed(sharedDir, kb);
  return { seedInContext: seed?.inContext ?? null, seedBare: seed?.bare ?? null, dev, speed };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await evalActors(resolve(process.argv[2] ?? join(PACKAGE_ROOT, '..', 'shared')));
}
