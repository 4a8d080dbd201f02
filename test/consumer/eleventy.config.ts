import haven from "eleventy-theme-haven";

export default function (eleventyConfig: Parameters<typeof haven>[0]) {
  eleventyConfig.addPlugin(haven, { articlesDir: "guides", stylesheets: ["content/site.css"] });
}

export const config = {
  dir: { input: "content", includes: "_includes", layouts: "_layouts", data: "_data" },
  markdownTemplateEngine: "njk",
};
