import type { Article as ArticleNode, CreativeWork } from "schema-dts";
import type { Article, Source } from "../data/article-schema.ts";
import type { Site } from "../data/site-schema.ts";
import { absoluteUrl } from "../urls/site-urls.ts";
import { articleId, organizationId, ref, webpageId } from "./ids.ts";
import { imageObject, type SiteImage } from "./image.ts";
import { creditNodes } from "./person.ts";
import type { Credits } from "../seo/page-facts.ts";

/**
 * The Article node of a health article at `pageUrl` on the site at `home`: the page's main entity, published by the organization, by its
 * authors (Person or Organization), citing its sources and naming the work it was adapted from; `image` is its published lead image.
 */
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
    author: creditNodes(credits.author, home),
    publisher: ref(organizationId(home)),
    mainEntityOfPage: ref(webpageId(pageUrl)),
    ...(front.category && { articleSection: front.category }),
    ...(front.basedOn && {
      isBasedOn: { "@type": "CreativeWork", name: front.basedOn.name, ...(front.basedOn.url && { url: absoluteUrl(home, front.basedOn.url) }) },
    }),
    ...(front.sources.length > 0 && { citation: front.sources.map(citation) }),
  };
}

/** A DOI as a link: `10.1/x` → `https://doi.org/10.1/x`. */
export const doiUrl = (doi: string) => `https://doi.org/${doi}`;

function citation(source: Source): CreativeWork {
  return {
    "@type": "CreativeWork",
    name: source.title,
    ...(source.url && { url: source.url }),
    ...(source.doi && { identifier: { "@type": "PropertyValue", propertyID: "DOI", value: source.doi }, sameAs: doiUrl(source.doi) }),
    publisher: { "@type": "Organization", name: source.publisher },
    ...(source.year !== undefined && { datePublished: String(source.year) }),
  };
}
