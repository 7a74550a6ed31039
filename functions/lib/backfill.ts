import { inParallel } from "./in-parallel.ts";
import { formsById, type RegisteredForm } from "./registered-forms.ts";
import { getRecord, moveLegacyRecord, storedKeys, type EmailState, type SubmissionRecord } from "./store.ts";
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

/** The backfill's units of work: each form's keys by their first character (submission keys are hex). */
const PARTS = [..."0123456789abcdef"];

/**
 * Brings every stored record into the indexes (functions/lib/submission-index.ts): moves a record stored before
 * this version to where records are kept now, in today's shape, writes its row and reference, and queues it if
 * an email is pending. It works through each form's keys a sixteenth at a time (by their first character) and
 * starts no part after `deadline`, noting the parts done, so that the next run carries on from there; when all
 * are done it notes that it has finished. Idempotent: a part done again rewrites the same rows and queues the
 * same submissions.
 */
export async function backfill(deadline = Infinity, state?: BackfillState | null): Promise<BackfillResult> {
  const done = new Set((state === undefined ? await backfillState() : state)?.done ?? []);
  let records = 0;
  for (const entry of formsById.values()) {
    const formId = entry.form.id;
    // Rows are written a form at a time (one write a month), and only then are its parts noted done.
    const rows: SubmissionRow[] = [];
    const partsGoneThrough: string[] = [];
    const noteDone = async () => {
      await writeRows(formId, rows);
      for (const part of partsGoneThrough) done.add(part);
    };
    for (const part of PARTS.map((first) => `${formId}/${first}`).filter((part) => !done.has(part))) {
      if (Date.now() > deadline) {
        await noteDone();
        await saveBackfillState({ done: [...done] });
        return { records, finished: false };
      }
      for await (const keys of storedKeys(formId, part.slice(-1))) {
        await inParallel(keys, 8, async ({ key, legacy }) => {
          const record = legacy ? await moveLegacyRecord(formId, key, upgrade(entry)) : await getRecord(formId, key);
          if (!record) return;
          rows.push(rowOf(key, record, entry.form.listedAnswers));
          if (emailSummary(record) === "pending") await enqueue(formId, key);
          records++;
        });
      }
      partsGoneThrough.push(part);
    }
    await noteDone();
  }
  await saveBackfillState({ done: [...done], finishedAt: new Date().toISOString() });
  return { records, finished: true };
}

/** Upgrades a legacy record of this form, its emails named as the form's emails are. */
const upgrade = (entry: RegisteredForm) => (stored: Record<string, unknown>) => {
  const legacy = stored as unknown as LegacyRecord;
  return upgraded(
    legacy,
    entry.emails(legacy as never).map((email) => email.name),
  );
};

/** Runs the backfill unless it has finished before: one read when it has. */
export async function backfillIfNeeded(deadline = Infinity): Promise<BackfillResult | null> {
  const state = await backfillState();
  return state?.finishedAt ? null : backfill(deadline, state);
}
