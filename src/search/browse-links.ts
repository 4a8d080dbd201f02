import type { HavenOptions } from "../options.ts";
import { PAGE_LABELS } from "../pages/labels.ts";
import { articlesPath, topicsPath } from "../pages/paths.ts";
import type { BrowseLink } from "./register.ts";

/** Where a visitor who cannot search can browse: the article index and the topics when generated, else the home page. */
export function browseLinks(pages: HavenOptions["pages"]): BrowseLink[] {
  const links = [
    ...(pages.articles ? [{ label: PAGE_LABELS.allArticles, href: articlesPath() }] : []),
    ...(pages.topics ? [{ label: PAGE_LABELS.topics, href: topicsPath() }] : []),
  ];
  return links.length ? links : [{ label: PAGE_LABELS.home, href: "/" }];
}
