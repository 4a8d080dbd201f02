// Apart from store.ts, so the plugin can name the file without loading SQLite.

/** Where `npm start`, `npm run preview` and `npm run submissions` keep submissions unless told otherwise (git-ignored). */
export const DEFAULT_DB = ".data/submissions.sqlite";

/** The database path for a command or the dev server: `HAVEN_SUBMISSIONS_DB` from `env` when set, else {@link DEFAULT_DB}. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.HAVEN_SUBMISSIONS_DB || DEFAULT_DB;
}
