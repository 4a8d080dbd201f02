import type { ArticleCard, Topic } from "./catalog.ts";
import { topicGroups } from "./catalog.ts";
import type { PageLanguage } from "./language.ts";
import type { GeneratedPage } from "./model.ts";
import { articlesPath, topicsPath } from "./paths.ts";

/** What the home page shows. */
export interface HomeView {
  introHtml: string;
  action: { label: string; href: string };
  latest: ArticleCard[];
  allArticles?: string;
  topics: (Topic & { count: number })[];
  topicsUrl?: string;
}

/** The home page of a language: `site.home`'s introduction and call to action (in that language), its newest articles and topics. */
export function homePage(l: PageLanguage, cards: ArticleCard[], markdown: (text: string) => string, links: { articles: boolean; topics: boolean }): GeneratedPage<HomeView> {
  const { site } = l;
  const home = site.home;
  return {
    kind: "home",
    url: l.path("/"),
    translationKey: "haven:home",
    title: home.title ?? site.organization.name,
    description: home.intro ? plainText(home.intro) : l.text("articlesDescription"),
    noindex: false,
    parents: [],
    schemaType: "WebPage",
    view: {
      introHtml: home.intro ? markdown(home.intro) : "",
      action: home.action ?? { label: site.cta.closing.action.label, href: site.verifyInsuranceUrl },
      latest: cards.slice(0, home.latest),
      ...(links.articles && cards.length > home.latest && { allArticles: l.path(articlesPath()) }),
      topics: links.topics ? topicGroups(cards).map(({ topic, cards }) => ({ ...topic, count: cards.length })) : [],
      ...(links.topics && { topicsUrl: l.path(topicsPath()) }),
    },
  };
}

/** The first sentence-ish of markdown as plain text, for the meta description (at most 160 characters). */
function plainText(markdown: string): string {
  const text = markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`#>]/g, "").replace(/\s+/g, " ").trim();
  return text.length <= 160 ? text : `${text.slice(0, 157).replace(/\s+\S*$/, "")}…`;
}
