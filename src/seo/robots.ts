/** `robots.txt`: every crawler may read everything, and the sitemap is at `{site URL}/sitemap.xml`. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap.xml\n`;
}
