import type { ArticleCard } from "./catalog.ts";

/** An article whose medical review is due: its card and how many whole months ago it was last reviewed. */
export interface DueReview {
  card: ArticleCard & { lastReviewed: string };
  monthsSince: number;
}

/**
 * Whole calendar months from `from` to `to` (`YYYY-MM-DD`, or `YYYY-MM` read as the month's first day, or a
 * timestamp read by its date), counting a month once its day is reached.
 */
export function monthsBetween(from: string, to: string): number {
  const parts = (date: string) => [...date.slice(0, 10).split("-").map(Number), 1].slice(0, 3);
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/**
 * The articles whose `lastReviewed` is `interval` months or more before `today` (`YYYY-MM-DD`), longest
 * overdue first: on health content a stale review is a risk to readers. Articles that state no review are left out.
 */
export function dueReviews(cards: ArticleCard[], today: string, interval: number): DueReview[] {
  return cards
    .filter((card): card is DueReview["card"] => card.lastReviewed !== undefined)
    .map((card) => ({ card, monthsSince: monthsBetween(card.lastReviewed, today) }))
    .filter((due) => due.monthsSince >= interval)
    .sort((a, b) => (a.card.lastReviewed < b.card.lastReviewed ? -1 : a.card.lastReviewed > b.card.lastReviewed ? 1 : 0));
}

/** The report `npm run review-report` prints: one line per due article with its reviewer, or that none is due. */
export function reviewReport(due: DueReview[], interval: number): string {
  if (!due.length) return `No article is due for medical review (interval: ${interval} months).`;
  const lines = due.map(({ card, monthsSince }) => `- ${card.inputPath}: "${card.title}", last reviewed ${card.lastReviewed} (${monthsSince} months ago) by ${card.reviewerNames.join(" and ") || "no named reviewer"}`);
  return [`${due.length} ${due.length === 1 ? "article is" : "articles are"} due for medical review (interval: ${interval} months):`, ...lines].join("\n");
}

/** The build's one-line warning, or nothing when every review is current. */
export function reviewWarning(count: number, interval: number): string | undefined {
  if (!count) return undefined;
  return `Haven: ${count} ${count === 1 ? "article is" : "articles are"} due for medical review (last reviewed ${interval} or more months ago); run npm run review-report for the list.`;
}
