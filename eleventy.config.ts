import haven from "./src/index.ts";

/** The example site: configured exactly as a site that installed Haven from npm would be. */
export default function (eleventyConfig: Parameters<typeof haven>[0]) {
  eleventyConfig.addPlugin(haven, { articlesDir: "articles", pageSize: 5 });
}

export const config = {
  dir: { input: "content", includes: "_includes", layouts: "_layouts", data: "_data" },
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
  templateFormats: ["md", "njk"],
};
