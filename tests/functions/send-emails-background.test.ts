import { describe, expect, it } from "vitest";
import sendEmailsBackground from "../../functions/send-emails-background";
import enquiries from "../../functions/enquiries";
import { MAX_HAND_OVER } from "../../functions/lib/email-hand-over";
import { freshRecord, saveOnce } from "../../functions/lib/store";
import { storedRecords } from "../support/stored-records";
import { enquiryForm } from "../../src/lib/forms/enquiry";
import { validEnquiry } from "../fixtures/enquiry";
import { functionClient } from "../support/function-client";
import { useLocalServices } from "../support/function-services";

const services = useLocalServices();
const worker = functionClient(sendEmailsBackground, "/.netlify/functions/send-emails-background");
const aKey = (digit: string) => digit.repeat(32);

/** Stores an enquiry as the form's function would, without handing it over: its emails are pending. */
async function storePending(key: string, name: string) {
  const record = freshRecord(`BTSA-2026-${key.slice(0, 6).toUpperCase()}`, enquiryForm.id, { ...validEnquiry(), name });
  await saveOnce(enquiryForm.id, key, record);
}

describe("the email background function", () => {
  it.each([
    ["no body", {}],
    ["an empty list", { submissions: [] }],
    ["one submission not in a list", { form: "enquiry", key: aKey("0") }],
    ["an unknown form", { submissions: [{ form: "nope", key: aKey("0") }] }],
    ["a key that is not a submission key", { submissions: [{ form: "enquiry", key: "../../etc" }] }],
    [
      `more than ${MAX_HAND_OVER} submissions`,
      { submissions: Array.from({ length: MAX_HAND_OVER + 1 }, () => ({ form: "enquiry", key: aKey("0") })) },
    ],
  ])("refuses %s with 400, and sends nothing", async (_, body) => {
    const response = await worker.postJson(body, false);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Send \{ submissions: \[\{ form, key \}/);
    expect(services.smtp.received).toHaveLength(0);
  });

  it("sends every pending submission of one call, skipping a key with nothing stored, and marks each sent", async () => {
    await storePending(aKey("a"), "First Sender");
    await storePending(aKey("b"), "Second Sender");
    const submissions = [aKey("a"), aKey("c"), aKey("b")].map((key) => ({ form: enquiryForm.id, key }));
    expect((await worker.postJson({ submissions }, false)).status).toBe(204);
    expect(services.smtp.received).toHaveLength(4);
    const texts = services.smtp.received.map((mail) => mail.text ?? "").join("\n");
    expect(texts).toContain("First Sender");
    expect(texts).toContain("Second Sender");
    const stored = await storedRecords(enquiryForm.id);
    for (const key of [aKey("a"), aKey("b")])
      expect(stored.find((entry) => entry.key === key)?.record.emails).toMatchObject({
        question: { status: "sent" },
        copy: { status: "sent" },
      });
    expect(stored.some((entry) => entry.key === aKey("c"))).toBe(false);
  });

  it("leaves a submission whose emails have gone alone, so a repeated call sends nothing twice", async () => {
    const { reference } = await (await functionClient(enquiries, enquiryForm.endpoint).postJson(validEnquiry())).json();
    expect(services.smtp.received).toHaveLength(2);
    const { key } = (await storedRecords(enquiryForm.id)).find((entry) => entry.record.reference === reference)!;
    expect((await worker.postJson({ submissions: [{ form: "enquiry", key }] }, false)).status).toBe(204);
    expect(services.smtp.received).toHaveLength(2);
  });
});
