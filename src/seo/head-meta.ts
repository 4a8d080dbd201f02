import type { Site } from "../data/site-schema.ts";
import type { SiteImage } from "../jsonld/image.ts";
import type { PageFacts } from "./page-facts.ts";
import { ogLocale } from "../data/locale.ts";
import { absoluteUrl } from "../urls/site-urls.ts";
import { type Alternate, hreflangLinks } from "../languages/alternates.ts";

/** One `<meta>` tag: `<meta {attribute}="{key}" content="{content}">`. */
export interface MetaTag {
  attribute: "name" | "property";
  key: string;
  content: string;
}

/** One `<link>` tag besides the canonical one: a listing's neighbours, the feed. */
export interface LinkTag {
  rel: string;
  href: string;
  /** A translation's language (`es-US`, or `x-default` for the default language's version). */
  hreflang?: string;
  type?: string;
  title?: string;
}

/** The feed a page links to: its site path (in the page's language) and title. */
export interface FeedLink {
  path: string;
  title: string;
}

/** What base.njk writes into `<head>` besides the title and description. */
export interface HeadMeta {
  canonical: string;
  links: LinkTag[];
  tags: MetaTag[];
}

const name = (key: string, content: string): MetaTag => ({ attribute: "name", key, content });
const property = (key: string, content: string): MetaTag => ({ attribute: "property", key, content });
const optional = (key: string, content: string | undefined): MetaTag[] => (content ? [property(key, content)] : []);

/**
 * The canonical URL (each page of a listing its own), `rel="prev"`/`"next"` of a listing, the feed's
 * `rel="alternate"` (`feed`, when there is one), plus robots, Open Graph and Twitter card tags of a page
 * (`image`: its published lead image), and for a translated page a `hreflang` link per language version
 * (itself included) plus `x-default`, and `og:locale:alternate` (`alternates`); the template escapes every value.
 */
export function headMeta(page: PageFacts, site: Site, image?: SiteImage, feed?: FeedLink, alternates: Alternate[] = []): HeadMeta {
  const { previous, next } = page.generated ?? {};
  return {
    canonical: page.url,
    links: [
      ...(previous ? [{ rel: "prev", href: absoluteUrl(page.home, previous) }] : []),
      ...(next ? [{ rel: "next", href: absoluteUrl(page.home, next) }] : []),
      ...(feed ? [{ rel: "alternate", href: absoluteUrl(page.home, feed.path), type: "application/atom+xml", title: feed.title }] : []),
      ...hreflangLinks(alternates, site.languages[0], page.home).map((link) => ({ rel: "alternate", ...link })),
    ],
    tags: [
      ...(page.noindex ? [name("robots", "noindex")] : []),
      ...openGraph(page, site, image),
      ...alternates.filter((a) => a.lang !== site.lang).flatMap((a) => optional("og:locale:alternate", ogLocale(a.lang))),
      ...twitterCard(page, site, image),
    ],
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
