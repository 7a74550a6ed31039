import { fillIn } from "../../src/lib/fill-in.ts";
import { staffWords } from "../../src/lib/staff-words.ts";
import { trainingGroups } from "../../src/lib/training-groups.ts";
import { formsById } from "./registered-forms.ts";
import {
  SUBMISSION_STATUSES,
  deleteRecord,
  readRecord,
  updateRecord,
  type HistoryEntry,
  type SubmissionRecord,
  type SubmissionStatus,
} from "./store.ts";
import {
  dequeue,
  enqueue,
  findByReference,
  monthOf,
  monthsOf,
  removeRows,
  rowOf,
  rowsOf,
  writeRows,
} from "./submission-index.ts";

/**
 * What staff do to a submission (the staff area calls these): change its status, allocate a participant to a
 * local training group, write the internal note, and erase it. Every change goes into the record's history.
 */

/** A change staff asked for that cannot be made, with the reason in words. */
export class SubmissionChangeError extends Error {}

/** The fields staff change; each left out stays as it is. */
export interface SubmissionChange {
  status?: SubmissionStatus;
  /** A group from content/training-groups.json, or null for none (ECT and mentor registrations only). */
  trainingGroup?: string | null;
  note?: string;
}

/** The longest internal note. */
export const MAX_NOTE_LENGTH = 2000;

/** The messages staff see, from content/interface/staff.json. */
const errors = staffWords.changeErrors;

function checkChange(formId: string, change: SubmissionChange, groups: readonly string[]): void {
  const entry = formsById.get(formId);
  if (!entry) throw new SubmissionChangeError(`There is no form "${formId}".`);
  if (change.status !== undefined && !SUBMISSION_STATUSES.includes(change.status))
    throw new SubmissionChangeError(fillIn(errors.status, { statuses: SUBMISSION_STATUSES.join(", ") }));
  if (change.trainingGroup !== undefined) {
    if (!entry.allocatesTrainingGroup) throw new SubmissionChangeError(errors.groupNotAllocated);
    if (change.trainingGroup !== null && !groups.includes(change.trainingGroup))
      throw new SubmissionChangeError(fillIn(errors.unknownGroup, { group: change.trainingGroup }));
  }
  if (change.note !== undefined && change.note.length > MAX_NOTE_LENGTH)
    throw new SubmissionChangeError(fillIn(errors.noteTooLong, { max: MAX_NOTE_LENGTH }));
}

/**
 * Applies a staff member's change to a submission and to its row in the staff list. Fields that would not
 * change are left out of the history; if nothing changes, nothing is written. Safe against changes made at the
 * same moment (functions/lib/store.ts `updateRecord`). `groups` are the training groups to allocate from
 * (content/training-groups.json). Returns the record as it now stands, or null if there is none under the key.
 */
export async function updateSubmission(
  formId: string,
  key: string,
  by: string,
  change: SubmissionChange,
  groups: readonly string[] = trainingGroups,
): Promise<SubmissionRecord | null> {
  checkChange(formId, change, groups);
  const updated = await updateRecord<Record<string, unknown>>(formId, key, (record) => {
    const at = new Date().toISOString();
    const history: HistoryEntry[] = [];
    const next = { ...record };
    for (const what of ["status", "trainingGroup", "note"] as const) {
      // An empty note is no note: saving an empty box over none changes nothing.
      const to = change[what] === "" ? null : change[what];
      const from = record[what] || null;
      if (to === undefined || to === from) continue;
      history.push({ at, by, what, from, to });
      Object.assign(next, { [what]: to });
    }
    return history.length ? { ...next, history: [...record.history, ...history] } : null;
  });
  if (!updated) return null;
  const { record } = updated;
  try {
    await writeRows(formId, [rowOf(key, record, formsById.get(formId)!.form.listedAnswers)]);
  } catch (error) {
    // The row catches up when the queue is next worked through.
    console.error(`[${formId}] ${record.reference}: row not updated, queued: ${(error as Error).message}`);
    await enqueue(formId, key);
  }
  return record;
}

/**
 * Sets every email of a submission to be sent again (staff's "resend the emails"), and queues it: the caller
 * hands it to the background function, and the retry sends it if that fails. Each email's change goes into the
 * history. Returns the record as it now stands, or null if there is none under the key.
 */
export async function requestResend(formId: string, key: string, by: string): Promise<SubmissionRecord | null> {
  const entry = formsById.get(formId);
  if (!entry) throw new SubmissionChangeError(`There is no form "${formId}".`);
  const updated = await updateRecord<Record<string, unknown>>(formId, key, (record) => {
    const at = new Date().toISOString();
    const names = entry.emails(record).map((email) => email.name);
    return {
      ...record,
      emails: {
        ...record.emails,
        ...Object.fromEntries(names.map((name) => [name, { status: "pending", attempts: 0 }])),
      },
      history: [
        ...record.history,
        ...names.map((name): HistoryEntry => ({
          at,
          by,
          what: "email",
          email: name,
          from: record.emails[name]?.status ?? null,
          to: "pending",
        })),
      ],
    };
  });
  if (!updated) return null;
  await enqueue(formId, key);
  return updated.record;
}

/**
 * Erases a submission: its record, its place in the queue, its row and its reference entry. The record goes
 * first, so that a run cut short leaves at most a row, which the staff list shows and erasing again removes.
 * Returns whether there was anything to erase.
 */
export async function eraseSubmission(formId: string, key: string): Promise<boolean> {
  const found = await readRecord(formId, key);
  await Promise.all([dequeue(formId, key), deleteRecord(formId, key)]);
  const row = found
    ? { key, reference: found.record.reference, month: monthOf(found.record.createdAt) }
    : await findRow(formId, key);
  if (row) await removeRows(formId, row.month, [row]);
  return Boolean(found ?? row);
}

/** A row by its key, when its record is already gone: looks through the form's months. */
async function findRow(formId: string, key: string) {
  for (const month of await monthsOf(formId)) {
    const row = (await rowsOf(formId, month)).find((candidate) => candidate.key === key);
    if (row) return { key, reference: row.reference, month };
  }
  return null;
}

/**
 * Erases the submission a reference belongs to. Refuses, erasing nothing, if two submissions share the
 * reference: erase that one by its form and key instead. Returns whether there was anything to erase.
 */
export async function eraseByReference(reference: string): Promise<boolean> {
  const matches = await findByReference(reference);
  if (matches.length > 1) {
    const which = matches.map(({ form, key }) => `${form}/${key}`).join(", ");
    throw new SubmissionChangeError(`${matches.length} submissions have the reference ${reference} (${which}).`);
  }
  return matches.length === 1 ? eraseSubmission(matches[0]!.form, matches[0]!.key) : false;
}
