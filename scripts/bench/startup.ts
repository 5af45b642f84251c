/**
 * The CLI start-up phase of `npm run bench`: wall time of `dateline --help` and of `dateline code`
 * on a short article, run as real processes through bin/dateline.js with a fresh build (built
 * first when stale), as the median of several runs. `node -e 0` is the floor any Node CLI pays.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsFresh } from '../../bin/build-stamp.js';
import { buildCli } from '../build.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'dateline.js');

/** The article `dateline code` codes: two sentences, one event, a quote. */
const SHORT_ARTICLE = 'date 2022-01-10\nRussian and American diplomats met in Geneva on Monday. "We will respond," Lavrov said.\n';

/** One measured command. */
export interface StartupTiming {
  label: string;
  medianMs: number;
  runs: number;
}

/** What {@link runStartupBench} measured. */
export interface StartupResult {
  /** True when dist/ had to be rebuilt before measuring. */
  rebuilt: boolean;
  timings: StartupTiming[];
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** True when bin/dateline.js would run the bundle. */
function fresh(): boolean {
  return buildIsFresh(ROOT, join(ROOT, 'dist'));
}

// A run counts only if the bundle was fresh before and after it: a source edited meanwhile would
// have sent bin/dateline.js to tsx. Stale in between means rebuild and run again.
async function timeRuns(label: string, args: string[], runs: number): Promise<StartupTiming> {
  const ms: number[] = [];
  for (let attempt = 0; ms.length < runs + 1; attempt++) {
    if (attempt > runs * 3) throw new Error(`the sources kept changing while ${label} was measured`);
    if (!fresh()) await buildCli();
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (run.status !== 0) throw new Error(`${label} exited with ${run.status ?? run.signal}: ${run.stderr}`);
    if (fresh()) ms.push(elapsed);
  }
  // The first run warms the file cache and is not counted.
  return { label, medianMs: median(ms.slice(1)), runs };
}

/** Builds dist/ if stale, then times each start-up `runs` times after one warm-up. */
export async function runStartupBench(runs = 7): Promise<StartupResult> {
  const rebuilt = !fresh();
  const dir = mkdtempSync(join(tmpdir(), 'dateline-startup-'));
  try {
    const article = join(dir, 'short.txt');
    writeFileSync(article, SHORT_ARTICLE);
    const timings = [
      await timeRuns('node -e 0', ['-e', '0'], runs),
      await timeRuns('dateline --help', [BIN, '--help'], runs),
      await timeRuns('dateline code SHORT', [BIN, 'code', article], runs),
    ];
    return { rebuilt, timings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The start-up table: median ms and the ratio to a bare `node -e 0`. */
export function formatStartup(result: StartupResult): string {
  const floor = result.timings[0]!.medianMs;
  const lines = [`CLI start-up through bin/dateline.js with the bundle in dist/${result.rebuilt ? ' (built first)' : ''}: median of ${result.timings[0]!.runs} warm runs`];
  lines.push('command                 median ms   x node -e 0');
  for (const t of result.timings) lines.push(`${t.label.padEnd(22)} ${t.medianMs.toFixed(0).padStart(10)} ${(t.medianMs / floor).toFixed(1).padStart(13)}`);
  const help = result.timings.find((t) => t.label === 'dateline --help')!;
  lines.push(`dateline --help: ${help.medianMs.toFixed(0)} ms (target < 500 ms warm)`);
  return lines.join('\n');
}
