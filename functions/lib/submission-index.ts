import { getStore } from "@netlify/blobs";
import { readForUpdate } from "./read-for-update.ts";
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
const monthOf = (createdAt: string) => createdAt.slice(0, 7);
const rowsKey = (formId: string, month: string) => `rows/${formId}/${month}`;
const refPrefix = (reference: string) => `refs/${reference}/`;
export const BACKFILL_KEY = "meta/backfill";

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

/** How many times a month's rows are written again after another writer got there first. */
const MAX_CONFLICTS = 30;

/** Month writes of this instance, chained per blob so that it does not race itself (etags cover other instances). */
const monthWrites = new Map<string, Promise<unknown>>();

/**
 * Changes one month's rows with a conditional write, reading again and reapplying `change` on a conflict.
 * Deletes the blob when no rows are left.
 */
function changeMonth(formId: string, month: string, change: (rows: SubmissionRow[]) => SubmissionRow[] | null) {
  const blobKey = rowsKey(formId, month);
  const run = async () => {
    const store = indexStore();
    for (let conflicts = 0; ; conflicts++) {
      const found = await readForUpdate<MonthRows>(store, blobKey);
      const changed = change(found?.data.rows ?? []);
      if (!changed) return;
      if (changed.length === 0 && found) {
        await store.delete(blobKey);
        return;
      }
      const body: MonthRows = { rows: changed };
      const { modified } = found
        ? await store.setJSON(blobKey, body, { onlyIfMatch: found.etag })
        : await store.setJSON(blobKey, body, { onlyIfNew: true });
      if (modified) return;
      if (conflicts >= MAX_CONFLICTS) throw new Error(`${blobKey}: still conflicting after ${conflicts} tries`);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (conflicts + 1)));
    }
  };
  const previous = monthWrites.get(blobKey) ?? Promise.resolve();
  const next = previous.then(run, run);
  monthWrites.set(blobKey, next);
  void next.finally(() => monthWrites.get(blobKey) === next && monthWrites.delete(blobKey)).catch(() => {});
  return next;
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

/** The month a row, or a record, is filed under. */
export const monthKey = monthOf;

/** What a page of the staff list asks for. */
export interface ListQuery {
  status?: SubmissionStatus | undefined;
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

/**
 * One page of a form's submissions, newest first, optionally only those with one status: reads the months
 * from the newest until the page (and one row more, to know there is a next page) is filled, never every record.
 */
export async function listSubmissions(formId: string, query: ListQuery = {}): Promise<ListPage> {
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const size = query.pageSize ?? PAGE_SIZE;
  const wanted = page * size + 1;
  const matching: SubmissionRow[] = [];
  for (const month of await monthsOf(formId)) {
    const rows = await rowsOf(formId, month);
    matching.push(...(query.status ? rows.filter((row) => row.status === query.status) : rows));
    if (matching.length >= wanted) break;
  }
  return { rows: matching.slice((page - 1) * size, page * size), page, hasNext: matching.length > page * size };
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
