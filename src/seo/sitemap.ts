import escapeHtml from "escape-html";
import { isoDate } from "../filters/dates.ts";
import { pageUrl } from "../urls/site-urls.ts";

/** The part of an Eleventy collection item the sitemap reads. */
export interface SitemapItem {
  url: string | false;
  data: { noindex?: unknown; dateModified?: string | Date; datePublished?: string | Date };
}

/** One `<url>` of the sitemap. */
export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

// HTML's five escapes (&amp; &lt; &gt; &quot; &#39;) are XML's too.
const escapeXml = escapeHtml;

/** The indexable HTML pages among `items` (not `noindex`), by absolute URL under the `home` URL, with `lastmod` from `dateModified` (else `datePublished`, as an article's `dateModified` defaults). */
export function sitemapEntries(items: SitemapItem[], home: string): SitemapEntry[] {
  return items
    .filter((item): item is SitemapItem & { url: string } => typeof item.url === "string" && /(\/|\.html)$/.test(item.url))
    .filter((item) => item.data.noindex !== true)
    .map((item) => {
      const modified = item.data.dateModified ?? item.data.datePublished;
      return { loc: pageUrl(home, item.url), ...(modified && { lastmod: isoDate(modified) }) };
    })
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}

/** The `sitemap.xml` document for `entries`, escaped for XML. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map(({ loc, lastmod }) => {
    const modified = lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : "";
    return `  <url><loc>${escapeXml(loc)}</loc>${modified}</url>\n`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("")}</urlset>\n`;
}
