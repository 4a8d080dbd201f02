import type { Environment } from "nunjucks";
import type { UserConfig } from "../eleventy-types.ts";

/** Shortcodes usable in markdown, each rendering the partial of the same component (overridable by file name). */
export const SHORTCODES = {
  insuranceCallout: "insurance-callout.njk",
  closingCta: "closing-cta.njk",
  bookOffer: "book-offer.njk",
  callBanner: "call-banner.njk",
  insurerBadges: "insurer-badges.njk",
  crisisNotice: "crisis-notice.njk",
} as const;

/** Registers one shortcode per component; each renders its partial with the calling page's data. */
export function registerShortcodes(eleventyConfig: UserConfig): void {
  let environment: Environment | undefined;
  eleventyConfig.on("eleventy.engine.njk", (event) => {
    environment = event.environment;
  });
  for (const [name, file] of Object.entries(SHORTCODES)) {
    eleventyConfig.addShortcode(name, function () {
      if (!environment) throw new Error(`Haven: {% ${name} %} needs Nunjucks, which has not started`);
      return environment.render(file, this.ctx);
    });
  }
}
