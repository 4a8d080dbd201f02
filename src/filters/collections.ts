interface Dated {
  data: { datePublished?: string | Date };
  date: Date;
}

/** Sorts collection items newest first by `datePublished` (Eleventy's file date when absent). */
export function newestFirst<T extends Dated>(items: T[]): T[] {
  const time = (item: T) => new Date(item.data.datePublished ?? item.date).getTime();
  return [...items].sort((a, b) => time(b) - time(a));
}
