import type { MedicalWebPage, WebPage } from "schema-dts";
import type { Article } from "../data/article-schema.ts";
import type { Site } from "../data/site-schema.ts";
import type { PageFacts } from "../seo/page-facts.ts";
import { breadcrumbId, ref, webpageId, websiteId } from "./ids.ts";
import { person } from "./person.ts";

/** The page node: a MedicalWebPage for health articles (with its medical review), a WebPage otherwise. */
export function webPage(page: PageFacts, site: Site): WebPage {
  const node = {
    "@id": webpageId(page.url),
    url: page.url,
    name: page.title,
    description: page.description,
    inLanguage: site.lang,
    isPartOf: ref(websiteId(page.home)),
    breadcrumb: ref(breadcrumbId(page.url)),
  };
  return page.article ? { "@type": "MedicalWebPage", ...node, ...medicalReview(page.article, page.home) } : { "@type": "WebPage", ...node };
}

function medicalReview(article: Article, home: string): Partial<MedicalWebPage> {
  return {
    lastReviewed: article.lastReviewed,
    reviewedBy: person(article.reviewedBy, home),
    ...(article.about.length > 0 && { about: article.about.map((name) => ({ "@type": "Thing", name }) as const) }),
    ...(article.audience && { audience: { "@type": "MedicalAudience", audienceType: article.audience } }),
  };
}
