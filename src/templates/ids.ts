/**
 * The element ids the theme writes itself, defined once for the layouts (the `havenIds` global), the forms, the
 * client bundle and the tests. Every one starts with `_`, like Starlight's `_top`: a heading slug never starts
 * with `_` (`slugify` keeps only letters, marks and numbers and trims separators), so no heading in an article
 * can take a theme id, and the theme needs no list of ids headings must avoid. A `haven-` prefix would not do:
 * a heading "Haven …" slugs to it.
 */
export const IDS = Object.freeze({
  /** The `<main>` element, the skip link's target. */
  main: "_main",
  siteNav: "_site-nav",
  /** The table of contents' title (its `aria-labelledby`). */
  tocTitle: "_toc-title",
  /** The FAQ section's heading; also the FAQPage's `@id` fragment and its TOC link. */
  faq: "_faq",
  /** The sources section's heading and its TOC link. */
  sources: "_sources",
  /** The footnotes section's (visually hidden) heading. */
  footnotes: "_footnotes",
  relatedArticles: "_related-articles",
  latestArticles: "_latest-articles",
  homeTopics: "_home-topics",
  /** Component headings: a component placed in the body is found by these (see `havenHasId`). */
  closingCtaTitle: "_closing-cta-title",
  bookOfferTitle: "_book-offer-title",
  callBannerTitle: "_call-banner-title",
  insuranceCalloutTitle: "_insurance-callout-title",
  insurersTitle: "_insurers-title",
  searchQuery: "_search-query",
  searchStatus: "_search-status",
  searchResults: "_search-results",
} as const);

/** Ids of one form's parts, from its key ("book"): `_book-form`, `_book-errors` (error summary), `_book-done` (confirmation), `_book-gotcha` (honeypot). */
export function formIds(form: string): { form: string; errors: string; done: string; gotcha: string } {
  return { form: `_${form}-form`, errors: `_${form}-errors`, done: `_${form}-done`, gotcha: `_${form}-gotcha` };
}

/** A form field's id from the form's key and the field's name: `fieldId("book", "email")` → `_book-email`; its hint and error add `-hint`, `-error`. */
export const fieldId = (form: string, name: string): string => `_${form}-${name}`;

/** What ends the id of a field's inline error, which the browser and the receiver both write. */
export const ERROR_SUFFIX = "-error";
/** The id of a field's inline error, from the field's element id: `_contact-email-error`. */
export const errorId = (elementId: string): string => `${elementId}${ERROR_SUFFIX}`;
/** The id of a field's hint: `_contact-email-hint`. */
export const hintId = (elementId: string): string => `${elementId}-hint`;

/** Footnote `n`'s id (1-based): `_fn-1`. */
export const footnoteId = (n: string | number): string => `_fn-${n}`;

/** The id of a reference to footnote `n`, `sub` counting from 1 for repeated references: `_fnref-1`, `_fnref-1-2`. */
export const footnoteRefId = (n: string | number, sub = 1): string => `_fnref-${n}${sub > 1 ? `-${sub}` : ""}`;
