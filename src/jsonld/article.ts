import type { Article as ArticleNode, CreativeWork } from "schema-dts";
import type { Article } from "../data/article-schema.ts";
import type { Site } from "../data/site-schema.ts";
import { articleId, organizationId, ref, webpageId } from "./ids.ts";
import { imageObject } from "./image.ts";
import { person } from "./person.ts";

/** The Article node of a health article: the page's main entity, published by the organization, citing its sources. */
export function article(pageUrl: string, front: Article, site: Site): ArticleNode {
  return {
    "@type": "Article",
    "@id": articleId(pageUrl),
    headline: front.title,
    description: front.description,
    ...(front.image && { image: imageObject(site.url, front.image) }),
    datePublished: front.datePublished,
    dateModified: front.dateModified,
    inLanguage: site.lang,
    author: person(front.author, site.url),
    publisher: ref(organizationId(site.url)),
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
