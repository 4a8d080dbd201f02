import { z } from "zod";
import { FORM_LABELS } from "./labels-forms.ts";
import { PAGE_LABELS } from "./labels-pages.ts";
import { RECEIVER_LABELS } from "./labels-receiver.ts";
import { SPANISH } from "./labels-es.ts";

/**
 * Every fixed text of the theme's partials and layouts, in English: the default table, by key. A site
 * changes any of them with the `labels` option; more languages add a table to `LABEL_TABLES`.
 */
export const ENGLISH = {
  /** The skip link, first in every page. */
  skipToContent: "Skip to main content",
  /** `aria-label` of the header navigation. */
  mainNavigation: "Main",
  /** `aria-label` of the breadcrumb trail. */
  breadcrumb: "Breadcrumb",
  /** First crumb of every trail. */
  home: "Home",
  /** Before a phone number in call links ("Call (714) 555-0123"). */
  call: "Call",
  /** Before a phone number in text-message links. */
  text: "Text",
  /** The crisis notice's "Call 988 or text 988.": the word between, and the lower-case "text". */
  or: "or",
  textLower: "text",
  /** Summary of the header's navigation disclosure on narrow screens. */
  menu: "Menu",
  /** `aria-label` of the call, text and verify-insurance bar at the bottom of narrow screens. */
  actionBar: "Contact us now",
  /** Header button to the verify-insurance page. */
  verifyInsurance: "Verify insurance",
  /** Header link to the search page, and that page's title and button. */
  search: "Search",
  /** The search page's meta description. */
  searchDescription: "Search the site's articles.",
  /** Label of the search field. */
  searchLabel: "Search our articles",
  /** The search page without JavaScript, before its links to the article index and topics. */
  searchNoScript: "Search needs JavaScript, which is turned off or did not load. You can browse instead:",
  /** Live-region texts of the search page's client; `{query}`, `{count}` and `{shown}` are filled in. */
  searchSearching: "Searching",
  searchNone: "No articles found for \"{query}\".",
  searchOne: "1 article found for \"{query}\".",
  searchMany: "{count} articles found for \"{query}\".",
  searchMore: "{count} articles found for \"{query}\", showing the first {shown}.",
  searchFailed: "Search is not available right now. Please try again, or browse the articles instead.",
  /** Summary of the table of contents. */
  onThisPage: "On this page",
  /** Byline terms. */
  writtenBy: "Written by",
  reviewedBy: "Medically reviewed by",
  lastReviewed: "Last reviewed",
  updated: "Updated",
  /** Byline term for an article never modified since it was published. */
  published: "Published",
  /** Byline term before the work an article is adapted from (`basedOn`). */
  adaptedFrom: "Adapted from",
  /** Heading of the FAQ section, also its entry in the table of contents. */
  faqTitle: "Frequently asked questions",
  /** Heading of the sources section, also its entry in the table of contents. */
  sourcesTitle: "Sources",
  /** Heading of the related articles at the end of an article. */
  relatedArticles: "Related articles",
  /** The footnotes section's visually hidden heading. */
  footnotesTitle: "Footnotes",
  /** `aria-label` of a footnote's back-link; `{n}` is the reference's number ("1", "1-2" for a second one). */
  backToReference: "Back to reference {n}",
  /** `aria-label` of a table's scrolling region; `{headers}` is the table's header cells, joined. */
  tableLabel: "Table: {headers}",
  /** `aria-label` of a table's scrolling region when the table has no header cells. */
  tableUnlabelled: "Table: scrolls sideways",
  /** Heading of the insurer badges. */
  inNetworkWith: "In-network with",
  /** Read after an insurer's name in its badge link, visually hidden. */
  checkMyCoverage: ": check my coverage",
  /** Before the list in the book offer. */
  insideYouWillFind: "Inside, you will find:",
  /** Footer heading of the clinics' links. */
  locations: "Locations",
  /** Footer heading of the opening hours. */
  hours: "Hours",
  /** Between opening and closing time ("8:00 AM to 6:00 PM"), and between the first and last day of a run ("Monday to Friday"). */
  timeRange: "to",
  /** `aria-label` of the language switcher. */
  languages: "Languages",
  /** `aria-label` of the footer's language-assistance notices. */
  languageAssistance: "Language assistance",
  ...FORM_LABELS,
  ...PAGE_LABELS,
  ...RECEIVER_LABELS,
} as const;

/** A full table of labels. */
export type Labels = { readonly [K in keyof typeof ENGLISH]: string };
/** A label's key, e.g. `onThisPage`. */
export type LabelKey = keyof Labels;

/** The theme's tables by language subtag (`en`, `es`); a page's language picks one, and a language without one takes every label from the `labels` option. */
export const LABEL_TABLES: Record<string, Labels> = { en: ENGLISH, es: SPANISH };

/** Every label key, in table order: what a language must have. */
export const LABEL_KEYS = Object.keys(ENGLISH) as LabelKey[];

/** The `labels` option: per language tag, the labels a site changes, e.g. `{ en: { faqTitle: "Questions" } }`. */
export const labelsOptionSchema = z.record(
  z.string().min(2),
  z.strictObject(Object.fromEntries(LABEL_KEYS.map((key) => [key, z.string().optional()])) as Record<LabelKey, z.ZodOptional<z.ZodString>>),
);
