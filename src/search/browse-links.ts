import type { HavenOptions } from "../options.ts";
import { articlesPath, topicsPath } from "../pages/paths.ts";
import type { LabelKey } from "../templates/labels.ts";
import type { BrowseLink } from "./register.ts";

/**
 * Where a visitor who cannot search can browse: the article index and the topics when generated, else the home
 * page; each by its label's key and default-language path (the search page puts both in its own language).
 */
export function browseLinks(pages: HavenOptions["pages"]): BrowseLink[] {
  const links: BrowseLink[] = [
    ...(pages.articles ? [{ label: "allArticles" as LabelKey, href: articlesPath() }] : []),
    ...(pages.topics ? [{ label: "topics" as LabelKey, href: topicsPath() }] : []),
  ];
  return links.length ? links : [{ label: "home", href: "/" }];
}
