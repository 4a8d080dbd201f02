import type { Site } from "../data/site-schema.ts";
import type { ArticleCard, Topic } from "./catalog.ts";
import { topicGroups } from "./catalog.ts";
import { PAGE_LABELS as L } from "./labels.ts";
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

/** The home page: `site.home`'s introduction and call to action, the newest articles and the topics. */
export function homePage(site: Site, cards: ArticleCard[], markdown: (text: string) => string, links: { articles: boolean; topics: boolean }): GeneratedPage<HomeView> {
  const home = site.home;
  return {
    kind: "home",
    url: "/",
    title: home.title ?? site.organization.name,
    description: home.intro ? plainText(home.intro) : L.articlesDescription(site.organization.name),
    noindex: false,
    parents: [],
    schemaType: "WebPage",
    view: {
      introHtml: home.intro ? markdown(home.intro) : "",
      action: home.action ?? { label: site.cta.closing.action.label, href: site.verifyInsuranceUrl },
      latest: cards.slice(0, home.latest),
      ...(links.articles && cards.length > home.latest && { allArticles: articlesPath() }),
      topics: links.topics ? topicGroups(cards).map(({ topic, cards }) => ({ ...topic, count: cards.length })) : [],
      ...(links.topics && { topicsUrl: topicsPath() }),
    },
  };
}

/** The first sentence-ish of markdown as plain text, for the meta description (at most 160 characters). */
function plainText(markdown: string): string {
  const text = markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`#>]/g, "").replace(/\s+/g, " ").trim();
  return text.length <= 160 ? text : `${text.slice(0, 157).replace(/\s+\S*$/, "")}…`;
}
