import type { UserConfig } from "../eleventy-types.ts";
import { bindDevServerToHost } from "../receiver/dev-server-host.ts";
import { devServerMiddleware } from "../receiver/middleware.ts";
import { defaultDbPath } from "../receiver/db-path.ts";
import { type Bundle, buildBundle, describeBundle, writeBundle } from "./bundle.ts";
import { createFormFilter, insurerQuery } from "./resolve.ts";
import type { Labels } from "../templates/labels.ts";

/**
 * Wires the forms: the `havenForm` filter the partials render from, the browser bundle (built before
 * each build, its sizes printed, loaded by each form's partial) and the receiver in the dev server.
 */
export function registerForms(eleventyConfig: UserConfig, isResolved: (data: unknown) => boolean, labelsFor: (lang: string) => Labels): void {
  const formFilter = createFormFilter(isResolved, labelsFor);
  eleventyConfig.addFilter("havenForm", formFilter);
  // Insurer links preselect with the parameter the verify-insurance form reads: `{ insurer: "aetna" }`.
  eleventyConfig.addFilter("havenInsurerQuery", (forms: unknown, insurerId: string) => insurerQuery(formFilter(forms, "verify-insurance"), insurerId));

  let bundle: Bundle | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    bundle = await buildBundle();
    console.log(describeBundle(bundle));
    await writeBundle(bundle, directories.output);
  });
  // The form partial loads it, so only pages with a form do; a browser runs a module once per page.
  eleventyConfig.addNunjucksGlobal("havenFormsBundle", () => bundle?.src);

  bindDevServerToHost();
  eleventyConfig.setServerOptions({ middleware: [devServerMiddleware(eleventyConfig, defaultDbPath())] });
}
