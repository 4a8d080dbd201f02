/** One step of a breadcrumb trail; the current page has no `url`. */
export interface Crumb {
  name: string;
  url?: string;
}

/** The trail shown above a page and described in its BreadcrumbList: Home, then the page itself. */
export function breadcrumbs(title: string, url: string): Crumb[] {
  return url === "/" ? [{ name: "Home" }] : [{ name: "Home", url: "/" }, { name: title }];
}
