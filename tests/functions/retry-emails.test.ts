/**
 * The retry and the queue against a real local Blobs server and a real SMTP server: each email of a submission
 * is delivered once however the mail server fails, and a retry run costs what is queued, not what is stored.
 */
import { beforeEach, describe, expect, it } from "vitest";
import retryEmails from "../../functions/retry-emails";
import schoolRegistrations from "../../functions/school-registrations";
import { MAX_EMAIL_ATTEMPTS } from "../../functions/lib/process-submission";
import { registeredForms } from "../../functions/lib/registered-forms";
import { getRecord } from "../../functions/lib/store";
import { listSubmissions, queued } from "../../functions/lib/submission-index";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration";
import { validSchoolRegistration } from "../fixtures/school-registration";
import { functionClient } from "../support/function-client";
import { useLocalServices } from "../support/function-services";
import { closedPort } from "../support/local-services";
import { seedSubmissions, spreadOverMonths } from "../support/seed-submissions";
import { storedRecords } from "../support/stored-records";

const services = useLocalServices();
const { postJson } = functionClient(schoolRegistrations, schoolRegistrationForm.endpoint);
const school = registeredForms.schoolRegistration;
const allianceInbox = "ecf@btsa.example";

/** Registers a school through the form's function and returns its key and reference. */
async function register(schoolName: string) {
  const { reference } = await (await postJson({ ...validSchoolRegistration(), schoolName })).json();
  const { key } = (await storedRecords(school.form.id)).find((entry) => entry.record.reference === reference)!;
  return { key, reference: reference as string };
}

/** The blob requests one retry run makes, and what it answered. */
async function measuredRetry() {
  const before = services.blobs.requests.count;
  const answer = await (await retryEmails()).json();
  return { requests: services.blobs.requests.count - before, ...answer };
}

/** How many messages each address received. */
const copiesByRecipient = () =>
  services.smtp.envelopes.flat().reduce<Record<string, number>>((counts, address) => {
    counts[address] = (counts[address] ?? 0) + 1;
    return counts;
  }, {});

/** Answers for seeded school registrations, told apart by name. */
const schoolAnswers = (index: number) => ({ ...validSchoolRegistration(), schoolName: `Seeded School ${index}` });

describe("the email retry", () => {
  beforeEach(async () => {
    // Whatever earlier tests left queued is worked through first, so each test measures its own.
    await retryEmails();
    services.smtp.received.length = 0;
    services.smtp.envelopes.length = 0;
  });

  it("sends only the email that did not go: after a fault on the second, each recipient has exactly one copy", async () => {
    services.smtp.behaviour.refuse = (address) => address === allianceInbox;
    const { key, reference } = await register("Half Sent School");
    expect(services.smtp.received.map((mail) => mail.subject)).toEqual([
      `BTSA school registration received: ${reference}`,
    ]);
    const halfSent = (await getRecord(school.form.id, key))!;
    expect(halfSent.emails.confirmation).toMatchObject({ status: "sent", attempts: 1 });
    expect(halfSent.emails.notification).toMatchObject({ status: "pending", attempts: 1 });
    expect(halfSent.emails.notification!.lastError).toMatch(/refused/);
    expect(await queued()).toContainEqual({ form: school.form.id, key });

    services.smtp.behaviour.refuse = undefined;
    const { retried } = await measuredRetry();
    expect(retried).toContainEqual({ form: school.form.id, reference, status: "sent" });
    expect(services.smtp.received.map((mail) => mail.subject)).toEqual([
      `BTSA school registration received: ${reference}`,
      `New school registration ${reference}: Half Sent School`,
    ]);
    expect(copiesByRecipient()).toEqual({
      "tutor@greenfields.example": 1,
      "head@greenfields.example": 1,
      [allianceInbox]: 1,
    });
    const record = (await getRecord(school.form.id, key))!;
    expect(record.emails.confirmation).toMatchObject({ status: "sent", attempts: 1 });
    expect(record.emails.notification).toMatchObject({ status: "sent", attempts: 2 });
    expect(await queued()).not.toContainEqual({ form: school.form.id, key });
    const { rows } = await listSubmissions(school.form.id);
    expect(rows.find((row) => row.key === key)).toMatchObject({ reference, email: "sent", status: "new" });

    expect((await measuredRetry()).retried).toEqual([]);
    expect(services.smtp.received).toHaveLength(2);
  });

  it("sends both emails once the mail server is back, when it was down for both", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    const { key, reference } = await register("Retry School");
    expect(Object.values((await getRecord(school.form.id, key))!.emails).map((email) => email.status)).toEqual([
      "pending",
      "pending",
    ]);
    process.env.SMTP_URL = services.smtp.url;
    expect((await measuredRetry()).retried).toContainEqual({ form: school.form.id, reference, status: "sent" });
    expect(services.smtp.received).toHaveLength(2);
    expect((await measuredRetry()).retried).toEqual([]);
    expect(services.smtp.received).toHaveLength(2);
  });

  it("makes at most 3 blob requests with nothing queued, however many submissions are stored", async () => {
    await seedSubmissions(school, spreadOverMonths(20, 6), schoolAnswers);
    const withTwenty = await measuredRetry();
    await seedSubmissions(school, spreadOverMonths(300, 24), schoolAnswers);
    const withThreeHundredMore = await measuredRetry();
    expect(withTwenty.retried).toEqual([]);
    expect(withTwenty.requests).toBeLessThanOrEqual(3);
    expect(withThreeHundredMore.requests).toBe(withTwenty.requests);
  });

  it("costs what is queued: a few requests for each queued submission, whatever is stored", async () => {
    const idle = (await measuredRetry()).requests;
    // Queued an hour ago and never tried: the background function's hand-over was lost.
    const anHourAgo = (count: number) => Array(count).fill(new Date(Date.now() - 3_600_000).toISOString());
    const costOf = async (count: number) => {
      await seedSubmissions(school, anHourAgo(count), schoolAnswers, { pending: true });
      const run = await measuredRetry();
      expect(run.retried).toHaveLength(count);
      expect(run.retried.every(({ status }: { status: string }) => status === "sent")).toBe(true);
      return run.requests - idle;
    };
    const forFive = await costOf(5);
    await seedSubmissions(school, spreadOverMonths(300, 24), schoolAnswers);
    const forTwenty = await costOf(20);
    expect(forFive).toBeGreaterThan(0);
    expect(forFive / 5).toBeLessThanOrEqual(8);
    expect(forTwenty / 20).toBeLessThanOrEqual(8);
    expect(services.smtp.received).toHaveLength(2 * 25);
  });

  it("leaves a submission never tried alone while the background function may still be sending it", async () => {
    const [fresh] = await seedSubmissions(school, [new Date().toISOString()], schoolAnswers, { pending: true });
    const run = await measuredRetry();
    expect(run.retried).toEqual([]);
    expect(services.smtp.received).toHaveLength(0);
    expect(await queued()).toContainEqual({ form: school.form.id, key: fresh!.key });
  });

  it(`marks an email failed after ${MAX_EMAIL_ATTEMPTS} attempts, takes it off the queue and says so in its row`, async () => {
    services.smtp.behaviour.refuse = (address) => address === allianceInbox;
    const { key, reference } = await register("Never Notified School");
    for (let run = 1; run < MAX_EMAIL_ATTEMPTS; run++) await retryEmails();
    const record = (await getRecord(school.form.id, key))!;
    expect(record.emails.notification).toMatchObject({ status: "failed", attempts: MAX_EMAIL_ATTEMPTS });
    expect(record.emails.confirmation).toMatchObject({ status: "sent", attempts: 1 });
    expect(record.history).toContainEqual(
      expect.objectContaining({ what: "email", email: "notification", from: "pending", to: "failed" }),
    );
    expect(await queued()).not.toContainEqual({ form: school.form.id, key });
    const { rows } = await listSubmissions(school.form.id);
    expect(rows.find((row) => row.reference === reference)?.email).toBe("failed");
    expect(services.smtp.received).toHaveLength(1);
  });
});
