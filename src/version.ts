/**
 * Which code coded an event: one version string, defined here only, that exports write in their
 * `Version` column and JSON carries as `version`. Re-coding (`dateline recode`, DECISIONS §9) compares
 * it with what an article was coded by.
 */
import { createRequire } from 'node:module';

const { version: PACKAGE_VERSION } = createRequire(import.meta.url)('../package.json') as { version: string };

/**
 * Bumped by hand with any change that alters coded output (lexicons, rules, the coder, the actor
 * knowledge base), so stored articles coded by an earlier pipeline can be found and re-coded. A
 * release that changes only the CLI, the store or the UI keeps it.
 */
export const PIPELINE_VERSION = 1;

/**
 * The coder's version: `<package version>+pipeline.<PIPELINE_VERSION>`, e.g. `0.1.0+pipeline.1`.
 *
 * @example
 * `Version` column of an export: CODER_VERSION
 */
export const CODER_VERSION = `${PACKAGE_VERSION}+pipeline.${PIPELINE_VERSION}`;
