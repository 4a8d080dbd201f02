import type { Graph, Thing } from "schema-dts";
import type { Insurer } from "../data/insurers-schema.ts";
import type { Site } from "../data/site-schema.ts";
import type { PageFacts } from "../seo/page-facts.ts";
import type { ImageRole } from "../images/roles.ts";
import { linkTarget } from "../urls/links.ts";
import type { UrlSettings } from "../urls/register.ts";
import type { AnswerSources } from "./answer-sources.ts";
import { article } from "./article.ts";
import { breadcrumbList } from "./breadcrumb-list.ts";
import { faqPage } from "./faq-page.ts";
import type { SiteImage } from "./image.ts";
import { mainEntityNodes } from "./generated.ts";
import { organization } from "./organization.ts";
import { teamMember } from "./person.ts";
import { webPage } from "./webpage.ts";
import { website } from "./website.ts";

/** Everything one page's graph is built from. */
export interface GraphInput {
  site: Site;
  insurers: Insurer[];
  page: PageFacts;
  /** The markdown renderer of the visible FAQ, so both show the same answer HTML. */
  markdown: (text: string) => string;
  /** The published file of a source image (largest JPEG, PNG or SVG), for `image` and `logo`. */
  imageFile: (src: string, role: ImageRole) => SiteImage;
  /** The build's URL settings, to make the answers' links absolute; without them links stay as written. */
  urls?: UrlSettings;
  /** Makes the organization node; `organization` unless a caller shares one node between pages (`organizationOnce`). */
  organizationNode?: typeof organization;
  /** Where the FAQ answers' sources are recorded for the page check. */
  answers?: AnswerSources;
}

/**
 * One page's schema.org graph: organization, website and page on every page, the breadcrumbs where the page shows a trail, plus the
 * Article and (when it has questions) FAQPage of a health article, all linked by `@id`.
 */
export function buildGraph({ site, insurers, page, markdown, imageFile, urls, answers, organizationNode = organization }: GraphInput): Graph {
  const logo = site.organization.logo;
  const nodes: Thing[] = [
    organizationNode(site, insurers, page.home, logo && imageFile(logo.src, "logo")),
    website(site, page.home),
    webPage(page, site),
    // The trail the breadcrumbs partial shows, decided once in the page's facts.
    ...(page.trail ? [breadcrumbList(page.url, page.trail, page.home)] : []),
  ];
  if (page.generated) nodes.push(...mainEntityNodes(page.generated, { site, insurers, people: page.people ?? [], home: page.home, imageFile }));
  const front = page.article;
  if (front && page.credits) {
    nodes.push(article(page.url, front, page.credits, site, page.home, front.image && imageFile(front.image.src, "content")));
    // Each credited team member once, as the node the article and page refer to.
    const team = new Map([...page.credits.author, ...page.credits.reviewedBy].flatMap((c) => (c.person ? [[c.person.id, c]] : [])));
    for (const { person, url } of team.values()) nodes.push(teamMember(person!, page.home, url !== undefined, person!.photo && imageFile(person!.photo.src, "portrait")));
  }
  if (front?.faq.length) {
    const link = urls && ((href: string) => linkTarget(href, page.url, urls));
    nodes.push(faqPage(page.url, front.faq.map(({ question, answer }) => ({ question, answerHtml: markdown(answer) })), link, answers));
  }
  return { "@context": "https://schema.org", "@graph": nodes };
}
