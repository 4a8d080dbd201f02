/**
 * The generated pages' text (home, listings, topics, team, locations, thank-you pages, feed) in English: part
 * of the labels table, so every language has it and a site changes it with the `labels` option. `{name}`
 * placeholders are filled by `fillLabel`.
 */
export const PAGE_LABELS = {
  /** The article index's title, and its link in the search page's browse links. */
  articles: "Articles",
  /** The article index's meta description. */
  articlesDescription: "Every article from {organization}, newest first.",
  /** The topics index's title. */
  topics: "Topics",
  topicsDescription: "The topics {organization}'s articles cover.",
  /** A topic listing's meta description; `{topic}` is the topic's name in lower case. */
  topicDescription: "Articles from {organization} about {topic}, newest first.",
  /** Title of page 2 and on of a listing. */
  pageOf: "{title}, page {n} of {total}",
  /** Where a listing page stands, shown above its pagination links. */
  pageNumber: "Page {n} of {total}",
  /** `aria-label` of a listing's pagination. */
  pagination: "Pages",
  newerArticles: "Newer articles",
  olderArticles: "Older articles",
  /** The home page's sections. */
  latestArticles: "Latest articles",
  allArticles: "All articles",
  /** A topic's article count, one or several (chosen by `Intl.PluralRules`). */
  articleCountOne: "{count} article",
  articleCountMany: "{count} articles",
  /** The team index's title. */
  people: "Our team",
  /** A profile's meta description, with and without the person's job title. */
  personDescription: "{name}, {jobTitle} at {organization}.",
  personDescriptionNoTitle: "{name} at {organization}.",
  articlesWritten: "Articles written",
  articlesReviewed: "Articles medically reviewed",
  licences: "Licences",
  /** One licence on a profile. */
  licence: "{name}, {region}, number {number}",
  /** A profile's links to the person's pages elsewhere. */
  elsewhere: "Elsewhere",
  /** A location page's meta description when the location has none of its own. */
  locationDescription: "Address, hours, phone numbers and insurance accepted at {name} in {locality}.",
  address: "Address",
  phones: "Phone",
  mapLink: "Open in a map (OpenStreetMap)",
  insurersAccepted: "Insurance accepted here",
  /** A thank-you page: before the call number, the heading of its next steps, and the steps. */
  thankYouCall: "If you need to talk to someone sooner, call us on",
  thankYouLinks: "While you wait",
  checkCoverage: "Check what your insurance covers",
  readArticles: "Read our patient education articles",
  meetTeam: "Meet our clinical team",
  /** The Atom feed's title, and its `<link>` title in every page's head. */
  feedTitle: "{organization}: articles",
} as const;
