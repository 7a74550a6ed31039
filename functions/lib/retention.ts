import { inParallel } from "./in-parallel.ts";
import { formsById } from "./registered-forms.ts";
import { deleteRecord } from "./store.ts";
import { dequeue, dropEmptyMonth, monthsOf, removeRows, rowsOf } from "./submission-index.ts";

/** How a retention run is bounded: the time it starts from, when to stop starting batches, their size. */
export interface RetentionRun {
  now?: Date;
  /** A Date.now() value: no batch starts after it. */
  deadline?: number;
  /** How many submissions are deleted between two looks at the time. */
  batchSize?: number;
}

/** The moment `months` calendar months before `now` (the 31st becomes the month's last day when it has none). */
export function retentionCutoff(now: Date, months: number): Date {
  const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  target.setUTCHours(now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds());
  return target;
}

/** What a retention run did. */
export interface RetentionResult {
  deleted: number;
  /** False when the time ran out first: the rest goes at the next run. */
  finished: boolean;
  cutoff: string;
}

/**
 * Deletes every submission sent before the cutoff, each with its queue entry, its row and its reference
 * entry. Reads only the months up to the cutoff's, oldest first, and works in batches, starting none after
 * `deadline`, so that a large backlog is cleared over several runs.
 */
export async function deleteExpired(
  months: number,
  { now = new Date(), deadline = Infinity, batchSize = 100 }: RetentionRun = {},
): Promise<RetentionResult> {
  const cutoff = retentionCutoff(now, months).toISOString();
  let deleted = 0;
  for (const { form } of formsById.values()) {
    const expiredMonths = (await monthsOf(form.id)).filter((month) => month <= cutoff.slice(0, 7)).reverse();
    for (const month of expiredMonths) {
      const expired = (await rowsOf(form.id, month)).filter((row) => row.createdAt < cutoff);
      for (let start = 0; start < expired.length; start += batchSize) {
        if (Date.now() >= deadline) return { deleted, finished: false, cutoff };
        const batch = expired.slice(start, start + batchSize);
        await inParallel(batch, 8, async ({ key }) => {
          await Promise.all([deleteRecord(form.id, key), dequeue(form.id, key)]);
        });
        await removeRows(form.id, month, batch);
        deleted += batch.length;
      }
      if (month < cutoff.slice(0, 7)) await dropEmptyMonth(form.id, month);
    }
  }
  return { deleted, finished: true, cutoff };
}
