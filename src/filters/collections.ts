interface Dated {
  data: { datePublished?: string | Date };
  date: Date;
}

/**
 * Sorts collection items newest first by `datePublished` (Eleventy's file date when absent). A collection no page
 * has joined yet (`collections.news` before the first news page: undefined) is empty; anything else not a list throws, naming it.
 */
export function newestFirst<T extends Dated>(items: T[] | undefined): T[] {
  if (items === undefined) return [];
  if (!Array.isArray(items)) throw new TypeError(`havenNewestFirst: expected a collection (a list of pages, e.g. collections.articles), got ${typeof items}`);
  const time = (item: T) => new Date(item.data.datePublished ?? item.date).getTime();
  return [...items].sort((a, b) => time(b) - time(a));
}
