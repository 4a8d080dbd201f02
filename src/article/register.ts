import type { Site } from "../data/site-schema.ts";
import type { UserConfig } from "../eleventy-types.ts";
import type { FactsOf } from "../seo/register.ts";
import { articleView } from "./view.ts";

/** Registers `havenArticle`: the view model of the current health article (undefined on other pages), for article.njk and its partials. */
export function registerArticleView(eleventyConfig: UserConfig, facts: FactsOf): void {
  eleventyConfig.addFilter("havenArticle", function () {
    const { article, credits } = facts(this.ctx!);
    return article && credits && articleView(article, credits, (this.ctx!.site as Site).lang);
  });
}
