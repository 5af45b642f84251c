/**
 * Evaluates the time stage.
 *
 *   node --import tsx scripts/eval/time.ts [sharedDir]     (default ../shared from the repo root)
 *
 * 1. The seed article through segmenter + timex tagger against the analyst's `timex` list in
 *    `data/seed/gold.json`: share found (by text and, where given, by the sentence it starts) and
 *    share with the right value; misses are listed. The `date YYYY-MM-DD` header line is stripped and
 *    used as the article date, so the header's gold entry counts as found when that date is its value.
 * 2. chrono-node against our rules on our own test cases (src/time/cases.ts): how many chrono gets right.
 * 3. Speed on the Guardian sample, when the shared corpus is there: the tagger alone (after
 *    segmentation), segmentation alone, and chrono's casual parser over the same text.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { sentenceAt, type TimexSpan } from '../../src/doc/index.ts';
import { DEFAULT_DATA_DIR, PACKAGE_ROOT } from '../../src/lib/paths.ts';
import { segment } from '../../src/nlp/segment.ts';
import { TIME_CASES, type TimeCase } from '../../src/time/cases.ts';
import { loadCorpusDocs, loadSeed, type SeedGold } from './inputs.ts';
import { findTimex, loadTimeLexicon, tagTimex, type TimeLexicon } from '../../src/time/index.ts';
import { pct } from './score.ts';

interface GoldTimex {
  text: string;
  value: string;
  sentence_starts?: string;
}

/** Figures of one evaluation run, also printed. */
export interface TimeEvalResult {
  seed: { total: number; found: number; right: number; misses: string[] } | null;
  chrono: { cases: number; chronoRight: number; oursRight: number; byTopic: Record<string, { n: number; chrono: number; ours: number }> };
  speed: { taggerMBs: number; segmentMBs: number; chronoMBs: number; bytes: number } | null;
}


function evalSeed(sharedDir: string, lexicon: TimeLexicon): TimeEvalResult['seed'] {
  const seed = loadSeed<SeedGold & { timex: GoldTimex[] }>(sharedDir);
  if (!seed) return null;
  const { gold, doc } = seed;
  const ref = doc.date;
  tagTimex(doc, lexicon);
  const spans = doc.spans.timex ?? [];
  const used = new Set<TimexSpan>();
  let found = 0;
  let right = 0;
  const misses: string[] = [];
  for (const g of gold.timex) {
    if (/^date \d{4}-\d{2}-\d{2}$/.test(g.text)) {
      // The header is not article text: it is the reference date itself.
      found++;
      if (g.value === ref) right++;
      else misses.push(`header ${g.text}: reference ${ref} != ${g.value}`);
      continue;
    }
    const candidates = spans.filter((s) => {
      if (used.has(s) || doc.text.slice(s.start, s.end) !== g.text) return false;
      if (!g.sentence_starts) return true;
      const sentence = doc.sentences[sentenceAt(doc, s.start)];
      return sentence !== undefined && doc.text.slice(sentence.start, sentence.end).trimStart().startsWith(g.sentence_starts);
    });
    const hit = candidates.find((s) => s.value === g.value) ?? candidates[0];
    if (!hit) {
      misses.push(`not found: ${JSON.stringify(g.text)}${g.sentence_starts ? ` (sentence "${g.sentence_starts}...")` : ''} = ${g.value}`);
      continue;
    }
    used.add(hit);
    found++;
    if (hit.value === g.value) right++;
    else misses.push(`wrong value: ${JSON.stringify(g.text)} = ${hit.value}, gold ${g.value} [${hit.rule}]`);
  }
  const n = gold.timex.length;
  console.log(`seed (${gold.file}, ref ${ref}): found ${found}/${n} (${pct(found, n)}), right value ${right}/${n} (${pct(right, n)})`);
  for (const m of misses) console.log(`  - ${m}`);
  const extra = spans.filter((s) => !used.has(s));
  if (extra.length) console.log(`  also tagged (not in gold): ${extra.map((s) => `${JSON.stringify(doc.text.slice(s.start, s.end))}=${s.value}`).join(', ')}`);
  return { total: n, found, right, misses };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** chrono's reading of a text in our value format: day, month or year as certain, `A/B` for its ranges. */
function chronoValue(c: TimeCase): { value: string | null; found: boolean } {
  const [y, m, d] = c.ref.split('-').map(Number) as [number, number, number];
  // Local noon on the article date: chrono works in local time; noon keeps the day in any zone.
  const results = chrono.parse(c.text, new Date(y, m - 1, d, 12), { forwardDate: c.tense === 'future' });
  const r = c.span ? results.find((x) => c.span!.includes(x.text) || x.text.includes(c.span!)) ?? results[0] : results[0];
  if (!r) return { value: null, found: false };
  const fmt = (p: chrono.ParsedComponents): string => {
    const yy = p.get('year')!;
    if (p.isCertain('day') || p.isCertain('weekday') || !p.isCertain('month')) {
      if (!p.isCertain('month') && !p.isCertain('day') && p.isCertain('year') && !p.isCertain('weekday')) return String(yy);
      return `${yy}-${pad2(p.get('month')!)}-${pad2(p.get('day')!)}`;
    }
    return `${yy}-${pad2(p.get('month')!)}`;
  };
  return { value: r.end ? `${fmt(r.start)}/${fmt(r.end)}` : fmt(r.start), found: true };
}

function compareChrono(lexicon: TimeLexicon): TimeEvalResult['chrono'] {
  const cases = TIME_CASES.filter((c) => !c.todo);
  let chronoRight = 0;
  let oursRight = 0;
  const byTopic: Record<string, { n: number; chrono: number; ours: number }> = {};
  for (const c of cases) {
    const topic = (byTopic[c.topic] ??= { n: 0, chrono: 0, ours: 0 });
    topic.n++;
    const ours = findTimex(lexicon, c.text, c.ref, c.tense ? { tense: c.tense } : {});
    const ch = chronoValue(c);
    let okOurs: boolean;
    let okChrono: boolean;
    if (c.none) {
      okOurs = ours.length === 0;
      okChrono = !ch.found;
    } else {
      const hit = c.span ? ours.find((f) => f.text === c.span) : ours[0];
      okOurs = hit !== undefined && hit.value === c.value;
      okChrono = ch.value === c.value;
    }
    if (okOurs) {
      oursRight++;
      topic.ours++;
    }
    if (okChrono) {
      chronoRight++;
      topic.chrono++;
    }
  }
  console.log(`chrono-node vs our rules on ${cases.length} cases of our own (todo cases left out): chrono right ${chronoRight} (${pct(chronoRight, cases.length)}), ours right ${oursRight} (${pct(oursRight, cases.length)})`);
  for (const [topic, t] of Object.entries(byTopic)) console.log(`  ${topic.padEnd(16)} n=${String(t.n).padStart(3)}  chrono ${String(t.chrono).padStart(3)}  ours ${String(t.ours).padStart(3)}`);
  return { cases: cases.length, chronoRight, oursRight, byTopic };
}

function measureSpeed(sharedDir: string, lexicon: TimeLexicon): TimeEvalResult['speed'] {
  const docs = loadCorpusDocs(sharedDir);
  if (!docs) return null;
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  let t0 = performance.now();
  for (const d of docs) segment(d);
  const seg = (performance.now() - t0) / 1000;
  // First pass warms the JIT (and the Intl calendar tables); the best of three passes is reported.
  let best = Infinity;
  for (let rep = 0; rep < 3; rep++) {
    t0 = performance.now();
    for (const d of docs) tagTimex(d, lexicon);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  t0 = performance.now();
  for (const d of docs) chrono.parse(d.text, new Date(`${d.date}T12:00:00`));
  const ch = (performance.now() - t0) / 1000;
  const mb = bytes / 1e6;
  const spans = docs.reduce((n, d) => n + (d.spans.timex?.length ?? 0), 0);
  console.log(`speed on ${docs.length} Guardian articles (${mb.toFixed(2)} MB): timex tagger ${(mb / best).toFixed(2)} MB/s (${spans} expressions), segmentation ${(mb / seg).toFixed(2)} MB/s, chrono.parse ${(mb / ch).toFixed(2)} MB/s`);
  return { taggerMBs: mb / best, segmentMBs: mb / seg, chronoMBs: mb / ch, bytes };
}

/**
 * Runs the time evaluation against the shared reference folder and prints the figures.
 *
 * @example
 * await evalTime('../shared');
 */
export async function evalTime(sharedDir: string): Promise<TimeEvalResult> {
  const lexicon = loadTimeLexicon(DEFAULT_DATA_DIR, { strict: true });
  const seed = evalSeed(sharedDir, lexicon);
  const chronoFigures = compareChrono(lexicon);
  const speed = measureSpeed(sharedDir, lexicon);
  return { seed, chrono: chronoFigures, speed };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await evalTime(resolve(process.argv[2] ?? join(PACKAGE_ROOT, '..', 'shared')));
}
