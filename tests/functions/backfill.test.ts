/**
 * Records stored before the indexes existed (one email state for all of a submission's emails, no status or
 * history) are brought into them by the retry's first run, against a real local Blobs server and SMTP server.
 */
import { getStore } from "@netlify/blobs";
import { describe, expect, it } from "vitest";
import retryEmails from "../../functions/retry-emails";
import { backfill } from "../../functions/lib/backfill";
import { registeredForms } from "../../functions/lib/registered-forms";
import { getRecord } from "../../functions/lib/store";
import { backfillState, listSubmissions, queued } from "../../functions/lib/submission-index";
import { validEnquiry } from "../fixtures/enquiry";
import { validSchoolRegistration } from "../fixtures/school-registration";
import { useLocalServices } from "../support/function-services";

const services = useLocalServices();
const school = registeredForms.schoolRegistration;
const enquiry = registeredForms.enquiry;
const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();

/** Writes a record as the previous version stored it, straight into the form's store. */
async function storeLegacy(formId: string, key: string, data: object, email: object) {
  const reference = `BTSA-2026-${key.slice(0, 6).toUpperCase()}`;
  await getStore({ name: formId, consistency: "strong" }).setJSON(key, {
    reference,
    form: formId,
    createdAt: anHourAgo,
    data,
    email,
  });
  return reference;
}

describe("the backfill", () => {
  it("upgrades, lists and queues records stored before the indexes, on the retry's first run, and is safe to run again", async () => {
    const sent = await storeLegacy(
      school.form.id,
      "1".repeat(32),
      { ...validSchoolRegistration(), schoolName: "Old Sent" },
      {
        status: "sent",
        attempts: 1,
        sentAt: anHourAgo,
      },
    );
    const pending = await storeLegacy(
      enquiry.form.id,
      "2".repeat(32),
      { ...validEnquiry(), name: "Old Pending" },
      {
        status: "pending",
        attempts: 2,
        lastError: "connect ECONNREFUSED",
      },
    );

    const first = await (await retryEmails()).json();
    expect(first.backfill).toEqual({ records: 2, finished: true });
    expect(first.retried).toEqual([{ form: enquiry.form.id, reference: pending, status: "sent" }]);
    // The old state did not say which of the pending submission's emails had gone: each is sent once more.
    expect(services.smtp.received.map((mail) => mail.subject)).toHaveLength(2);

    const upgraded = (await getRecord(school.form.id, "1".repeat(32)))!;
    expect(upgraded).toMatchObject({
      status: "new",
      history: [],
      emails: { confirmation: { status: "sent", attempts: 1 }, notification: { status: "sent", attempts: 1 } },
    });
    expect(upgraded).not.toHaveProperty("email");
    const wasPending = (await getRecord(enquiry.form.id, "2".repeat(32)))!;
    expect(wasPending.emails).toMatchObject({
      question: { status: "sent", attempts: 3 },
      copy: { status: "sent", attempts: 3 },
    });

    const listed = async () => [
      ...(await listSubmissions(school.form.id)).rows,
      ...(await listSubmissions(enquiry.form.id)).rows,
    ];
    const rows = await listed();
    expect(rows.map((row) => [row.reference, row.email])).toEqual([
      [sent, "sent"],
      [pending, "sent"],
    ]);
    expect(rows.map((row) => row.answers.schoolName ?? row.answers.name)).toEqual(["Old Sent", "Old Pending"]);

    // Run again from the start, as after a lost note of its progress: the same rows, nothing sent twice.
    expect(await backfill(Infinity, null)).toEqual({ records: 2, finished: true });
    expect(await listed()).toEqual(rows);
    expect(await queued()).toEqual([]);
    expect(services.smtp.received).toHaveLength(2);

    const before = services.blobs.requests.count;
    expect((await (await retryEmails()).json()).backfill).toBeNull();
    expect(services.blobs.requests.count - before).toBeLessThanOrEqual(3);
  });

  it("stops at its deadline and carries on from the parts not yet done", async () => {
    const finished = await backfillState();
    expect(finished?.done).toHaveLength(3 * 16);
    const cutShort = await backfill(Date.now() - 1, null);
    expect(cutShort).toEqual({ records: 0, finished: false });
    expect(await backfillState()).toEqual({ done: [] });
    // The school registration's part "1" is noted done: only the enquiry's record is gone through again.
    const resumed = await backfill(Infinity, { done: [`${school.form.id}/1`] });
    expect(resumed).toEqual({ records: 1, finished: true });
    expect(new Set((await backfillState())?.done)).toEqual(new Set(finished?.done));
  });
});
