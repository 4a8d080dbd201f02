import nunjucks from "nunjucks";
import { parse, type HTMLElement } from "node-html-parser";
import haven from "../../src/index.ts";
import type { UserConfig } from "../../src/eleventy-types.ts";
import { parseOrThrow } from "../../src/validate/parse-data.ts";
import { siteSchema } from "../../src/data/site-schema.ts";
import { insurersSchema } from "../../src/data/insurers-schema.ts";
import siteInput from "../fixtures/theme-site/content/_data/site.ts";
import insurersInput from "../fixtures/theme-site/content/_data/insurers.ts";

/** A Nunjucks environment over the theme's templates with every filter and global the plugin registers. */
export function themeEnvironment(): nunjucks.Environment {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(["includes", "layouts"]), { autoescape: true });
  const used = {
    directories: { input: "content", includes: "_includes", layouts: "_layouts", data: "_data", output: "_site" },
    addFilter: (name: string, fn: (...args: unknown[]) => unknown) => env.addFilter(name, fn),
    addGlobalData: (name: string, value: unknown) => env.addGlobal(name, value),
  };
  // Only filters and global data matter here; every other registration is a no-op.
  const config = new Proxy(used, {
    get: (target, key) => (key in target ? target[key as keyof typeof used] : () => {}),
  }) as unknown as UserConfig;
  haven(config);
  return env;
}

/** The example site's validated data, as templates receive it. */
export const exampleData = () => ({
  site: parseOrThrow(siteSchema, siteInput, "site.ts"),
  insurers: parseOrThrow(insurersSchema, insurersInput, "insurers.ts"),
  page: { url: "/articles/x/", inputPath: "./content/articles/x.md" },
});

/** Renders one partial with the example data (plus `extra`) and parses the result. */
export function renderPartial(name: string, extra: Record<string, unknown> = {}): HTMLElement {
  return parse(themeEnvironment().render(name, { ...exampleData(), ...extra }));
}
