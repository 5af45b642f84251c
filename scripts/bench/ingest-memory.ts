/**
 * The ingest-memory phase of `npm run bench` (issue 17, DECISIONS §8): peak RSS of a real
 * `dateline ingest` process (default workers) on a generated 100 KB and a 20 MB file, in JSON Lines
 * and in CSV. The budget: the 20 MB file peaks at most 1.3 times as high as the 100 KB one, and under
 * 1 GB. The articles are made here from our own word lists (nothing from ../shared), seeded, so
 * every run ingests the same bytes. `--memory-only` runs just this phase.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded } from '../lib/seeded.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'dateline.js');
const PRELOAD = new URL('./rss-at-exit.mjs', import.meta.url).href;

const COUNTRIES = ['Russia', 'Ukraine', 'Turkey', 'Iran', 'France', 'Germany', 'China', 'India', 'Brazil', 'Kenya', 'Japan', 'Egypt'];
const ADJECTIVES = ['Russian', 'Ukrainian', 'Turkish', 'Iranian', 'French', 'German', 'Chinese', 'Indian', 'Brazilian', 'Kenyan'];
const VERBS = ['criticised', 'met', 'accused', 'praised', 'warned', 'urged', 'thanked', 'threatened', 'visited', 'called on'];
const ROLES = ['the foreign minister', 'officials', 'the defence ministry', 'diplomats', 'the president', 'lawmakers', 'protesters'];
const TOPICS = ['the grain deal', 'border security', 'energy prices', 'the ceasefire', 'trade tariffs', 'refugee aid', 'the nuclear talks'];
const DAYS = ['on Monday', 'on Tuesday', 'last week', 'in March', 'next month', 'on Friday', 'earlier this year'];

/** One generated article of about 2-4 KB: sentences with actors, events and dates. */
function article(next: () => number, i: number): { date: string; title: string; text: string } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentences: string[] = [];
  const count = 15 + Math.floor(next() * 15);
  for (let s = 0; s < count; s++) {
    sentences.push(`${pick(ADJECTIVES)} ${pick(ROLES)} ${pick(VERBS)} ${pick(COUNTRIES)} over ${pick(TOPICS)} ${pick(DAYS)}, ${pick(['officials said', 'according to a statement', 'a spokesman told reporters'])}.`);
  }
  const day = String(1 + (i % 28)).padStart(2, '0');
  return { date: `2022-03-${day}`, title: `${pick(COUNTRIES)} and ${pick(COUNTRIES)}: report ${i}`, text: sentences.join(' ') };
}

/** Writes a generated input of about `bytes` bytes in `format`; returns the article count. */
export async function writeGenerated(file: string, format: 'jsonl' | 'csv', bytes: number, seed = 17): Promise<number> {
  const next = seeded(seed);
  const out = createWriteStream(file);
  let size = 0;
  let n = 0;
  const write = async (line: string): Promise<void> => {
    size += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  if (format === 'csv') await write('date,title,text\n');
  while (size < bytes) {
    const a = article(next, n++);
    await write(format === 'jsonl' ? `${JSON.stringify(a)}\n` : `${a.date},"${a.title}","${a.text.replace(/"/g, '""')}"\n`);
  }
  out.end();
  await once(out, 'finish');
  return n;
}

/** One measured ingest. */
export interface MemoryRun {
  format: 'jsonl' | 'csv';
  bytes: number;
  articles: number;
  seconds: number;
  peakRssMb: number;
}

/** What {@link runIngestMemoryBench} measured. */
export interface MemoryResult {
  runs: MemoryRun[];
  /** Peak of the large file over the peak of the small one, per format. */
  ratios: Record<string, number>;
}

/** Options for {@link runIngestMemoryBench}. */
export interface MemoryBenchOptions {
  /** Sizes in bytes, small first; default 100 KB and 20 MB. */
  sizes?: readonly number[];
  formats?: readonly ('jsonl' | 'csv')[];
}

/**
 * Ingests each generated file with `dateline ingest FILE --db NEW` (default workers) in its own
 * process and reads that process's peak RSS.
 */
export async function runIngestMemoryBench(options: MemoryBenchOptions = {}): Promise<MemoryResult> {
  const sizes = options.sizes ?? [100 * 1024, 20 * 1024 * 1024];
  const formats = options.formats ?? ['jsonl', 'csv'];
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-memory-'));
  const runs: MemoryRun[] = [];
  try {
    for (const format of formats) {
      for (const size of sizes) {
        const file = join(dir, `gen-${size}.${format}`);
        const articles = await writeGenerated(file, format, size);
        const rssFile = join(dir, 'rss');
        writeFileSync(rssFile, '');
        const started = process.hrtime.bigint();
        const run = spawnSync(process.execPath, ['--import', PRELOAD, BIN, 'ingest', file, '--db', join(dir, `${format}-${size}.db`)], {
          encoding: 'utf8', env: { ...process.env, DATELINE_BENCH_RSS_FILE: rssFile },
        });
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (run.status !== 0) throw new Error(`dateline ingest ${file} exited ${run.status ?? run.signal}:\n${run.stderr}`);
        runs.push({ format, bytes: statSync(file).size, articles, seconds, peakRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ratios: Record<string, number> = {};
  for (const format of formats) {
    const mine = runs.filter((r) => r.format === format);
    ratios[format] = mine[mine.length - 1]!.peakRssMb / mine[0]!.peakRssMb;
  }
  return { runs, ratios };
}

/** The phase's table and verdict. */
export function formatIngestMemory(result: MemoryResult): string {
  const lines = ['ingest memory: dateline ingest FILE (default workers), generated articles', 'format      file MB  articles      s  peak RSS MB'];
  for (const r of result.runs) {
    lines.push(`${r.format.padEnd(8)} ${(r.bytes / 1e6).toFixed(2).padStart(10)} ${String(r.articles).padStart(9)} ${r.seconds.toFixed(1).padStart(6)} ${r.peakRssMb.toFixed(0).padStart(12)}`);
  }
  for (const [format, ratio] of Object.entries(result.ratios)) {
    const peak = Math.max(...result.runs.filter((r) => r.format === format).map((r) => r.peakRssMb));
    const ok = ratio <= 1.3 && peak < 1024;
    lines.push(`${format}: largest / smallest peak RSS ${ratio.toFixed(2)} (budget <= 1.30), highest ${peak.toFixed(0)} MB (budget < 1024): ${ok ? 'within budget' : 'OVER BUDGET'}`);
  }
  return lines.join('\n');
}

// Run alone: node --import tsx scripts/bench/ingest-memory.ts [SMALL_BYTES LARGE_BYTES]
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log(formatIngestMemory(await runIngestMemoryBench(sizes.length ? { sizes } : {})));
}
