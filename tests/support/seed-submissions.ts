import { inParallel } from "../../functions/lib/in-parallel";
import { referenceFor, submissionKey } from "../../functions/lib/reference";
import type { RegisteredForm } from "../../functions/lib/registered-forms";
import { freshRecord, saveOnce, type SubmissionRecord } from "../../functions/lib/store";
import { dequeue, rowOf, writeRows, type SubmissionRow } from "../../functions/lib/submission-index";

/** A stored submission: its key and record. */
export interface Seeded {
  key: string;
  record: SubmissionRecord;
}

/**
 * Stores one submission for each time in `sentAt`, through the store's own functions: as the functions leave
 * a submission once its emails have gone (its row written, off the queue), or with `pending` as the form's
 * function leaves it (queued, nothing tried, no row). `answers(index)` gives each one's answers. For tests and
 * benchmarks that need many submissions, or old ones.
 */
export async function seedSubmissions(
  entry: RegisteredForm,
  sentAt: readonly string[],
  answers: (index: number) => Record<string, unknown>,
  { pending = false, concurrency = 16 } = {},
): Promise<Seeded[]> {
  const formId = entry.form.id;
  const emailNames = entry.emails(freshRecord("BTSA-2026-SEEDED", formId, answers(0))).map(({ name }) => name);
  const seeded: Seeded[] = [];
  const rows: SubmissionRow[] = [];
  await inParallel([...sentAt.keys()], concurrency, async (index) => {
    const createdAt = sentAt[index]!;
    const key = submissionKey(formId, `seeded-${createdAt}-${index}-${crypto.randomUUID()}`);
    const record: SubmissionRecord = {
      ...freshRecord(referenceFor(key, "BTSA", Number(createdAt.slice(0, 4))), formId, answers(index)),
      createdAt,
    };
    if (!pending)
      record.emails = Object.fromEntries(
        emailNames.map((name) => [name, { status: "sent", attempts: 1, sentAt: createdAt }]),
      );
    await saveOnce(formId, key, record);
    if (!pending) {
      await dequeue(formId, key);
      rows.push(rowOf(key, record, entry.form.listedAnswers));
    }
    seeded.push({ key, record });
  });
  await writeRows(formId, rows);
  return seeded;
}

/** `count` times spread evenly over the `months` calendar months before `now`, newest first. */
export function spreadOverMonths(count: number, months: number, now = new Date()): string[] {
  const span = now.getTime() - Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate());
  return Array.from({ length: count }, (_, index) =>
    new Date(now.getTime() - ((index + 1) * span) / (count + 1)).toISOString(),
  );
}
