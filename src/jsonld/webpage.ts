import type { MedicalWebPage, WebPage } from "schema-dts";
import type { Article } from "../data/article-schema.ts";
import type { Site } from "../data/site-schema.ts";
import type { PageFacts } from "../seo/page-facts.ts";
import { mainEntityId } from "./generated.ts";
import { breadcrumbId, ref, webpageId, websiteId } from "./ids.ts";
import { creditNodes } from "./person.ts";
import type { Credit } from "../people/credits.ts";

/** The page node: a MedicalWebPage for health articles (with its medical review), a WebPage otherwise. */
export function webPage(page: PageFacts, site: Site): WebPage {
  const node = {
    "@id": webpageId(page.url),
    url: page.url,
    name: page.title,
    description: page.description,
    inLanguage: site.lang,
    isPartOf: ref(websiteId(page.home)),
    ...(page.trail && { breadcrumb: ref(breadcrumbId(page.url)) }),
  };
  if (page.article && page.credits) return { "@type": "MedicalWebPage", ...node, ...medicalReview(page.article, page.credits.reviewedBy, page.home) };
  const generated = page.generated;
  if (generated) return { "@type": generated.schemaType, ...node, ...(generated.mainEntity && { mainEntity: ref(mainEntityId(generated.mainEntity, page.home)) }) } as WebPage;
  return { "@type": "WebPage", ...node };
}

function medicalReview(article: Article, reviewers: Credit[], home: string): Partial<MedicalWebPage> {
  return {
    ...(article.lastReviewed && { lastReviewed: article.lastReviewed }),
    // Only a reviewer the front matter names: Haven never claims a review nobody stated.
    ...(reviewers.length > 0 && { reviewedBy: creditNodes(reviewers, home) }),
    ...(article.about.length > 0 && { about: article.about.map((name) => ({ "@type": "Thing", name }) as const) }),
    ...(article.audience && { audience: { "@type": "MedicalAudience", audienceType: article.audience } }),
  };
}
