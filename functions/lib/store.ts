import { getStore } from "@netlify/blobs";
import { changeJson, readForUpdate } from "./conditional-write.ts";
import { enqueue } from "./submission-index.ts";

/** Where a submission is in the alliance's handling of it: staff move it on. */
export const SUBMISSION_STATUSES = ["new", "in progress", "done"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** How one email of a submission went: pending until sent, failed once the retries are used up. */
export type EmailStatus = "pending" | "sent" | "failed";

/** One email's delivery: each email of a submission has its own, so a retry sends only what has not gone. */
export interface EmailState {
  status: EmailStatus;
  attempts: number;
  lastError?: string;
  sentAt?: string;
}

/** One change to a submission: who made it (a staff address, or the email sender), when, and what changed. */
export interface HistoryEntry {
  at: string;
  by: string;
  what: "status" | "trainingGroup" | "note" | "email";
  /** For an email: which one (its name in content/emails/). */
  email?: string;
  from?: string | null;
  to: string | null;
}

/** What is stored for each submission: one JSON blob in the form's store, keyed by its submission key. */
export interface SubmissionRecord<Data = Record<string, unknown>> {
  reference: string;
  form: string;
  createdAt: string;
  data: Data;
  /** By email name; an email not listed yet has not been tried. */
  emails: Record<string, EmailState>;
  status: SubmissionStatus;
  /** ECT and mentor registrations: the local training group the participant is allocated to. */
  trainingGroup?: string | null;
  /** The staff's internal note. */
  note?: string;
  history: HistoryEntry[];
  /** Goes up by one with every write, so that an index never takes an older copy for a newer one. */
  revision: number;
}

/** A new submission's record: nothing sent yet, nothing changed by staff. */
export const freshRecord = <Data>(reference: string, form: string, data: Data): SubmissionRecord<Data> => ({
  reference,
  form,
  createdAt: new Date().toISOString(),
  data,
  emails: {},
  status: "new",
  history: [],
  revision: 1,
});

/** The form's store. Opened per request: a store opened at module scope fails in production. */
const storeFor = (formId: string) => getStore({ name: formId, consistency: "strong" });

/**
 * Where a record is kept in its form's store: under the first two characters of its key. Netlify's local
 * emulation lists a store by reading its folders, and there a read for a conditional write lists, so small
 * folders keep that quick. Records stored before this version sit at the bare key: the backfill moves them.
 */
const blobKey = (key: string) => `${key.slice(0, 2)}/${key}`;

/**
 * Saves a new submission unless its key is already taken, and returns the record that stands: the new
 * one, or the first one when this is a retry or a double submit. Its pending entry (the work queue of
 * functions/lib/submission-index.ts) is written at the same time, so that a submission is never stored
 * without being queued for its emails and its index row; a repeat queues it again, which is harmless.
 */
export async function saveOnce<Data>(formId: string, key: string, record: SubmissionRecord<Data>) {
  const store = storeFor(formId);
  const [{ modified }] = await Promise.all([
    store.setJSON(blobKey(key), record, { onlyIfNew: true }),
    enqueue(formId, key),
  ]);
  if (modified !== false) return { record, isNew: true };
  const existing = (await store.get(blobKey(key), { type: "json" })) as SubmissionRecord<Data> | null;
  return { record: existing ?? record, isNew: false };
}

/** A record with the etag it was read at, for a conditional write. */
export interface ReadRecord<Data = Record<string, unknown>> {
  record: SubmissionRecord<Data>;
  etag: string;
}

/** One stored record with its etag, or null. */
export async function readRecord<Data = Record<string, unknown>>(
  formId: string,
  key: string,
): Promise<ReadRecord<Data> | null> {
  const found = await readForUpdate<SubmissionRecord<Data>>(storeFor(formId), blobKey(key));
  return found ? { record: found.data, etag: found.etag } : null;
}

/** One stored record, or null: a plain read, for what will not be written back. */
export async function getRecord(formId: string, key: string): Promise<SubmissionRecord | null> {
  return (await storeFor(formId).get(blobKey(key), { type: "json" })) as SubmissionRecord | null;
}

/**
 * Changes a record without losing anyone else's change (functions/lib/conditional-write.ts): `change` gets the
 * stored record and returns the new one (or null to leave it), written with the next revision only if nobody
 * has written since it was read; on a conflict it is read again and `change` applied again. `known` saves the
 * first read when the caller already holds the record. Returns null if the record is not (or no longer) there.
 */
export async function updateRecord<Data>(
  formId: string,
  key: string,
  change: (record: SubmissionRecord<Data>) => SubmissionRecord<Data> | null | Promise<SubmissionRecord<Data> | null>,
  known?: ReadRecord<Data> | null,
): Promise<{ record: SubmissionRecord<Data>; conflicts: number } | null> {
  const { value, conflicts } = await changeJson<SubmissionRecord<Data>>(
    storeFor(formId),
    blobKey(key),
    async (record) => {
      const changed = record && (await change(record));
      return changed ? { ...changed, revision: (record!.revision ?? 0) + 1 } : null;
    },
    known === undefined ? undefined : known && { data: known.record, etag: known.etag },
  );
  return value ? { record: value, conflicts } : null;
}

/** Deletes a record (no error if it is already gone). */
export async function deleteRecord(formId: string, key: string): Promise<void> {
  await storeFor(formId).delete(blobKey(key));
}

/** A key in a form's store: a record's, or (`legacy`) a record's stored before this version, at the bare key. */
export interface StoredKey {
  key: string;
  legacy: boolean;
}

/**
 * Every record key in a form's store, or those starting with `first`, page by page (for the backfill and tests;
 * the staff list uses the index).
 */
export async function* storedKeys(formId: string, first = ""): AsyncGenerator<StoredKey[]> {
  for await (const { blobs } of storeFor(formId).list({ prefix: first, paginate: true })) {
    yield blobs.flatMap(({ key }): StoredKey[] => {
      const [prefix, rest] = key.split("/");
      if (rest !== undefined) return prefix === rest.slice(0, 2) ? [{ key: rest, legacy: false }] : [];
      return /^[0-9a-f]{32}$/.test(key) ? [{ key, legacy: true }] : [];
    });
  }
}

/**
 * Moves a record stored before this version from its bare key to where records are kept now, in today's shape
 * (`upgrade`), unless a record is already there (then that one stands). Safe to repeat. Resolves with the record
 * that stands, or null if there is none.
 */
export async function moveLegacyRecord(
  formId: string,
  key: string,
  upgrade: (legacy: Record<string, unknown>) => SubmissionRecord,
): Promise<SubmissionRecord | null> {
  const store = storeFor(formId);
  const legacy = (await store.get(key, { type: "json" })) as Record<string, unknown> | null;
  if (!legacy) return getRecord(formId, key);
  const record = upgrade(legacy);
  const { modified } = await store.setJSON(blobKey(key), record, { onlyIfNew: true });
  await store.delete(key);
  return modified ? record : getRecord(formId, key);
}
