import { sendEmail } from "./mailer.ts";
import type { RegisteredForm } from "./registered-forms.ts";
import { inParallel } from "./in-parallel.ts";
import {
  getRecord,
  readRecord,
  updateRecord,
  type EmailState,
  type EmailStatus,
  type HistoryEntry,
  type SubmissionRecord,
} from "./store.ts";
import { dequeue, emailSummary, enqueue, monthOf, removeRows, rowOf, writeRows } from "./submission-index.ts";

/** After this many tries an email is marked failed, for staff to look at, rather than mailed forever. */
export const MAX_EMAIL_ATTEMPTS = 10;

/** Who the history names for what the functions do by themselves. */
export const EMAIL_SENDER = "email sender";

/** What became of one queued submission. */
export interface Outcome {
  form: string;
  key: string;
  reference?: string;
  /** Its emails' state after this go, "waiting" if it was not due yet, "gone" if nothing is stored under the key. */
  email: EmailStatus | "waiting" | "gone";
}

/** A queued submission: its form, and its key in the form's store. */
export interface Queued {
  entry: RegisteredForm;
  key: string;
}

/** How a batch is worked through. */
export interface BatchOptions {
  /** Lets the retry leave a submission alone for now. */
  isDue?: (record: SubmissionRecord) => boolean;
  /** A Date.now() value: no submission is started after it. */
  deadline?: number;
  concurrency?: number;
}

/** How one email went this time: when it was sent, or why not. */
type Attempt = { sentAt: string } | { error: string };

/**
 * Does queued submissions' outstanding work. For each, sends its emails not yet sent, one by one, and records
 * how each went under its own name, so that an email that went is never sent again. The record is written
 * with the etag it was read at: a change made meanwhile (by staff, say) is read again and kept. Then writes
 * their rows in the staff list, one write a month, and takes each off the queue once no email is left pending.
 * One submission's failure does not stop the others: it stays queued for the next run.
 */
export async function processQueued(
  batch: readonly Queued[],
  { isDue, deadline, concurrency = 4 }: BatchOptions = {},
): Promise<Outcome[]> {
  const sent: { entry: RegisteredForm; key: string; record: SubmissionRecord }[] = [];
  const outcomes: Outcome[] = [];
  await inParallel(
    batch,
    concurrency,
    async ({ entry, key }) => {
      try {
        const record = await sendOutstanding(entry, key, isDue);
        if (record === null || record === "waiting")
          outcomes.push({ form: entry.form.id, key, email: record ?? "gone" });
        else sent.push({ entry, key, record });
      } catch (error) {
        console.error(`[${entry.form.id}] ${key}: left queued: ${(error as Error).message}`);
      }
    },
    deadline,
  );
  for (const [entry, done] of Map.groupBy(sent, (item) => item.entry)) {
    const formId = entry.form.id;
    try {
      await writeRows(
        formId,
        done.map(({ key, record }) => rowOf(key, record, entry.form.listedAnswers)),
      );
    } catch (error) {
      console.error(`[${formId}] rows not written, left queued: ${(error as Error).message}`);
      continue;
    }
    await inParallel(done, concurrency, async ({ key, record }) => {
      const email = emailSummary(record);
      outcomes.push({ form: formId, key, reference: record.reference, email });
      if (email === "pending") return;
      await settle(formId, key, record).catch((error: Error) =>
        console.error(`[${formId}] ${record.reference}: left queued: ${error.message}`),
      );
    });
  }
  return outcomes;
}

/**
 * Sends a submission's emails not yet sent and records how each went. Resolves with the record as it now
 * stands, "waiting" if it is not due, or null if nothing is stored under the key (it then leaves the queue).
 */
async function sendOutstanding(
  entry: RegisteredForm,
  key: string,
  isDue?: (record: SubmissionRecord) => boolean,
): Promise<SubmissionRecord | "waiting" | null> {
  const formId = entry.form.id;
  const found = await readRecord(formId, key);
  if (!found) {
    await dequeue(formId, key);
    return null;
  }
  if (isDue && !isDue(found.record)) return "waiting";
  const attempts = new Map<string, Attempt>();
  for (const message of entry.emails(found.record)) {
    const state = found.record.emails[message.name];
    if (state && state.status !== "pending") continue;
    try {
      await sendEmail(message);
      attempts.set(message.name, { sentAt: new Date().toISOString() });
    } catch (error) {
      attempts.set(message.name, { error: `${message.subject}: ${(error as Error).message}` });
    }
  }
  if (attempts.size === 0) return found.record;
  const failures = [...attempts.values()].flatMap((attempt) => ("error" in attempt ? [attempt.error] : []));
  if (failures.length) console.error(`[${formId}] ${found.record.reference}: email not sent: ${failures.join("; ")}`);
  const updated = await updateRecord(formId, key, (current) => withAttempts(current, attempts), found);
  return updated?.record ?? null;
}

/** The record with this go's results: attempts counted, each email sent, pending or failed for good. */
function withAttempts<Data>(record: SubmissionRecord<Data>, attempts: Map<string, Attempt>): SubmissionRecord<Data> {
  const at = new Date().toISOString();
  const emails = { ...record.emails };
  const history: HistoryEntry[] = [];
  for (const [name, attempt] of attempts) {
    const before: EmailState = emails[name] ?? { status: "pending", attempts: 0 };
    if (before.status === "sent") continue;
    const tries = before.attempts + 1;
    const after: EmailState =
      "sentAt" in attempt
        ? { status: "sent", attempts: tries, sentAt: attempt.sentAt }
        : { status: tries >= MAX_EMAIL_ATTEMPTS ? "failed" : "pending", attempts: tries, lastError: attempt.error };
    emails[name] = after;
    if (after.status !== before.status)
      history.push({ at, by: EMAIL_SENDER, what: "email", email: name, from: before.status, to: after.status });
  }
  return { ...record, emails, history: [...record.history, ...history] };
}

/**
 * Takes a submission off the queue, then looks at it once more: if it changed meanwhile it goes back on (the
 * change may have queued it just before it was taken off), and if it was erased meanwhile its row goes too.
 */
async function settle(formId: string, key: string, record: SubmissionRecord): Promise<void> {
  await dequeue(formId, key);
  const now = await getRecord(formId, key);
  if (!now) await removeRows(formId, monthOf(record.createdAt), [{ key, reference: record.reference }]);
  else if (now.revision !== record.revision) await enqueue(formId, key);
}
