import type { Insurer } from "../data/insurers-schema.ts";
import type { PersonEntry } from "../data/people-schema.ts";
import type { Site } from "../data/site-schema.ts";
import type { Forms } from "../forms/schema.ts";
import { translateForms } from "../forms/translate.ts";
import { languageOfPath } from "../languages/page-language.ts";
import type { HavenOptions } from "../options.ts";
import type { Labels } from "../templates/labels.ts";
import type { ArticleCard } from "./catalog.ts";
import { homePage } from "./home.ts";
import { pageLanguage } from "./language.ts";
import { articleIndexPages, topicPages } from "./listings.ts";
import { locationPages } from "./locations.ts";
import type { GeneratedPage } from "./model.ts";
import { peoplePages } from "./people.ts";
import { thankYouPages } from "./thank-you.ts";
import { type SettledPages, settleTranslationKeys } from "./translation-keys.ts";

/** What the generated pages are built from: the validated globals and the articles of every language (newest first). */
export interface SiteContent {
  site: Site;
  insurers: Insurer[];
  people: readonly PersonEntry[];
  forms: Forms;
  cards: ArticleCard[];
}

/** How the pages are made: the options, markdown for data text, and the labels of a language. */
export interface PageMaking {
  options: HavenOptions;
  markdown: (text: string) => string;
  labelsFor: (lang: string) => Labels;
}

/**
 * Every page the plugin generates that is switched on, in each of `site.languages` (home, article index, topics,
 * thank-you pages; the team and locations, whose text is site data, in the default language), less those whose
 * URL a site page claims (`claimed`: URL → its own `translationKey`): a site file at the same URL replaces the generated page.
 */
export function generatePages(content: SiteContent, making: PageMaking, claimed: Map<string, string | undefined>): SettledPages {
  const { site, cards } = content;
  const pages = site.languages.flatMap((lang, i) => {
    const own = cards.filter((card) => languageOfPath(card.url, site) === lang);
    return languagePages(content, making, lang, own, i === 0);
  });
  return settleTranslationKeys(pages, claimed);
}

function languagePages(content: SiteContent, making: PageMaking, lang: string, cards: ArticleCard[], isDefault: boolean): GeneratedPage[] {
  const { insurers, people, forms } = content;
  const { options, markdown, labelsFor } = making;
  const on = options.pages;
  const l = pageLanguage(content.site, lang, labelsFor);
  const hasPeople = on.people && people.length > 0;
  return [
    ...(on.home ? [homePage(l, cards, markdown, { articles: on.articles, topics: on.topics })] : []),
    ...(on.articles ? articleIndexPages(l, cards, options.pageSize) : []),
    ...(on.topics ? topicPages(l, cards, options.pageSize) : []),
    ...(on.people && isDefault ? peoplePages(l, people, content.cards, markdown) : []),
    ...(on.locations && isDefault ? locationPages(l, insurers) : []),
    ...(on.thankYou ? thankYouPages(l, translateForms(forms, labelsFor(lang)), hasPeople) : []),
  ];
}
