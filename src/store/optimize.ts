import type { Store } from './store.ts';

/**
 * Refreshes SQLite's planner statistics after a command has written, so queries keep their indexes
 * as a store grows (DECISIONS §5). Analyses only the tables that need it, including tables never
 * analysed (a store just built); `analysis_limit` samples each index, so a large store stays quick.
 * Does nothing on a read-only store: reading never writes.
 *
 * @param store - A store opened with {@link openStore}.
 * @example
 * try { await ingestPaths(store, pipeline, paths); } finally { refreshPlannerStats(store); store.close(); }
 */
export function refreshPlannerStats(store: Store): void {
  if (store.db.readonly || !store.isOpen) return;
  store.db.pragma('analysis_limit = 1000');
  // 0x10002 = 0x2 (run ANALYZE where it helps) | 0x10000 (also on tables never analysed).
  store.db.pragma('optimize = 0x10002');
}
