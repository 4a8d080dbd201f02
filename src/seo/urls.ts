/** An absolute URL for a site path (`/about/` → `https://www.example.org/about/`); absolute URLs pass through. */
export function absoluteUrl(siteUrl: string, href: string): string {
  return /^https?:\/\//.test(href) ? href : `${siteUrl}${href}`;
}
