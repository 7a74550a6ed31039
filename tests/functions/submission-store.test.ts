/**
 * The submissions store against a real local Blobs server and a real SMTP server: the staff list from the
 * index, changes by staff with their history and without losing a change made at the same moment, erasure and
 * retention leaving nothing behind.
 */
import { describe, expect, it } from "vitest";
import deleteExpiredSubmissions from "../../functions/delete-expired-submissions";
import participantRegistrations from "../../functions/participant-registrations";
import retryEmails from "../../functions/retry-emails";
import { processQueued } from "../../functions/lib/process-submission";
import { registeredForms } from "../../functions/lib/registered-forms";
import { deleteExpired, retentionCutoff } from "../../functions/lib/retention";
import { freshRecord, getRecord, saveOnce, updateRecord } from "../../functions/lib/store";
import { findByReference, listSubmissions, queued } from "../../functions/lib/submission-index";
import {
  SubmissionChangeError,
  eraseByReference,
  eraseSubmission,
  updateSubmission,
} from "../../functions/lib/submissions";
import { validParticipantRegistration } from "../fixtures/participant-registration";
import { validSchoolRegistration } from "../fixtures/school-registration";
import { everyBlob } from "../support/every-blob";
import { functionClient } from "../support/function-client";
import { useLocalServices } from "../support/function-services";
import { seedSubmissions, spreadOverMonths } from "../support/seed-submissions";
import { storedRecords } from "../support/stored-records";

const services = useLocalServices();
const school = registeredForms.schoolRegistration;
const participant = registeredForms.participantRegistration;
const manager = "manager@btsa.example";
const schoolAnswers = (index: number) => ({ ...validSchoolRegistration(), schoolName: `Listed School ${index}` });
const participantAnswers = (index: number) => ({
  ...validParticipantRegistration(),
  fullName: `Listed Person ${index}`,
});

/** The blob requests `operation` makes, and what it resolved with. */
async function measured<T>(operation: () => Promise<T>) {
  const before = services.blobs.requests.count;
  const result = await operation();
  return { requests: services.blobs.requests.count - before, result };
}

/** Registers a participant through the form's function: stored, emailed, listed. */
async function registerParticipant(fullName: string) {
  const post = functionClient(participantRegistrations, participant.form.endpoint).postJson;
  const { reference } = await (await post({ ...validParticipantRegistration(), fullName })).json();
  const { key } = (await storedRecords(participant.form.id)).find((entry) => entry.record.reference === reference)!;
  return { key, reference: reference as string };
}

describe("the staff list", () => {
  it("lists a form's submissions newest first, 50 to a page, from the index", async () => {
    const seeded = await seedSubmissions(school, spreadOverMonths(130, 6), schoolAnswers);
    const newestFirst = seeded
      .map(({ record }) => record.createdAt)
      .sort()
      .reverse();

    const first = await measured(() => listSubmissions(school.form.id));
    expect(first.result.rows).toHaveLength(50);
    expect(first.result.hasNext).toBe(true);
    expect(first.result.rows.map((row) => row.createdAt)).toEqual(newestFirst.slice(0, 50));
    expect(first.requests).toBeLessThanOrEqual(25);
    const newest = seeded.find(({ record }) => record.createdAt === newestFirst[0])!;
    expect(first.result.rows[0]).toEqual({
      key: newest.key,
      reference: newest.record.reference,
      createdAt: newest.record.createdAt,
      answers: { schoolName: newest.record.data.schoolName, tutorName: "Tom Tutor" },
      status: "new",
      email: "sent",
      revision: 1,
    });

    const last = (await listSubmissions(school.form.id, { page: 3 })).rows;
    expect(last.map((row) => row.createdAt)).toEqual(newestFirst.slice(100));
    expect((await listSubmissions(school.form.id, { page: 3 })).hasNext).toBe(false);
  });

  it("filters by status", async () => {
    const seeded = await seedSubmissions(school, spreadOverMonths(12, 3), schoolAnswers);
    const done = seeded.slice(0, 3);
    for (const { key } of done) await updateSubmission(school.form.id, key, manager, { status: "done" });
    const { rows } = await listSubmissions(school.form.id, { status: "done" });
    expect(rows.map((row) => row.key).sort()).toEqual(done.map(({ key }) => key).sort());
    expect(rows.every((row) => row.status === "done")).toBe(true);
  });

  it("lists a submission sent twice once: one submission still makes one registration", async () => {
    const post = functionClient(participantRegistrations, participant.form.endpoint).postJson;
    const answers = { ...validParticipantRegistration(), fullName: "Twice Sent", submissionId: crypto.randomUUID() };
    const [first, second] = [await (await post(answers)).json(), await (await post(answers)).json()];
    expect(second.reference).toBe(first.reference);
    const { rows } = await listSubmissions(participant.form.id, { pageSize: 1000 });
    expect(rows.filter((row) => row.reference === first.reference)).toHaveLength(1);
    expect(services.smtp.received).toHaveLength(2);
  });
});

describe("changes by staff", () => {
  it("records each change in the history, with who, when and what, and in the row", async () => {
    const { key } = await registerParticipant("Group Member");
    const groups = ["Basildon primary", "Southend secondary"];
    await updateSubmission(participant.form.id, key, manager, { status: "in progress" });
    await updateSubmission(participant.form.id, key, "colleague@btsa.example", { trainingGroup: groups[1] }, groups);
    const record = (await updateSubmission(participant.form.id, key, manager, { note: "Phoned the tutor." }))!;
    expect(record).toMatchObject({ status: "in progress", trainingGroup: groups[1], note: "Phoned the tutor." });
    const staffHistory = record.history.filter((entry) => entry.what !== "email");
    expect(staffHistory).toEqual([
      { at: expect.any(String), by: manager, what: "status", from: "new", to: "in progress" },
      { at: expect.any(String), by: "colleague@btsa.example", what: "trainingGroup", from: null, to: groups[1] },
      { at: expect.any(String), by: manager, what: "note", from: null, to: "Phoned the tutor." },
    ]);
    expect(Date.now() - Date.parse(staffHistory[2]!.at)).toBeLessThan(60_000);
    expect(await getRecord(participant.form.id, key)).toEqual(record);
    const { rows } = await listSubmissions(participant.form.id, { pageSize: 1000 });
    expect(rows.find((row) => row.key === key)).toMatchObject({ status: "in progress", trainingGroup: groups[1] });
  });

  it("writes nothing when nothing would change", async () => {
    const { key } = await registerParticipant("Unchanged");
    const before = (await getRecord(participant.form.id, key))!;
    const again = await updateSubmission(participant.form.id, key, manager, { status: "new" });
    expect(again).toEqual(before);
  });

  it.each([
    ["an unknown status", "school", { status: "archived" }, /status must be one of: new, in progress, done/],
    ["a training group on a school registration", "school", { trainingGroup: "A" }, /Only ECT and mentor/],
    ["a group not in the list", "participant", { trainingGroup: "Nowhere" }, /"Nowhere" is not a group/],
    ["a note too long", "participant", { note: "x".repeat(2001) }, /2000 characters or fewer/],
  ] as const)("refuses %s with a clear message, changing nothing", async (_, which, change, message) => {
    const entry = which === "school" ? school : participant;
    const [{ key, record }] = await seedSubmissions(entry, [new Date().toISOString()], (index) =>
      which === "school" ? schoolAnswers(index) : participantAnswers(index),
    );
    await expect(updateSubmission(entry.form.id, key!, manager, change as never, ["Basildon primary"])).rejects.toThrow(
      SubmissionChangeError,
    );
    await expect(updateSubmission(entry.form.id, key!, manager, change as never, ["Basildon primary"])).rejects.toThrow(
      message,
    );
    expect(await getRecord(entry.form.id, key!)).toEqual(record);
  });
});

describe("two changes at the same moment", () => {
  it("keeps both when a retry run writes between a status change's read and its write", async () => {
    services.smtp.behaviour.refuse = () => true;
    const { key } = await registerParticipant("Raced One");
    services.smtp.behaviour.refuse = undefined;
    let retryRan = false;
    const statusChange = await updateRecord(participant.form.id, key, async (record) => {
      if (!retryRan) {
        retryRan = true;
        await retryEmails();
      }
      return { ...record, status: "done" as const };
    });
    expect(statusChange!.conflicts).toBeGreaterThanOrEqual(1);
    const record = (await getRecord(participant.form.id, key))!;
    expect(record.status).toBe("done");
    expect(Object.values(record.emails).map((email) => email.status)).toEqual(["sent", "sent"]);
    expect(services.smtp.received).toHaveLength(2);
  });

  it("keeps both when a staff change lands while the retry is sending, in the record and in the row", async () => {
    services.smtp.behaviour.refuse = () => true;
    const { key } = await registerParticipant("Raced Two");
    services.smtp.behaviour.refuse = undefined;
    let changed = false;
    services.smtp.behaviour.beforeAccepting = async () => {
      if (changed) return;
      changed = true;
      await updateSubmission(participant.form.id, key, manager, { status: "in progress", note: "Called." });
    };
    await retryEmails();
    const record = (await getRecord(participant.form.id, key))!;
    expect(record).toMatchObject({ status: "in progress", note: "Called." });
    expect(Object.values(record.emails).map((email) => email.status)).toEqual(["sent", "sent"]);
    expect(record.history.map((entry) => entry.what)).toEqual(
      expect.arrayContaining(["status", "note", "email", "email"]),
    );
    const { rows } = await listSubmissions(participant.form.id, { pageSize: 1000 });
    expect(rows.find((row) => row.key === key)).toMatchObject({ status: "in progress", email: "sent" });
  });
});

describe("erasure", () => {
  it("deletes a submission by reference, leaving nothing of it in any store", async () => {
    const { key, reference } = await registerParticipant("Erased Person");
    const traces = (blobs: { key: string; text: string }[]) =>
      blobs.filter(({ key: blobKey, text }) =>
        [key, reference, "Erased Person"].some((trace) => blobKey.includes(trace) || text.includes(trace)),
      );
    expect(traces(await everyBlob()).length).toBeGreaterThanOrEqual(3);

    expect(await eraseByReference(reference)).toBe(true);
    expect(traces(await everyBlob())).toEqual([]);
    expect(await findByReference(reference)).toEqual([]);
    expect(await eraseByReference(reference)).toBe(false);
  });

  it("deletes a submission still queued, with its place in the queue", async () => {
    const [{ key, record }] = await seedSubmissions(participant, [new Date().toISOString()], participantAnswers, {
      pending: true,
    });
    expect(await queued()).toContainEqual({ form: participant.form.id, key });
    expect(await eraseSubmission(participant.form.id, key!)).toBe(true);
    expect(await queued()).not.toContainEqual({ form: participant.form.id, key });
    const left = (await everyBlob()).filter(
      ({ key: blobKey, text }) => blobKey.includes(key!) || text.includes(record!.reference),
    );
    expect(left).toEqual([]);
  });

  it("refuses to erase by a reference two submissions share, erasing neither", async () => {
    const shared = "BTSA-2026-SHARED";
    const keys = ["e".repeat(32), "f".repeat(32)];
    for (const key of keys)
      await saveOnce(participant.form.id, key, freshRecord(shared, participant.form.id, participantAnswers(1)));
    await processQueued(keys.map((key) => ({ entry: participant, key })));
    await expect(eraseByReference(shared)).rejects.toThrow(/2 submissions have the reference BTSA-2026-SHARED/);
    for (const key of keys) expect(await getRecord(participant.form.id, key)).not.toBeNull();
  });
});

describe("retention", () => {
  it("sets the cutoff that many calendar months back, to the day", () => {
    expect(retentionCutoff(new Date("2026-11-29T12:00:00Z"), 24).toISOString()).toBe("2024-11-29T12:00:00.000Z");
    expect(retentionCutoff(new Date("2026-03-31T08:30:00Z"), 1).toISOString()).toBe("2026-02-28T08:30:00.000Z");
    expect(retentionCutoff(new Date("2024-02-29T00:00:00Z"), 12).toISOString()).toBe("2023-02-28T00:00:00.000Z");
  });

  it("deletes what is older than the period, in batches, with every index entry, and nothing newer", async () => {
    // Earlier tests stored submissions from the last six months: they are well inside the period.
    const now = new Date();
    const monthsAgo = (months: number, days = 0) => {
      const time = retentionCutoff(now, months);
      time.setUTCDate(time.getUTCDate() + days);
      return time.toISOString();
    };
    const old = [
      ...(await seedSubmissions(school, [monthsAgo(30), monthsAgo(30, -2), monthsAgo(25)], schoolAnswers)),
      ...(await seedSubmissions(participant, [monthsAgo(26), monthsAgo(24, -1)], participantAnswers)),
    ];
    const kept = [
      ...(await seedSubmissions(school, [monthsAgo(24, 1), monthsAgo(3)], schoolAnswers)),
      ...(await seedSubmissions(participant, [monthsAgo(1)], participantAnswers)),
    ];

    const cutShort = await deleteExpired(24, { now, deadline: Date.now() - 1 });
    expect(cutShort).toMatchObject({ deleted: 0, finished: false });

    const run = await deleteExpired(24, { now, batchSize: 2 });
    expect(run).toEqual({ deleted: old.length, finished: true, cutoff: monthsAgo(24) });
    const blobs = await everyBlob();
    for (const { key, record } of old) {
      expect(blobs.filter((blob) => blob.key.includes(key) || blob.text.includes(record.reference))).toEqual([]);
    }
    for (const { key } of kept) expect(blobs.some((blob) => blob.key.endsWith(key))).toBe(true);
    expect((await deleteExpired(24, { now })).deleted).toBe(0);
  });

  it("deletes nothing while the retention period is unset, and says so", async () => {
    const [{ key }] = await seedSubmissions(school, ["2001-01-01T00:00:00.000Z"], schoolAnswers);
    const answer = await (await deleteExpiredSubmissions()).json();
    expect(answer).toEqual({ deleted: 0, finished: true, cutoff: null, expiredAccess: 0 });
    expect(await getRecord(school.form.id, key!)).not.toBeNull();
  });
});
