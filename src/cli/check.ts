import { checkA11y } from "../checks/a11y.ts";
import { checkBudgets } from "../checks/budgets.ts";
import { checkHtml } from "../checks/html.ts";
import { CommandError, parseCommand } from "../receiver/command-line.ts";

/** `check --help`. */
export const CHECK_HELP = `Usage: eleventy-theme-haven check [--dir _site] [--only budgets|html|a11y]

Runs Haven's page checks over a built site: page-weight budgets, html-validate and pa11y-ci (axe and htmlcs, WCAG 2 AA).

Options:
  --dir <folder>   the built site (default _site)
  --only <check>   one check: budgets, html or a11y`;

const CHECKS = {
  budgets: async (dir: string) => {
    const failures = await checkBudgets(dir);
    if (failures.length) console.error(`\nOver budget:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
    return failures.length ? 1 : 0;
  },
  html: checkHtml,
  a11y: checkA11y,
};

/** Runs `check`: every check (or `--only` one) in turn; the exit code is 1 when any fails. */
export async function checkCommand(argv: string[]): Promise<void> {
  const options = parseCommand(argv, { dir: { type: "string", default: "_site" }, only: { type: "string" } });
  if (!options) return console.log(CHECK_HELP);
  const names = options.only ? [options.only] : Object.keys(CHECKS);
  const unknown = names.find((name) => !(name in CHECKS));
  if (unknown) throw new CommandError(`--only must be one of ${Object.keys(CHECKS).join(", ")}, not "${unknown}".`, 2);
  let failed = false;
  for (const name of names) failed = (await CHECKS[name as keyof typeof CHECKS](options.dir)) !== 0 || failed;
  if (failed) process.exitCode = 1;
}
