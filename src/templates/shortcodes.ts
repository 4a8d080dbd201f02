import type { UserConfig } from "../eleventy-types.ts";
import type { SiteTemplates } from "./register.ts";

/** Shortcodes usable in markdown, each rendering the partial of the same component (overridable by file name). */
export const SHORTCODES = {
  insuranceCallout: "insurance-callout.njk",
  closingCta: "closing-cta.njk",
  bookOffer: "book-offer.njk",
  callBanner: "call-banner.njk",
  insurerBadges: "insurer-badges.njk",
  crisisNotice: "crisis-notice.njk",
} as const;

/**
 * Whether rendered `content` already holds the element with `id`: a component placed in the body (a shortcode)
 * replaces the layout's copy, so the page never has it twice (`{% if not (content | havenHasId("closing-cta-title")) %}`).
 */
export function hasId(content: unknown, id: string): boolean {
  return typeof content === "string" && content.includes(`id="${id}"`);
}

/** Registers one shortcode per component (each renders its partial with the calling page's data) and `havenHasId`. */
export function registerShortcodes(eleventyConfig: UserConfig, templates: SiteTemplates): void {
  eleventyConfig.addFilter("havenHasId", hasId);
  for (const [name, file] of Object.entries(SHORTCODES)) {
    eleventyConfig.addShortcode(name, function () {
      return templates.render(file, this.ctx, `{% ${name} %}`);
    });
  }
}
