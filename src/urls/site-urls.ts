/**
 * The one place Haven builds URLs. Every URL is parsed and serialized by the WHATWG `URL` API, so
 * spaces, non-ASCII letters, `&`, `#` and `?` come out percent-encoded, and every site path gets
 * Eleventy's `pathPrefix` (a site deployed under a subfolder such as `/clinic/`).
 */

// Any origin: only the path, query and fragment of a URL parsed against it are read.
const PARSE_BASE = "http://haven.invalid";
// A "%" that does not start an escape would make an invalid URL; the URL API leaves it alone.
const STRAY_PERCENT = /%(?![0-9A-Fa-f]{2})/g;

/** Eleventy's `pathPrefix` in one form: `"clinic"`, `"/clinic"` and `"/clinic/"` all give `"/clinic/"`; unset gives `"/"`. */
export function normalizePathPrefix(pathPrefix = "/"): string {
  const inner = pathPrefix.split("/").filter(Boolean).join("/");
  return inner ? new URL(`/${inner}/`, PARSE_BASE).pathname : "/";
}

/** True for hrefs Haven leaves as written: absolute URLs (`https:`, `tel:`, `mailto:`), `//host` and `#fragment`. */
export function isExternal(href: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith("//") || href.startsWith("#");
}

/**
 * An href of the site (`/verify-insurance/#form`) with the path prefix, percent-encoding and any `query`
 * parameters set (`{ insurer: "aetna" }`): `/clinic/verify-insurance/?insurer=aetna#form`.
 * External hrefs (see `isExternal`) pass through unchanged.
 */
export function sitePath(href: string, pathPrefix = "/", query: Record<string, string> = {}): string {
  if (isExternal(href)) return href;
  const url = new URL(href.replace(STRAY_PERCENT, "%25"), `${PARSE_BASE}/`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return normalizePathPrefix(pathPrefix).slice(0, -1) + url.pathname + url.search + url.hash;
}

/**
 * A page's path as Eleventy gives it (`page.url`, e.g. `/articles/Q&A détox?/`), where `#` and `?` are
 * part of the file name, percent-encoded and prefixed: `/clinic/articles/Q&A%20d%C3%A9tox%3F/`.
 */
export function pagePath(pageUrl: string, pathPrefix = "/"): string {
  const url = new URL(PARSE_BASE);
  url.pathname = pageUrl.replace(STRAY_PERCENT, "%25");
  return normalizePathPrefix(pathPrefix).slice(0, -1) + url.pathname;
}

/**
 * The site's home URL, ending in `/`: the origin of `site.url` plus the path prefix
 * (`https://www.example.org` and `/clinic/` give `https://www.example.org/clinic/`). `site.url` may
 * include the subfolder itself; a different folder throws, naming both.
 */
export function siteUrl(url: string, pathPrefix = "/"): string {
  const parsed = new URL(url);
  const prefix = normalizePathPrefix(pathPrefix);
  const own = normalizePathPrefix(decodeURI(parsed.pathname));
  if (own !== "/" && own !== prefix) {
    throw new Error(
      `site.url ${url} is under ${own} but Eleventy's pathPrefix is "${prefix}": set pathPrefix: "${own}" in your Eleventy config, or give site.url without the folder`,
    );
  }
  return parsed.origin + prefix;
}

/**
 * An absolute URL for an href of the site, from the home URL `siteUrl()` gives:
 * `absoluteUrl("https://example.org/clinic/", "/about/#team")` is `https://example.org/clinic/about/#team`.
 * External hrefs pass through; a `#fragment` alone is resolved against the home URL.
 */
export function absoluteUrl(home: string, href: string): string {
  if (href.startsWith("#")) return new URL(href, home).href;
  if (isExternal(href)) return href;
  const base = new URL(home);
  return new URL(sitePath(href, base.pathname), base.origin).href;
}

/** The absolute URL of a page from its Eleventy `page.url`, where `#` and `?` belong to the path (see `pagePath`). */
export function pageUrl(home: string, path: string): string {
  const base = new URL(home);
  return base.origin + pagePath(path, base.pathname);
}
