import type MarkdownIt from "markdown-it";
import type { UrlSettings } from "./register.ts";
import { isExternal, sitePath } from "./site-urls.ts";

/**
 * Markdown-it plugin: root-relative links in markdown (`[Contact](/contact/)`) get the path prefix, from
 * the tokens, as links the templates write do. Relative and external URLs are left alone; images get it
 * from the image pipeline, which needs their source path as written.
 */
export function siteLinks(md: MarkdownIt, settings: () => UrlSettings): void {
  md.core.ruler.push("haven_site_links", (state) => {
    const { linkPrefix } = settings();
    if (linkPrefix === "/") return;
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        const href = token.type === "link_open" ? token.attrGet("href") : null;
        if (href?.startsWith("/") && !isExternal(href)) token.attrSet("href", sitePath(href, linkPrefix));
      }
    }
  });
}

/**
 * What a link in a page's HTML points to, as an absolute URL: `href` as Haven wrote it (prefixed unless
 * the HtmlBasePlugin adds the prefix afterwards), resolved against the page's absolute `pageUrl`.
 */
export function linkTarget(href: string, pageUrl: string, { pathPrefix, linkPrefix }: UrlSettings): string {
  const rooted = href.startsWith("/") && !isExternal(href);
  const written = rooted && linkPrefix !== pathPrefix ? sitePath(href, pathPrefix) : href;
  return new URL(written, pageUrl).href;
}
