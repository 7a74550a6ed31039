import { getStore } from "@netlify/blobs";
import { changeJson } from "./conditional-write.ts";
import { inParallel } from "./in-parallel.ts";
import type { EmailStatus, SubmissionRecord, SubmissionStatus } from "./store.ts";

/**
 * The indexes over the forms' stores, all in one store so that a retry with nothing to do costs two requests
 * however many submissions there are. Keys:
 * - `pending/<form>/<key>`: the work queue. A submission is queued when it is stored and leaves the queue when
 *   its emails have gone (or failed for good) and its row is written. The retry reads only this.
 * - `rows/<form>/<yyyy-mm>`: one blob a form a month (of `createdAt`, UTC) holding that month's rows, the
 *   staff list's lines. Newest first is the months in reverse; "older than" is the months before a cutoff.
 * - `refs/<reference>/<form>/<key>`: finds a submission by the reference people quote.
 * - `meta/backfill`: that records stored before these indexes have been brought into them.
 */
const indexStore = () => getStore({ name: "submission-index", consistency: "strong" });

/** One line of a form's staff list: enough to scan and filter without reading the record. */
export interface SubmissionRow {
  key: string;
  reference: string;
  createdAt: string;
  /** The answers staff scan (school, participant or enquirer name), by question name. */
  answers: Record<string, string>;
  status: SubmissionStatus;
  email: EmailStatus;
  trainingGroup?: string | null;
  /** The record's revision this row was made from. */
  revision: number;
}

const pendingKey = (formId: string, key: string) => `pending/${formId}/${key}`;
/** The month a record, or its row, is filed under: that of `createdAt` (UTC), "2026-11". */
export const monthOf = (createdAt: string) => createdAt.slice(0, 7);
const rowsKey = (formId: string, month: string) => `rows/${formId}/${month}`;
const refPrefix = (reference: string) => `refs/${reference}/`;
const BACKFILL_KEY = "meta/backfill";

/** Queues a submission for its emails and its index row (idempotent). */
export async function enqueue(formId: string, key: string): Promise<void> {
  await indexStore().set(pendingKey(formId, key), "");
}

/** Takes a submission off the queue (no error if it is not on it). */
export async function dequeue(formId: string, key: string): Promise<void> {
  await indexStore().delete(pendingKey(formId, key));
}

/** Every queued submission: one list request for up to a thousand. */
export async function queued(): Promise<{ form: string; key: string }[]> {
  const entries: { form: string; key: string }[] = [];
  for await (const { blobs } of indexStore().list({ prefix: "pending/", paginate: true })) {
    for (const { key } of blobs) {
      const [, form, submissionKey] = key.split("/");
      if (form && submissionKey) entries.push({ form, key: submissionKey });
    }
  }
  return entries;
}

/**
 * A single email state for the row: pending while any is (or none has been tried: the first sending tries
 * them all), failed if any failed for good, else sent.
 */
export function emailSummary(record: Pick<SubmissionRecord, "emails">): EmailStatus {
  const states = Object.values(record.emails).map((email) => email.status);
  if (states.length === 0 || states.includes("pending")) return "pending";
  return states.includes("failed") ? "failed" : "sent";
}

/** The row of a record, with the answers the form lists (`listed`). */
export function rowOf(key: string, record: SubmissionRecord, listed: readonly string[]): SubmissionRow {
  const row: SubmissionRow = {
    key,
    reference: record.reference,
    createdAt: record.createdAt,
    answers: Object.fromEntries(listed.map((name) => [name, String(record.data[name] ?? "")])),
    status: record.status,
    email: emailSummary(record),
    revision: record.revision,
  };
  if (record.trainingGroup !== undefined) row.trainingGroup = record.trainingGroup;
  return row;
}

interface MonthRows {
  rows: SubmissionRow[];
}

/** A change to a month's rows: the new rows, or null for no change. */
type RowsChange = (rows: SubmissionRow[]) => SubmissionRow[] | null;

/** Changes to one month's blob waiting for the write under way, and the promise of their own write. */
interface MonthBatch {
  changes: RowsChange[];
  written: Promise<void>;
}

/** Per month blob: the latest write of this instance, and the batch waiting to go after it. */
const writing = new Map<string, Promise<void>>();
const waiting = new Map<string, MonthBatch>();

/**
 * Changes one month's rows. An instance writes each month's blob one write at a time, and changes that arrive
 * meanwhile go together in the next write: a long-lived server under load (netlify dev, the benchmarks) writes
 * a busy month once for many submissions. Other instances are covered by the write's etag.
 */
function changeMonth(formId: string, month: string, change: RowsChange): Promise<void> {
  const blobKey = rowsKey(formId, month);
  const batch = waiting.get(blobKey);
  if (batch) {
    batch.changes.push(change);
    return batch.written;
  }
  const next: MonthBatch = { changes: [change], written: Promise.resolve() };
  const previous = writing.get(blobKey) ?? Promise.resolve();
  next.written = previous
    .catch(() => {})
    .then(() => {
      waiting.delete(blobKey);
      return writeMonth(blobKey, next.changes);
    });
  waiting.set(blobKey, next);
  writing.set(blobKey, next.written);
  next.written.then(
    () => writing.get(blobKey) === next.written && writing.delete(blobKey),
    () => writing.get(blobKey) === next.written && writing.delete(blobKey),
  );
  return next.written;
}

/**
 * Applies changes to one month's blob with a conditional write, reading it again and reapplying them on a
 * conflict. A month left with no rows keeps an empty blob (a delete cannot be conditional, and would lose a row
 * written meanwhile); retention removes empty months once they are past.
 */
async function writeMonth(blobKey: string, changes: RowsChange[]): Promise<void> {
  await changeJson<MonthRows>(indexStore(), blobKey, (stored) => {
    let rows = stored?.rows ?? [];
    let changed = false;
    for (const change of changes) {
      const next = change(rows);
      if (next) [rows, changed] = [next, true];
    }
    return changed ? { rows } : null;
  });
}

/** Deletes a month's blob if it has no rows left (retention, for months past the cutoff, where no row arrives). */
export async function dropEmptyMonth(formId: string, month: string): Promise<void> {
  const store = indexStore();
  const found = (await store.get(rowsKey(formId, month), { type: "json" })) as MonthRows | null;
  if (found && found.rows.length === 0) await store.delete(rowsKey(formId, month));
}

/**
 * Writes rows into their months' blobs, newest first within a month, one conditional write a month. A row
 * replaces the one with the same key unless that one is from the same or a later revision. A row new to
 * its month gets its reference entry too.
 */
export async function writeRows(formId: string, rows: SubmissionRow[]): Promise<void> {
  const byMonth = Map.groupBy(rows, (row) => monthOf(row.createdAt));
  const added: SubmissionRow[] = [];
  await Promise.all(
    [...byMonth].map(([month, incoming]) =>
      changeMonth(formId, month, (stored) => {
        const merged = new Map(stored.map((row) => [row.key, row]));
        let changed = false;
        for (const row of incoming) {
          const existing = merged.get(row.key);
          if (existing && existing.revision >= row.revision) continue;
          if (!existing) added.push(row);
          merged.set(row.key, row);
          changed = true;
        }
        return changed ? [...merged.values()].sort(newestFirst) : null;
      }),
    ),
  );
  const store = indexStore();
  await Promise.all([...new Set(added)].map((row) => store.set(`${refPrefix(row.reference)}${formId}/${row.key}`, "")));
}

const newestFirst = (a: SubmissionRow, b: SubmissionRow) =>
  b.createdAt.localeCompare(a.createdAt) || a.key.localeCompare(b.key);

/** Removes rows (by key) from one month, and their reference entries. */
export async function removeRows(formId: string, month: string, rows: Pick<SubmissionRow, "key" | "reference">[]) {
  const keys = new Set(rows.map((row) => row.key));
  await changeMonth(formId, month, (stored) =>
    stored.some((row) => keys.has(row.key)) ? stored.filter((row) => !keys.has(row.key)) : null,
  );
  const store = indexStore();
  await Promise.all(rows.map((row) => store.delete(`${refPrefix(row.reference)}${formId}/${row.key}`)));
}

/** The months a form has rows for, newest first ("2026-11", …): one list request. */
export async function monthsOf(formId: string): Promise<string[]> {
  const { blobs } = await indexStore().list({ prefix: `rows/${formId}/` });
  return blobs.map(({ key }) => key.slice(key.lastIndexOf("/") + 1)).sort((a, b) => b.localeCompare(a));
}

/** One month's rows, newest first. */
export async function rowsOf(formId: string, month: string): Promise<SubmissionRow[]> {
  const found = (await indexStore().get(rowsKey(formId, month), { type: "json" })) as MonthRows | null;
  return found?.rows ?? [];
}

/** What a page of the staff list asks for. */
export interface ListQuery {
  status?: SubmissionStatus | undefined;
  /** Words the reference or a listed answer (school, person) contains, in any case. */
  text?: string | undefined;
  /** 1 for the newest. */
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** The rows of one page, and whether there is a next one. */
export interface ListPage {
  rows: SubmissionRow[];
  page: number;
  hasNext: boolean;
}

/** Rows on a page of the staff list. */
export const PAGE_SIZE = 50;

/** Whether a row is one a query asks for: its status, and its reference or a listed answer containing the text. */
export function rowMatcher({ status, text }: Pick<ListQuery, "status" | "text">): (row: SubmissionRow) => boolean {
  const words = text?.trim().toLocaleLowerCase("en-GB");
  return (row) =>
    (!status || row.status === status) &&
    (!words ||
      [row.reference, ...Object.values(row.answers)].some((value) => value.toLocaleLowerCase("en-GB").includes(words)));
}

/**
 * One page of a form's submissions, newest first, optionally only those with one status or containing some
 * text: reads the months from the newest until the page (and one row more, to know there is a next page) is
 * filled, never a record.
 */
export async function listSubmissions(formId: string, query: ListQuery = {}): Promise<ListPage> {
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const size = query.pageSize ?? PAGE_SIZE;
  const wanted = page * size + 1;
  const matches = rowMatcher(query);
  const matching: SubmissionRow[] = [];
  // Months in doubling batches read together (1, 2, 4, …): an unfiltered first page reads one month, and a
  // search through every month waits for a handful of round trips, not one a month.
  const months = await monthsOf(formId);
  for (let start = 0, batch = 1; start < months.length && matching.length < wanted; start += batch, batch *= 2) {
    const read = await Promise.all(months.slice(start, start + batch).map((month) => rowsOf(formId, month)));
    for (const rows of read) matching.push(...rows.filter(matches));
  }
  return { rows: matching.slice((page - 1) * size, page * size), page, hasNext: matching.length > page * size };
}

/** Every row of a form, newest first: its months read a few at a time. */
export async function allRows(formId: string): Promise<SubmissionRow[]> {
  const months = await monthsOf(formId);
  const byMonth = new Map<string, SubmissionRow[]>();
  await inParallel(months, 8, async (month) => void byMonth.set(month, await rowsOf(formId, month)));
  return months.flatMap((month) => byMonth.get(month)!);
}

/** The submissions a reference belongs to (one, unless two submissions' references ever collide). */
export async function findByReference(reference: string): Promise<{ form: string; key: string }[]> {
  const { blobs } = await indexStore().list({ prefix: refPrefix(reference) });
  return blobs.map(({ key }) => {
    const [form, submissionKey] = key.slice(refPrefix(reference).length).split("/");
    return { form: form!, key: submissionKey! };
  });
}

/** How far the backfill has got: the parts done ("<form>/<first character of the key>"), and whether it has finished. */
export interface BackfillState {
  done: string[];
  finishedAt?: string;
}

export async function backfillState(): Promise<BackfillState | null> {
  return (await indexStore().get(BACKFILL_KEY, { type: "json" })) as BackfillState | null;
}

export async function saveBackfillState(state: BackfillState): Promise<void> {
  await indexStore().setJSON(BACKFILL_KEY, state);
}
