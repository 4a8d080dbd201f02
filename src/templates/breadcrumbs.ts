/** One step of a breadcrumb trail; the current page has no `url`. */
export interface Crumb {
  name: string;
  url?: string;
}

/** What decides a page's trail. */
export interface TrailPage {
  /** Site path, e.g. `/articles/x/`. */
  path: string;
  title: string;
  /** A health article of the articles folder. */
  isArticle: boolean;
  /** For pages the plugin generates: the crumbs between home and the page (e.g. Topics). */
  parents?: Crumb[];
  generated: boolean;
}

/**
 * The one decision whether a page shows a breadcrumb trail, read by the layout (breadcrumbs.njk) and the
 * graph (BreadcrumbList) alike: health articles and generated pages below the home page have one (home,
 * the parents, the page); the home page and plain pages have none, so their graph names no trail either.
 * `home` is the home page of the page's language, e.g. `{ name: "Inicio", url: "/es/" }`.
 */
export function pageTrail(page: TrailPage, home: Crumb): Crumb[] | undefined {
  if (page.path === home.url || (!page.isArticle && !page.generated)) return undefined;
  return [home, ...(page.parents ?? []), { name: page.title }];
}
