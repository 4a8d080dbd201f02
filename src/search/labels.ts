/** The search page's interface text, in one place (English). `{query}`, `{count}` and `{shown}` are filled in by the client. */
export const SEARCH_LABELS = {
  title: "Search",
  description: "Search the site's articles.",
  label: "Search our articles",
  button: "Search",
  noScript: "Search needs JavaScript, which is turned off or did not load. You can browse instead:",
  searching: "Searching\u2026",
  none: "No articles found for \u201c{query}\u201d.",
  one: "1 article found for \u201c{query}\u201d.",
  many: "{count} articles found for \u201c{query}\u201d.",
  more: "{count} articles found for \u201c{query}\u201d, showing the first {shown}.",
  failed: "Search is not available right now. Please try again, or browse the articles instead.",
  headerLink: "Search",
} as const;
