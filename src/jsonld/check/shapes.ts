import { isObject, isText, type JsonNode, resolver, typesOf, valuesOf } from "./read.ts";

const ARTICLE_TYPES = ["Article", "NewsArticle", "BlogPosting", "ScholarlyArticle", "MedicalScholarlyArticle"];
// Organization subtypes a site may name as author are written as Organization by Haven itself.
const AUTHOR_TYPES = ["Person", "Organization", "MedicalOrganization", "GovernmentOrganization"];
// A date at month or day precision, or a timestamp.
const ISO_8601 = /^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$/;

type Resolve = (value: unknown) => unknown;

/**
 * Problems with the shapes a page's nodes must have: at most one FAQPage, whose questions each have a
 * name and an answer text; Articles with a headline, ISO 8601 dates and a named Person or Organization as author;
 * BreadcrumbLists numbered from 1 with names, and links on all but the last item.
 */
export function shapeProblems(nodes: JsonNode[]): string[] {
  const resolve = resolver(nodes);
  const ofType = (types: string[]) => nodes.filter((node) => typesOf(node).some((t) => types.includes(t)));
  const faqPages = ofType(["FAQPage"]);
  return [
    ...(faqPages.length > 1 ? [`FAQPage: ${faqPages.length} FAQPage nodes on one page (at most 1 allowed)`] : []),
    ...faqPages.flatMap((node) => faqProblems(node, resolve)),
    ...ofType(ARTICLE_TYPES).flatMap((node) => articleProblems(node, resolve)),
    ...ofType(["BreadcrumbList"]).flatMap(breadcrumbProblems),
  ];
}

function faqProblems(node: JsonNode, resolve: Resolve): string[] {
  const questions = valuesOf(node.mainEntity).map(resolve);
  if (!questions.length) return ["FAQPage.mainEntity: missing"];
  return questions.flatMap((question, i) => {
    const at = `FAQPage.mainEntity[${i}]`;
    if (!isObject(question) || !typesOf(question).includes("Question")) return [`${at}: expected a Question`];
    const answer = resolve(valuesOf(question.acceptedAnswer)[0]);
    return [
      ...(isText(question.name) ? [] : [`${at}.name: missing`]),
      ...(isObject(answer) && isText(answer.text) ? [] : [`${at}.acceptedAnswer.text: missing`]),
    ];
  });
}

function articleProblems(node: JsonNode, resolve: Resolve): string[] {
  const at = typesOf(node).find((t) => ARTICLE_TYPES.includes(t));
  const problems = isText(node.headline) ? [] : [`${at}.headline: missing`];
  for (const key of ["datePublished", "dateModified"]) {
    const date = node[key];
    if (!isText(date)) problems.push(`${at}.${key}: missing`);
    else if (!ISO_8601.test(date) || Number.isNaN(Date.parse(date))) problems.push(`${at}.${key}: expected an ISO 8601 date, got "${date}"`);
  }
  const authors = valuesOf(node.author).map(resolve);
  if (!authors.length) problems.push(`${at}.author: missing`);
  authors.forEach((author, i) => {
    const path = Array.isArray(node.author) ? `${at}.author[${i}]` : `${at}.author`;
    if (!isObject(author) || !typesOf(author).some((t) => AUTHOR_TYPES.includes(t))) problems.push(`${path}: expected a Person or an Organization`);
    else if (!isText(author.name)) problems.push(`${path}.name: missing`);
  });
  return problems;
}

function breadcrumbProblems(node: JsonNode): string[] {
  const items = valuesOf(node.itemListElement);
  if (!items.length) return ["BreadcrumbList.itemListElement: missing"];
  return items.flatMap((item, i) => {
    const at = `BreadcrumbList.itemListElement[${i}]`;
    if (!isObject(item)) return [`${at}: expected a ListItem`];
    const problems = item.position === i + 1 ? [] : [`${at}.position: expected ${i + 1}, got ${JSON.stringify(item.position)}`];
    if (!isText(item.name)) problems.push(`${at}.name: missing`);
    // The last crumb is the page itself and may leave its link out.
    if (i < items.length - 1 && item.item === undefined) problems.push(`${at}.item: missing`);
    return problems;
  });
}
