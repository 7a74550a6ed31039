/** How long a page may go unreviewed before the build warns. */
export const REVIEW_INTERVAL_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when `reviewed` is more than {@link REVIEW_INTERVAL_DAYS} days before `today`. */
export function isReviewOverdue(reviewed: Date, today: Date = new Date()): boolean {
  return today.getTime() - reviewed.getTime() > REVIEW_INTERVAL_DAYS * DAY_MS;
}

/** A date as people in England write it: "28 November 2026". */
export function formatDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** An ISO date without the time: "2026-11-28", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
