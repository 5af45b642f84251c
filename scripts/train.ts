/**
 * `npm run train [-- SHARED_DIR]`: trains the confidence model (src/events/confidence.ts) and writes
 * `data/models/confidence.json` with its provenance: inputs and their SHA-256, hyper-parameters and
 * the 5-fold cross-validated figures (reliability table, expected calibration error, precision and
 * recall at the chosen threshold, also with every gold role demanded). Reproducible: fixed seed, deterministic fitting, sorted output.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../src/index.ts';
import { DEFAULT_DATA_DIR } from '../src/lib/paths.ts';
import { CONFIDENCE_MODEL_FILE, DEFAULT_MIN_CONFIDENCE } from '../src/events/confidence.ts';
import { buildDataset } from './train/dataset.ts';
import { atThreshold, chooseThreshold, crossValidate, fitCalibrated, formatReliability, reliability, TRAIN_PARAMS } from './train/cv.ts';

const sharedDir = resolve(process.argv[2] ?? join(PACKAGE_ROOT, '..', 'shared'));
if (!existsSync(sharedDir)) {
  console.error(`train: ${sharedDir} not found; pass the shared reference folder as the first argument`);
  process.exit(2);
}
const data = buildDataset(sharedDir);
if (!data) {
  console.error(`train: ${sharedDir}/data/training/plv-train.tsv or data/plover-gsr/dev.jsonl not found`);
  process.exit(2);
}
const { examples } = data;
const y = examples.map((x) => x.label);
console.log(`confidence model: ${examples.length} coded events from ${data.sentences.length} gold sentences, ${y.filter(Boolean).length} right`);
const p = crossValidate(examples, TRAIN_PARAMS);
const rel = reliability(p, y);
console.log(`5-fold cross-validated reliability (folds by sentence, seed ${TRAIN_PARAMS.seed}):`);
for (const line of formatReliability(rel)) console.log(line);
// Right with every gold role too (the stricter reading, reported beside the label's).
const yRoles = examples.map((x) => (x.label && x.roles ? 1 : 0));
const threshold = chooseThreshold(p, y, TRAIN_PARAMS.minRecall);
const round = (v: number) => Math.round(v * 1000) / 1000;
const figure = (t: number) => {
  const a = atThreshold(p, y, t);
  const r = atThreshold(p, yRoles, t);
  return { threshold: t, shown: a.shown, right: a.right, precision: round(a.precision), recall: round(a.recall), withRoles: { right: r.right, precision: round(r.precision), recall: round(r.recall) } };
};
const bySet = Object.fromEntries((['dev', 'plv'] as const).map((set) => {
  const idx = examples.map((x, i) => i).filter((i) => data.sentences[examples[i]!.group]!.set === set);
  const ps = idx.map((i) => p[i]!);
  const ys = idx.map((i) => y[i]!);
  const at = atThreshold(ps, ys, threshold);
  const all = atThreshold(ps, ys, 0);
  const roles = atThreshold(ps, idx.map((i) => yRoles[i]!), threshold);
  return [set, { events: idx.length, right: ys.filter(Boolean).length, ece: round(reliability(ps, ys).ece), all: { precision: round(all.precision) }, atThreshold: { precision: round(at.precision), recall: round(at.recall), shown: at.shown, withRoles: { precision: round(roles.precision), recall: round(roles.recall) } } }];
}));
const all = figure(0);
const chosen = figure(threshold);
console.log(`all events:           precision ${all.precision.toFixed(3)}, recall 1.000 (${all.right}/${all.shown})`);
console.log(`at threshold ${threshold.toFixed(2)} (highest keeping recall >= ${TRAIN_PARAMS.minRecall}): precision ${chosen.precision.toFixed(3)}, recall ${chosen.recall.toFixed(3)} (${chosen.right} right of ${chosen.shown} shown); with every gold role: precision ${chosen.withRoles.precision.toFixed(3)} (all events ${all.withRoles.precision.toFixed(3)})`);
for (const [set, s] of Object.entries(bySet)) console.log(`  ${set}: ${s.events} events, ECE ${s.ece.toFixed(3)}, all precision ${s.all.precision.toFixed(3)}, at ${threshold.toFixed(2)} precision ${s.atThreshold.precision.toFixed(3)} recall ${s.atThreshold.recall.toFixed(3)}; with roles precision ${s.atThreshold.withRoles.precision.toFixed(3)}`);
if (threshold !== DEFAULT_MIN_CONFIDENCE) console.warn(`train: the chosen threshold ${threshold} differs from DEFAULT_MIN_CONFIDENCE ${DEFAULT_MIN_CONFIDENCE} in src/events/confidence.ts: update it and data/README.md`);

const model = fitCalibrated(examples, TRAIN_PARAMS, TRAIN_PARAMS.seed);
const file = join(DEFAULT_DATA_DIR, CONFIDENCE_MODEL_FILE);
mkdirSync(dirname(file), { recursive: true });
const out = {
  format: 'dateline-confidence/1',
  provenance: {
    written: 'npm run train (scripts/train.ts); do not edit by hand',
    method: 'L2 logistic regression (Newton/IRLS, scripts/train/logistic.ts) over features of the rule decision (eventFeatures in src/events/confidence.ts), Platt-calibrated on 5-fold out-of-fold scores',
    label: 'an event is right when its type is one the gold accepts under our conventions (a scheduled CONSULT for an announced meeting the gold codes AGREE; the scheduled act a promise splits off); roles are scored apart (scripts/train/dataset.ts)',
    threshold: `the highest threshold on a 0.05 grid keeping at least ${TRAIN_PARAMS.minRecall} of the right events the rules code (cross-validated)`,
    inputs: data.inputs,
    hyperParameters: TRAIN_PARAMS,
    examples: { events: examples.length, right: y.filter(Boolean).length, sentences: data.sentences.length },
    crossValidated: {
      ece: round(rel.ece),
      reliability: rel.table.map((b) => ({ from: b.from, to: b.to, n: b.n, meanConfidence: round(b.meanConfidence), observed: round(b.observed) })),
      all,
      atThreshold: chosen,
      bySet,
    },
  },
  threshold,
  platt: { a: Math.round(model.platt.a * 1e6) / 1e6, b: Math.round(model.platt.b * 1e6) / 1e6 },
  weights: Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => (a < b ? -1 : 1))),
};
writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${file} (${Object.keys(model.weights).length} weights, threshold ${threshold})`);
