import haven from "eleventy-theme-haven";

/** Your site: Haven generates the home page, article index, topics, team and location pages, and the feed. */
export default function (eleventyConfig: Parameters<typeof haven>[0]) {
  eleventyConfig.addPlugin(haven, { articlesDir: "articles", pageSize: 10 });
}

export const config = {
  dir: { input: "content", includes: "_includes", layouts: "_layouts", data: "_data" },
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
  templateFormats: ["md", "njk"],
};
