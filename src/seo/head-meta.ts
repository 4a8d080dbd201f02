import type { Site } from "../data/site-schema.ts";
import type { SiteImage } from "../jsonld/image.ts";
import type { PageFacts } from "./page-facts.ts";
import { ogLocale } from "../data/locale.ts";
import { absoluteUrl } from "../urls/site-urls.ts";

/** One `<meta>` tag: `<meta {attribute}="{key}" content="{content}">`. */
export interface MetaTag {
  attribute: "name" | "property";
  key: string;
  content: string;
}

/** What base.njk writes into `<head>` besides the title and description. */
export interface HeadMeta {
  canonical: string;
  tags: MetaTag[];
}

const name = (key: string, content: string): MetaTag => ({ attribute: "name", key, content });
const property = (key: string, content: string): MetaTag => ({ attribute: "property", key, content });
const optional = (key: string, content: string | undefined): MetaTag[] => (content ? [property(key, content)] : []);

/** The canonical URL plus robots, Open Graph and Twitter card tags of a page (`image`: its published lead image); the template escapes every value. */
export function headMeta(page: PageFacts, site: Site, image?: SiteImage): HeadMeta {
  return {
    canonical: page.url,
    tags: [...(page.noindex ? [name("robots", "noindex")] : []), ...openGraph(page, site, image), ...twitterCard(page, site, image)],
  };
}

function openGraph(page: PageFacts, site: Site, image?: SiteImage): MetaTag[] {
  const article = page.article;
  const alt = article?.image?.alt ?? "";
  return [
    property("og:type", article ? "article" : "website"),
    property("og:site_name", site.organization.name),
    property("og:title", page.title),
    property("og:description", page.description),
    property("og:url", page.url),
    ...optional("og:locale", ogLocale(site.lang)),
    ...(image
      ? [
          property("og:image", absoluteUrl(page.home, image.src)),
          property("og:image:width", String(image.width)),
          property("og:image:height", String(image.height)),
          property("og:image:alt", alt),
        ]
      : []),
    ...(article
      ? [property("article:published_time", article.datePublished), property("article:modified_time", article.dateModified)]
      : []),
  ];
}

function twitterCard(page: PageFacts, site: Site, image?: SiteImage): MetaTag[] {
  const alt = page.article?.image?.alt ?? "";
  return [
    name("twitter:card", image ? "summary_large_image" : "summary"),
    name("twitter:title", page.title),
    name("twitter:description", page.description),
    ...(image ? [name("twitter:image", absoluteUrl(page.home, image.src)), name("twitter:image:alt", alt)] : []),
  ];
}
