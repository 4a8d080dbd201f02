#!/usr/bin/env node
/**
 * `eleventy-theme-haven`: start a site, check its pages, list due medical reviews (see `--help`). Each command
 * loads only what it needs, so `init` runs from an unpacked tarball with no dependencies installed.
 */
import { runCommand } from "../receiver/command-line.ts";

const COMMANDS: Record<string, { summary: string; load: () => Promise<(argv: string[]) => Promise<void>> }> = {
  init: { summary: "init <folder>: write a small working site into a new folder", load: async () => (await import("./init.ts")).initCommand },
  check: { summary: "check [--dir _site]: page-weight budgets, html-validate and pa11y-ci over a built site", load: async () => (await import("./check.ts")).checkCommand },
  "review-report": { summary: "review-report: articles whose medical review is due, with their reviewer", load: async () => (await import("./review-report.ts")).reviewReportCommand },
};

const [name, ...argv] = process.argv.slice(2);
const command = name ? COMMANDS[name] : undefined;
const usage = `Usage: eleventy-theme-haven <command> [--help]\n\n${Object.values(COMMANDS).map((c) => `  ${c.summary}`).join("\n")}`;
if (!command && (!name || name === "--help" || name === "-h")) {
  console.log(usage);
  if (!name) process.exitCode = 2;
} else if (!command) {
  // One line, as every Haven command reports a usage mistake.
  const what = name.startsWith("-") ? `Unknown option ${name}` : `Unknown command "${name}"`;
  console.error(`eleventy-theme-haven: ${what}. Run with --help to see the commands.`);
  process.exitCode = 2;
} else {
  // TypeScript site data (_data/*.ts) loads through tsx when the site has it.
  if (name !== "init") await import("tsx/esm/api" as string).then((tsx: { register(): void }) => tsx.register()).catch(() => undefined);
  const run = await command.load();
  await runCommand(`eleventy-theme-haven ${name}`, () => run(argv));
}
