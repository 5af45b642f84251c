/**
 * `npm run bench [-- CSV_PATH] [--repeat N] [--no-api | --api-only | --startup-only | --memory-only] [--no-memory] [--api-requests N] [--api-db FILE]`:
 * CLI start-up (`dateline --help`, `dateline code` on a short article; scripts/bench/startup.ts,
 * `--startup-only` runs just it), then peak RSS of `dateline ingest` on generated 100 KB and 20 MB JSON Lines and
 * CSV files (scripts/bench/ingest-memory.ts; `--memory-only` runs just it, `--no-memory` skips it), then speed and peak memory of ingest and of each pipeline stage on a corpus (default
 * ../shared/data/corpus/guardian-sample.csv), then the API phase: p50/p99 latency of the HTTP API
 * over a database of at least 100k events (reusing `.bench/api-100k.db` when it has that many,
 * else built from the corpus in a temp dir; `--api-db FILE` reuses or builds and keeps FILE; see
 * scripts/bench/api-latency.ts). `--no-api` skips the API phase, `--api-only` runs just it. Each
 * phase runs in its own process so its peak memory is its own. Figures depend on the machine:
 * compare the ratios.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPipeline, createDoc, ingestPaths, loadKnowledge, openStore, readInput, workerAnnotator, COMPONENT_FACTORIES } from '../src/index.ts';
import { gcIntervalFrom, startHeapTrim } from '../src/lib/heap-trim.ts';
import { DEFAULT_CORPUS } from './bench/api-data.ts';
import { formatApiLatency, runApiLatency, type ApiLatencyResult } from './bench/api-latency.ts';
import { formatStartup, runStartupBench } from './bench/startup.ts';
import { formatIngestMemory, runIngestMemoryBench } from './bench/ingest-memory.ts';

interface PhaseResult {
  phase: string;
  articles: number;
  sentences: number;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  articlesPerSecond: number;
  sentencesPerSecond: number;
  peakRssMb: number;
}

const PHASES = {
  /** Reading the CSV, the pipeline, and storing in a fresh SQLite file. */
  'ingest+segment': { components: ['segmenter'], store: true },
  'ingest+full': { components: undefined, store: true },
  /** The same with the NLP in worker threads (one per core but one), overlapping reading and storing. */
  'ingest+full+wkr': { components: undefined, store: true, workers: true },
  /** The pipeline alone over texts already in memory. */
  segment: { components: ['segmenter'], store: false },
  'actors+timex': { components: ['segmenter', 'actors', 'timex'], store: false },
  full: { components: undefined, store: false },
} as const;
type Phase = keyof typeof PHASES;

async function runPhase(phase: Phase, corpus: string, repeat: number): Promise<PhaseResult> {
  const spec = PHASES[phase];
  const pipeline = buildPipeline(loadKnowledge(), { components: spec.components });
  // Ingest phases trim heaps as `dateline ingest` does (src/lib/heap-trim.ts), so the figure is the CLI's.
  const gcIntervalMs = spec.store ? gcIntervalFrom(process.env) : 0;
  const annotator = 'workers' in spec ? workerAnnotator({ components: spec.components, gcIntervalMs }) : pipeline;
  const stopTrim = startHeapTrim(gcIntervalMs);
  const { articles } = await readInput(corpus);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  let best = Infinity;
  let sentences = 0;
  for (let r = 0; r < repeat; r++) {
    const started = process.hrtime.bigint();
    if (spec.store) {
      const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
      const store = openStore(join(dir, 'bench.db'));
      await ingestPaths(store, annotator, [corpus]);
      sentences = store.stats().sentences;
      store.close();
      rmSync(dir, { recursive: true, force: true });
    } else {
      sentences = 0;
      for (const a of articles) sentences += pipeline.run(createDoc(a.text, a.date)).sentences.length;
    }
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  stopTrim();
  if ('close' in annotator) await annotator.close();
  const megabytes = bytes / 1e6;
  return {
    phase,
    articles: articles.length,
    sentences,
    megabytes,
    seconds: best,
    mbPerSecond: megabytes / best,
    articlesPerSecond: articles.length / best,
    sentencesPerSecond: sentences / best,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

// Untimed requests per query before the timed ones.
const API_WARMUP = 20;

async function mainBench(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const toggle = (name: string): boolean => {
    const i = args.indexOf(name);
    if (i >= 0) args.splice(i, 1);
    return i >= 0;
  };
  const phase = flag('--phase') as Phase | 'api' | undefined;
  const repeat = Number(flag('--repeat') ?? 3);
  const apiRequests = Number(flag('--api-requests') ?? 200);
  const apiDb = flag('--api-db');
  const apiOnly = toggle('--api-only');
  const noApi = toggle('--no-api');
  const startupOnly = toggle('--startup-only');
  const memoryOnly = toggle('--memory-only');
  const noMemory = toggle('--no-memory');
  const usage = (message: string): never => {
    console.error(`npm run bench: ${message}`);
    process.exit(2);
  };
  if (apiOnly && noApi) usage('--api-only and --no-api contradict each other');
  if (startupOnly && (apiOnly || noApi)) usage('--startup-only runs the start-up phase alone; leave out --api-only and --no-api');
  if (!(Number.isInteger(apiRequests) && apiRequests >= 1)) usage(`--api-requests must be a whole number >= 1, got ${apiRequests}`);
  const corpus = resolve(args[0] ?? DEFAULT_CORPUS);
  if (phase === 'api') {
    const result = await runApiLatency({ corpus, requests: apiRequests, warmup: API_WARMUP, ...(apiDb ? { dbFile: resolve(apiDb) } : {}) });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (phase) {
    process.stdout.write(`${JSON.stringify(await runPhase(phase, corpus, repeat))}\n`);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  if (!apiOnly) console.log(formatStartup(await runStartupBench()));
  if (startupOnly) return;
  // Peak RSS of `dateline ingest` on generated 100 KB and 20 MB files (scripts/bench/ingest-memory.ts).
  if (!apiOnly && !noMemory) console.log(formatIngestMemory(await runIngestMemoryBench()));
  if (memoryOnly) return;
  console.log(`corpus ${corpus}`);
  if (!apiOnly) ingestBench(self, corpus, repeat);
  if (noApi) return;
  // Progress of a database build shows on stderr as it happens; the result comes back as JSON.
  const api = spawnSync(process.execPath, ['--import', 'tsx', self, '--phase', 'api', '--api-requests', String(apiRequests), ...(apiDb ? ['--api-db', apiDb] : []), corpus],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 });
  if (api.status !== 0) throw new Error(`phase api failed (exit status ${api.status ?? api.signal})`);
  console.log(formatApiLatency(JSON.parse(api.stdout) as ApiLatencyResult));
}

// The ingest and pipeline phases, each in its own process, and their table.
function ingestBench(self: string, corpus: string, repeat: number): void {
  console.log(`ingest and pipeline: best of ${repeat} runs; components: ${Object.keys(COMPONENT_FACTORIES).join(', ')}`);
  const results: PhaseResult[] = [];
  for (const p of Object.keys(PHASES) as Phase[]) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--phase', p, '--repeat', String(repeat), corpus], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`phase ${p} failed:\n${run.stderr}`);
    results.push(JSON.parse(run.stdout) as PhaseResult);
  }
  console.log('phase            articles    MB     s   MB/s  articles/s  sentences/s  peak RSS MB');
  for (const r of results) {
    console.log(`${r.phase.padEnd(15)} ${String(r.articles).padStart(8)} ${r.megabytes.toFixed(2).padStart(5)} ${r.seconds.toFixed(2).padStart(5)} ${r.mbPerSecond.toFixed(2).padStart(6)} ${r.articlesPerSecond.toFixed(0).padStart(11)} ${r.sentencesPerSecond.toFixed(0).padStart(12)} ${r.peakRssMb.toFixed(0).padStart(12)}`);
  }
  const seg = results.find((r) => r.phase === 'segment')!;
  const full = results.find((r) => r.phase === 'full')!;
  const ingestFull = results.find((r) => r.phase === 'ingest+full')!;
  const who = results.find((r) => r.phase === 'actors+timex')!;
  console.log(`segmenter + actors + timex / segmentation alone: ${(who.mbPerSecond / seg.mbPerSecond).toFixed(2)} of the speed (target >= 0.5)`);
  console.log(`every component / segmentation alone: ${(full.mbPerSecond / seg.mbPerSecond).toFixed(2)} of the speed`);
  const ingestWorkers = results.find((r) => r.phase === 'ingest+full+wkr')!;
  console.log(`ingest + every component + store / segmentation alone: ${(ingestFull.mbPerSecond / seg.mbPerSecond).toFixed(2)} of the speed on one thread, ${(ingestWorkers.mbPerSecond / seg.mbPerSecond).toFixed(2)} with the NLP in a worker (DECISIONS §8 budget: >= 0.30)`);
}

await mainBench();
