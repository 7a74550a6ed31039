import { inParallel } from "./in-parallel.ts";
import { formsById } from "./registered-forms.ts";
import { readRecord, recordKeys, updateRecord, type EmailState, type SubmissionRecord } from "./store.ts";
import {
  backfillState,
  emailSummary,
  enqueue,
  rowOf,
  saveBackfillState,
  writeRows,
  type BackfillState,
  type SubmissionRow,
} from "./submission-index.ts";

/** A record as stored before each email had its own delivery state: one state for all of them. */
interface LegacyRecord extends Omit<SubmissionRecord, "emails" | "status" | "history" | "revision"> {
  email: EmailState;
}

const isLegacy = (record: object): record is LegacyRecord => !("emails" in record) && "email" in record;

/**
 * A legacy record in today's shape. Each email takes the shared state: "sent" meant all had gone; "pending"
 * did not say which had, so all are pending and the retry sends each once more.
 */
function upgraded({ email, ...rest }: LegacyRecord, emailNames: string[]): SubmissionRecord {
  return {
    ...rest,
    emails: Object.fromEntries(emailNames.map((name) => [name, { ...email }])),
    status: "new",
    history: [],
    revision: 1,
  };
}

/** What a backfill did: records brought into the indexes, and whether it got through them all. */
export interface BackfillResult {
  records: number;
  finished: boolean;
}

/**
 * Brings every stored record into the indexes (functions/lib/submission-index.ts): upgrades a record stored
 * before per-email delivery, writes its row and reference, and queues it if an email is pending. Idempotent:
 * running it again rewrites the same rows and queues the same submissions. It notes each form it finishes, so a
 * run cut short by `deadline` carries on from the next form; when all are done it notes that it has finished.
 */
export async function backfill(deadline = Infinity, state?: BackfillState | null): Promise<BackfillResult> {
  const formsDone = new Set((state === undefined ? await backfillState() : state)?.formsDone ?? []);
  let records = 0;
  for (const entry of formsById.values()) {
    const formId = entry.form.id;
    if (formsDone.has(formId)) continue;
    for await (const keys of recordKeys(formId)) {
      const rows: SubmissionRow[] = [];
      await inParallel(keys, 8, async (key) => {
        const found = await readRecord(formId, key);
        if (!found) return;
        let record = found.record;
        if (isLegacy(record)) {
          const names = entry.emails(record as never).map((email) => email.name);
          const updated = await updateRecord(
            formId,
            key,
            (current) => (isLegacy(current) ? upgraded(current, names) : null),
            found,
          );
          if (!updated) return;
          record = updated.record;
        }
        rows.push(rowOf(key, record, entry.form.listedAnswers));
        if (emailSummary(record) === "pending") await enqueue(formId, key);
        records++;
      });
      await writeRows(formId, rows);
      if (Date.now() > deadline) {
        await saveBackfillState({ formsDone: [...formsDone] });
        return { records, finished: false };
      }
    }
    formsDone.add(formId);
    await saveBackfillState({ formsDone: [...formsDone] });
  }
  await saveBackfillState({ formsDone: [...formsDone], finishedAt: new Date().toISOString() });
  return { records, finished: true };
}

/** Runs the backfill unless it has finished before: one read when it has. */
export async function backfillIfNeeded(deadline = Infinity): Promise<BackfillResult | null> {
  const state = await backfillState();
  return state?.finishedAt ? null : backfill(deadline, state);
}
