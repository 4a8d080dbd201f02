import path from "node:path";
import { findArticleDirs } from "../languages/article-dirs.ts";
import { loadYaml } from "../data/front-matter.ts";
import type { PersonEntry } from "../data/people-schema.ts";
import { createDataStore } from "../data/store.ts";
import type { Site } from "../data/site-schema.ts";
import { articleCards } from "../pages/catalog.ts";
import { dueReviews, reviewReport } from "../pages/review.ts";
import { CommandError, dateOption, parseCommand } from "../receiver/command-line.ts";
import { createSiteChecker } from "../validate/check-site.ts";

/** `review-report --help`. */
export const REVIEW_HELP = `Usage: eleventy-theme-haven review-report [options]

Lists the articles whose lastReviewed is site.reviewInterval months old or more (default 12), with their reviewer.

Options:
  --input <folder>     the site's input folder (default content)
  --data <folder>      its data folder, inside the input folder (default _data)
  --articles <folder>  its articles folder, inside the input folder (default articles)
  --today <date>       count from this day instead of today, e.g. 2026-11-29
Exit code 0 either way: the report informs, the build warns.`;

/** Runs `review-report`: checks the site's data as the build does, then prints the due reviews. */
export async function reviewReportCommand(argv: string[]): Promise<void> {
  const options = parseCommand(argv, {
    input: { type: "string", default: "content" },
    data: { type: "string", default: "_data" },
    articles: { type: "string", default: "articles" },
    today: { type: "string" },
  });
  if (!options) return console.log(REVIEW_HELP);
  const today = (options.today ? dateOption(options.today, "today") : new Date().toISOString()).slice(0, 10);
  const checker = createSiteChecker(loadYaml, createDataStore().load);
  const dirs = { input: options.input, data: path.join(options.input, options.data), articles: findArticleDirs(options.input, options.articles) };
  const checked = await checker.check(dirs).catch((error: Error) => {
    throw new CommandError(error.message);
  });
  const site = checked.data.site?.value as Site;
  const people = (checked.data.people?.value ?? []) as PersonEntry[];
  const cards = articleCards(checked.articles.map(({ file, article }) => ({ url: "", inputPath: file, article })), people);
  console.log(reviewReport(dueReviews(cards, today, site.reviewInterval), site.reviewInterval));
}
