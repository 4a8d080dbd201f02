/** One step of a breadcrumb trail; the current page has no `url`. */
export interface Crumb {
  name: string;
  url?: string;
}

/** The trail shown above a page and described in its BreadcrumbList: Home, the `parents` (e.g. Topics), then the page itself. */
export function breadcrumbs(title: string, url: string, parents: Crumb[] = []): Crumb[] {
  return url === "/" ? [{ name: "Home" }] : [{ name: "Home", url: "/" }, ...parents, { name: title }];
}
