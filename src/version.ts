/**
 * Which code coded an event: one version string, defined here only, that exports write in their
 * `Version` column and JSON carries as `version`. Re-coding (`dateline recode`, DECISIONS §9) compares
 * {@link PIPELINE_VERSION} with the one each stored article was coded by.
 */
import { createRequire } from 'node:module';

const { version: PACKAGE_VERSION } = createRequire(import.meta.url)('../package.json') as { version: string };

/**
 * The version of the pipeline that codes articles. Each stored article records the one that coded it
 * (`articles.pipeline_version`), and `dateline recode` re-codes every article coded by another.
 *
 * When to bump it (by one, in the same commit as the change): whenever the same article would be stored
 * differently, that is any change to coded output: the lexicons, rules, patterns or thresholds under
 * `data/`, the coder, the actor or time resolution, the quote tagger, the sentence splitter, the actor
 * knowledge base, or how a span is shaped for the store. Keep it for a change that only touches the
 * CLI, the API, the UI, exports or the store's schema: stored annotations stay right then.
 *
 * History: 1 before articles recorded their version (stored as NULL); 2 from then on, with the time,
 * event and actor coding changed in the same work (the imported actor knowledge base among them).
 */
export const PIPELINE_VERSION = 2;

/**
 * The coder's version: `<package version>+pipeline.<PIPELINE_VERSION>`, e.g. `0.1.0+pipeline.2`.
 *
 * @example
 * `Version` column of an export: CODER_VERSION
 */
export const CODER_VERSION = `${PACKAGE_VERSION}+pipeline.${PIPELINE_VERSION}`;
