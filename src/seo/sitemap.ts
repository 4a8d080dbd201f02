import escapeHtml from "escape-html";
import { isoDate } from "../filters/dates.ts";
import { pageUrl } from "../urls/site-urls.ts";
import type { HreflangLink } from "../languages/alternates.ts";

/** The part of an Eleventy collection item the sitemap reads. */
export interface SitemapItem {
  url: string | false;
  data: { noindex?: unknown; dateModified?: string | Date; datePublished?: string | Date };
}

/** One `<url>` of the sitemap; `alternates` are its language versions (itself included, then `x-default`). */
export interface SitemapEntry {
  loc: string;
  lastmod?: string;
  alternates?: { hreflang: string; href: string }[];
}

// HTML's five escapes (&amp; &lt; &gt; &quot; &#39;) are XML's too.
const escapeXml = escapeHtml;

/**
 * The indexable HTML pages among `items` (not `noindex`), by absolute URL under the `home` URL, with `lastmod` from
 * `dateModified` (else `datePublished`, as an article's `dateModified` defaults) and, for a translated page, its
 * language versions (`hreflang`, by site path).
 */
export function sitemapEntries(items: SitemapItem[], home: string, hreflang: (url: string) => HreflangLink[] = () => []): SitemapEntry[] {
  return items
    .filter((item): item is SitemapItem & { url: string } => typeof item.url === "string" && /(\/|\.html)$/.test(item.url))
    .filter((item) => item.data.noindex !== true)
    .map((item) => {
      const modified = item.data.dateModified ?? item.data.datePublished;
      const alternates = hreflang(item.url);
      return { loc: pageUrl(home, item.url), ...(modified && { lastmod: isoDate(modified) }), ...(alternates.length && { alternates }) };
    })
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}

/** The `sitemap.xml` document for `entries`, escaped for XML. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map(({ loc, lastmod, alternates = [] }) => {
    const modified = lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : "";
    const links = alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`).join("");
    return `  <url><loc>${escapeXml(loc)}</loc>${modified}${links}</url>\n`;
  });
  const xhtml = entries.some((e) => e.alternates?.length) ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : "";
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${urls.join("")}</urlset>\n`;
}
