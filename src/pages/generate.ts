import type { Insurer } from "../data/insurers-schema.ts";
import type { PersonEntry } from "../data/people-schema.ts";
import type { Site } from "../data/site-schema.ts";
import type { Forms } from "../forms/schema.ts";
import type { HavenOptions } from "../options.ts";
import type { ArticleCard } from "./catalog.ts";
import { homePage } from "./home.ts";
import { articleIndexPages, topicPages } from "./listings.ts";
import { locationPages } from "./locations.ts";
import type { GeneratedPage } from "./model.ts";
import { peoplePages } from "./people.ts";
import { thankYouPages } from "./thank-you.ts";

/** What the generated pages are built from: the validated globals, the articles (newest first) and the options. */
export interface SiteContent {
  site: Site;
  insurers: Insurer[];
  people: readonly PersonEntry[];
  forms: Forms;
  cards: ArticleCard[];
}

/**
 * Every page the plugin generates that is switched on and whose URL no site page claims (`claimed`):
 * a site file at the same URL replaces the generated page.
 */
export function generatePages(content: SiteContent, options: HavenOptions, claimed: Set<string>, markdown: (text: string) => string): GeneratedPage[] {
  const { site, insurers, people, forms, cards } = content;
  const on = options.pages;
  const org = site.organization.name;
  const pages = [
    ...(on.home ? [homePage(site, cards, markdown, { articles: on.articles, topics: on.topics })] : []),
    ...(on.articles ? articleIndexPages(cards, options.pageSize, org) : []),
    ...(on.topics ? topicPages(cards, options.pageSize, org) : []),
    ...(on.people ? peoplePages(people, cards, org, markdown) : []),
    ...(on.locations ? locationPages(site, insurers) : []),
    ...(on.thankYou ? thankYouPages(forms, { verifyInsuranceUrl: site.verifyInsuranceUrl, hasPeople: on.people && people.length > 0 }) : []),
  ];
  return pages.filter((page) => !claimed.has(page.url));
}
