import { absoluteUrl } from "../urls/site-urls.ts";

/** `robots.txt`: every crawler may read everything, and the sitemap is at `sitemap.xml` under the site's `home` URL. */
export function robotsTxt(home: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(home, "/sitemap.xml")}\n`;
}
