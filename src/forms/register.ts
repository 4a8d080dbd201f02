import type { UserConfig } from "../eleventy-types.ts";
import { devServerMiddleware } from "../receiver/middleware.ts";
import { type Bundle, buildBundle, describeBundle, writeBundle } from "./bundle.ts";
import { havenFormFilter } from "./resolve.ts";

// Every Haven form carries this attribute; a plain substring test keeps the check cheap on every page.
const FORM_MARK = " data-haven-form=";

/**
 * Wires the forms: the `havenForm` filter the partials render from, the browser bundle (built before
 * each build, its sizes printed, loaded only by pages with a Haven form) and the receiver in the dev server.
 */
export function registerForms(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("havenForm", havenFormFilter);

  let bundle: Bundle | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    bundle = await buildBundle();
    console.log(describeBundle(bundle));
    await writeBundle(bundle, directories.output);
  });
  eleventyConfig.addTransform("havenFormsScript", function (content) {
    const isHtml = String(this.page.outputPath).endsWith(".html");
    if (!bundle || !isHtml || !content.includes(FORM_MARK)) return content;
    return content.replace("</head>", `<script type="module" src="${bundle.src}"></script>\n</head>`);
  });

  eleventyConfig.setServerOptions({ middleware: [devServerMiddleware(eleventyConfig)] });
}
