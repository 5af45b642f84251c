// Preloaded by the ingest-memory bench (`node --import`): writes the process's peak RSS in KB
// (worker threads included, they share the process) to $DATELINE_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.DATELINE_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
