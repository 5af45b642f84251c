/** The database file used when neither `--db` nor `DATELINE_DB` names one. */
export const DEFAULT_DB_PATH = './dateline.db';

/**
 * Picks the database file: the `--db` flag, else the `DATELINE_DB` environment variable, else
 * `./dateline.db`. Empty values count as unset, so `DATELINE_DB= dateline ...` falls through.
 * The path is returned as given (not made absolute) so messages show what the user typed.
 *
 * @param flag - Value of the `--db` option, if any.
 * @param env - Environment to read `DATELINE_DB` from; tests pass their own.
 * @returns The path to hand to {@link openStore}.
 * @example
 * const store = openStore(resolveDbPath(options.db));
 */
export function resolveDbPath(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag;
  const fromEnv = env.DATELINE_DB;
  if (fromEnv) return fromEnv;
  return DEFAULT_DB_PATH;
}
