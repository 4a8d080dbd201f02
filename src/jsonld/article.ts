import type { Article as ArticleNode, CreativeWork } from "schema-dts";
import type { Article } from "../data/article-schema.ts";
import type { Site } from "../data/site-schema.ts";
import { articleId, organizationId, ref, webpageId } from "./ids.ts";
import { imageObject, type SiteImage } from "./image.ts";
import { creditNode } from "./person.ts";
import type { Credits } from "../seo/page-facts.ts";

/** The Article node of a health article at `pageUrl` on the site at `home`: the page's main entity, published by the organization, citing its sources; `image` is its published lead image. */
export function article(pageUrl: string, front: Article, credits: Credits, site: Site, home: string, image?: SiteImage): ArticleNode {
  return {
    "@type": "Article",
    "@id": articleId(pageUrl),
    headline: front.title,
    description: front.description,
    ...(image && { image: imageObject(home, image) }),
    datePublished: front.datePublished,
    dateModified: front.dateModified,
    inLanguage: site.lang,
    author: creditNode(credits.author, home),
    publisher: ref(organizationId(home)),
    mainEntityOfPage: ref(webpageId(pageUrl)),
    ...(front.category && { articleSection: front.category }),
    ...(front.sources.length > 0 && { citation: front.sources.map(citation) }),
  };
}

function citation(source: Article["sources"][number]): CreativeWork {
  return {
    "@type": "CreativeWork",
    name: source.title,
    url: source.url,
    publisher: { "@type": "Organization", name: source.publisher },
    datePublished: String(source.year),
  };
}
