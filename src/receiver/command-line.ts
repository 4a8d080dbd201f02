import { parseArgs, type ParseArgsConfig } from "node:util";

/** A command's failure that is the user's to fix: printed as one line, no stack trace, exit code 1 (2 for usage). */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

type Options = NonNullable<ParseArgsConfig["options"]>;
/** The values `parseArgs` gives for `T` in strict mode, without positionals. */
export type CommandValues<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>>["values"];

/**
 * Parses `argv` against `options` (plus `--help`), strictly: an unknown option, a missing value or a
 * stray argument throws a CommandError naming it. Returns undefined when `--help` was asked for.
 */
export function parseCommand<T extends Options>(argv: string[], options: T): CommandValues<T> | undefined {
  if (argv.includes("--help") || argv.includes("-h")) return undefined;
  return parseStrict(argv, options, false).values as CommandValues<T>;
}

function parseStrict<T extends Options>(argv: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    const option = /'([^' ]+)/.exec((error as Error).message)?.[1];
    const what =
      code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? `Unknown option ${option}`
      : code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" ? `Unexpected argument ${option ?? ""}`.trim()
      : `Option ${option ?? ""} ${code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" ? "needs a value" : "is not valid here"}`;
    throw new CommandError(`${what}. Run with --help to see the options.`, 2);
  }
}

/**
 * Runs a command's body: a CommandError (or an error `explain` turns into a sentence) prints one line
 * on stderr and sets the exit code; anything else is a bug and keeps its stack trace.
 */
export async function runCommand(name: string, body: () => Promise<void>, explain: (error: unknown) => string | undefined = () => undefined): Promise<void> {
  try {
    await body();
  } catch (error) {
    const sentence = error instanceof CommandError ? error.message : explain(error);
    if (sentence === undefined) throw error;
    console.error(`${name}: ${sentence}`);
    process.exitCode = error instanceof CommandError ? error.exitCode : 1;
  }
}

/** A positive whole number from an option's text, or a CommandError naming the option. */
export function wholeNumber(text: string, option: string, min = 1): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min) throw new CommandError(`--${option} must be a whole number of at least ${min}, not "${text}".`, 2);
  return value;
}

/** An ISO 8601 timestamp (UTC) from a date or date-time option, or a CommandError naming the option. */
export function dateOption(text: string, option: string): string {
  const date = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) ? new Date(text.length === 10 ? `${text}T00:00:00Z` : text) : undefined;
  if (!date || isNaN(date.getTime())) throw new CommandError(`--${option} must be a date like 2026-01-31 (or 2026-01-31T09:00Z), not "${text}".`, 2);
  return date.toISOString();
}

/**
 * A script's options from `process.argv`, strictly parsed: `--help` prints `usage` and exits 0; an
 * unknown option or missing value prints one line and exits 2. `positionals` allows plain arguments.
 */
export function scriptArgs<T extends Options>(usage: string, options: T, positionals = false): { values: CommandValues<T>; positionals: string[] } {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  try {
    const parsed = parseStrict(argv, options, positionals);
    return { values: parsed.values as CommandValues<T>, positionals: parsed.positionals };
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
