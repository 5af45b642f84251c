/**
 * A second, larger measure of the event coder: `data/training/plv-train.tsv` (1,050 sentences from
 * the CAMEO and PLOVER manuals, each with one gold PLOVER root type and marked source and target).
 * The FIRST coded event's type is compared with `gold_root` (`YIELD` accepts CONCEDE or RETREAT),
 * and its first source and target mentions with the marked `<s>` and `<t>` spans (overlap counts).
 * Beside it, issue 10's metric (metric.ts), a side fitting when it overlaps the marked span.
 * The sentences carry no date; they are read as published on 2020-01-01.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildPipeline, createDoc, loadKnowledge } from '../../src/index.ts';
import { DEFAULT_DATA_DIR } from '../../src/lib/paths.ts';
import { codeEvents, loadEventLexicon } from '../../src/events/index.ts';
import { pct, tallyType, type TypeCounts } from './score.ts';
import { addOutcome, emptyTotals, formatTotals, scoreRecord, type MetricTotals } from './metric.ts';

interface TrainRow {
  marked_sentence: string;
  gold_root: string;
}

/** What the training-set measure found. */
export interface TrainReport {
  items: number;
  type: number;
  coded: number;
  source: number;
  target: number;
  perType: Record<string, TypeCounts>;
  misses: string[];
  /** Issue 10's metric; a side fits when it overlaps the marked span. */
  metric: MetricTotals;
}

/** Strips `<s>`/`<t>` marks, returning the plain text and the marked ranges. */
export function unmark(marked: string): { text: string; source: [number, number] | null; target: [number, number] | null } {
  let text = '';
  const open: Record<string, number> = {};
  const ranges: Record<string, [number, number]> = {};
  for (const part of marked.split(/(<\/?[st]>)/)) {
    const m = /^<(\/?)([st])>$/.exec(part);
    if (!m) text += part;
    else if (m[1]) ranges[m[2]!] = [open[m[2]!] ?? 0, text.length];
    else open[m[2]!] = text.length;
  }
  return { text, source: ranges.s ?? null, target: ranges.t ?? null };
}

const overlaps = (r: [number, number] | null, p: { start: number; end: number } | undefined): boolean => !!r && !!p && p.start < r[1] && p.end > r[0];

/**
 * Runs the measure and prints it; null when the shared folder lacks the file.
 *
 * @example
 * runPlvTrain('../shared');
 */
export function runPlvTrain(sharedDir: string): TrainReport | null {
  const file = join(sharedDir, 'data', 'training', 'plv-train.tsv');
  if (!existsSync(file)) {
    console.log(`plv-train: ${file} not found, skipped`);
    return null;
  }
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, delimiter: '\t', relax_quotes: true, quote: false }) as TrainRow[];
  const pipeline = buildPipeline(loadKnowledge(), { components: ['segmenter', 'actors', 'timex'] });
  const { lexicon } = loadEventLexicon(DEFAULT_DATA_DIR);
  const out: TrainReport = { items: 0, type: 0, coded: 0, source: 0, target: 0, perType: {}, misses: [], metric: emptyTotals() };
  for (const row of rows) {
    const { text, source, target } = unmark(row.marked_sentence);
    const gold = row.gold_root === 'YIELD' ? ['CONCEDE', 'RETREAT'] : [row.gold_root];
    const events = codeEvents(pipeline.run(createDoc(text, '2020-01-01')), lexicon);
    const first = events[0];
    const side = (r: [number, number] | null) => (r ? (p: { start: number; end: number }) => overlaps(r, p) : null);
    addOutcome(out.metric, scoreRecord(events, { types: gold, source: side(source), target: side(target) }));
    out.items++;
    if (first) out.coded++;
    // YIELD accepts either reading; a miss counts against CONCEDE.
    const goldName = first && gold.includes(first.event) ? first.event : gold[0]!;
    const typeOk = tallyType(out.perType, goldName, first?.event ?? null);
    if (typeOk) out.type++;
    if (overlaps(source, first?.source[0])) out.source++;
    if (overlaps(target, first?.target[0])) out.target++;
    if (!typeOk) out.misses.push(`plv: gold ${row.gold_root}, got ${first ? `${first.event} "${text.slice(first.start, first.end)}"` : 'nothing'} | ${row.marked_sentence}`);
  }
  console.log(`plv-train (${out.items} sentences) issue-10 metric (a side fits when it overlaps the marked span): ${formatTotals(out.metric)}`);
  console.log(`plv-train (${out.items} sentences, first event; read for general gaps, no rule written from one sentence): type ${pct(out.type, out.items)}, source span ${pct(out.source, out.items)}, target span ${pct(out.target, out.items)}, something coded ${pct(out.coded, out.items)}`);
  return out;
}
