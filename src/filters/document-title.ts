/** Longest `<title>` search engines show in full; longer ones drop the site name. */
const MAX_TITLE = 70;

/** The `<title>` text: "Page | Site" when it fits in 70 characters, else the page title alone. */
export function documentTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const full = `${title} | ${siteName}`;
  return full.length <= MAX_TITLE ? full : title;
}
