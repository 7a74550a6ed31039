import { getStore } from "@netlify/blobs";

/** How sending the emails went: pending until every email of the submission has gone. */
export type EmailStatus = "sent" | "pending";

/** What is stored for each submission: one JSON blob, keyed by its submission key. */
export interface SubmissionRecord<Data = Record<string, unknown>> {
  reference: string;
  form: string;
  createdAt: string;
  data: Data;
  email: { status: EmailStatus; attempts: number; lastError?: string; sentAt?: string };
}

/** The form's store. Opened per request: a store opened at module scope fails in production. */
const storeFor = (formId: string) => getStore({ name: formId, consistency: "strong" });

/**
 * Saves a new submission unless its key is already taken, and returns the record that stands: the new
 * one, or the first one when this is a retry or a double submit. One conditional write in the usual case;
 * the store is read only when the key turns out to be taken. Even if a store ever ignored `onlyIfNew`, the
 * key and reference come from the submission itself, so a repeat could only rewrite the same registration.
 */
export async function saveOnce<Data>(formId: string, key: string, record: SubmissionRecord<Data>) {
  const store = storeFor(formId);
  const { modified } = await store.setJSON(key, record, { onlyIfNew: true });
  if (modified !== false) return { record, isNew: true };
  const existing = (await store.get(key, { type: "json" })) as SubmissionRecord<Data> | null;
  return { record: existing ?? record, isNew: false };
}

/** Records how sending the emails went. */
export async function updateEmailStatus(formId: string, key: string, record: SubmissionRecord<unknown>) {
  await storeFor(formId).setJSON(key, record);
}

/** One stored record, or null. */
export async function getRecord(formId: string, key: string): Promise<SubmissionRecord | null> {
  return (await storeFor(formId).get(key, { type: "json" })) as SubmissionRecord | null;
}

/** Every stored record of a form (for staff tools, retries and tests). */
export async function listRecords(formId: string): Promise<{ key: string; record: SubmissionRecord }[]> {
  const store = storeFor(formId);
  const { blobs } = await store.list();
  return Promise.all(
    blobs.map(async ({ key }) => ({ key, record: (await store.get(key, { type: "json" })) as SubmissionRecord })),
  );
}
