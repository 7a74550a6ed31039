/**
 * What every form's function promises, checked for each form against a real local Blobs store and a
 * real SMTP server: guards, the shared schema, spam, storage before email, idempotency, the page
 * without JavaScript, and failures of the store or the mail server.
 */
import { describe, expect, it } from "vitest";
import { storedRecords } from "../support/stored-records";
import { allForms } from "../../src/lib/forms/all-forms";
import { formFixtures } from "../fixtures/forms";
import { functionClient } from "../support/function-client";
import { contentMessage } from "../support/form-messages";
import { useLocalServices } from "../support/function-services";
import { closedPort, pointBlobsAt } from "../support/local-services";

/** Each form emails twice: the person who sent it, and the alliance. */
const forms = formFixtures.map((fixture) => ({ ...fixture, emails: 2 }));

it("covers every form of the site", () => {
  expect(forms.map(({ form }) => form)).toEqual(allForms);
});

const services = useLocalServices();

describe.each(forms)("the $form.id function", ({ form, handler, config, valid, textField, emails }) => {
  const client = functionClient(handler, form.endpoint);
  const stored = () => storedRecords(form.id);
  const unique = (label: string) => ({ ...valid(), [textField]: `${label} ${crypto.randomUUID().slice(0, 8)}` });

  it("is served at the form's endpoint with a per-IP rate limit", () => {
    expect(config.path).toBe(form.endpoint);
    expect(config.rateLimit).toMatchObject({ windowLimit: expect.any(Number), aggregateBy: ["ip", "domain"] });
  });

  it("stores a valid submission before emailing, answers 201 with a reference, and sends its emails", async () => {
    const response = await client.postJson(unique("Stored"));
    expect(response.status).toBe(201);
    const { reference } = await response.json();
    expect(reference).toMatch(/^BTSA-\d{4}-[0-9A-Z]{6}$/);
    const record = (await stored()).find((entry) => entry.record.reference === reference)?.record;
    expect(Object.values(record?.emails ?? {})).toEqual(
      Array.from({ length: emails }, () => expect.objectContaining({ status: "sent", attempts: 1 })),
    );
    expect(services.smtp.received).toHaveLength(emails);
    for (const mail of services.smtp.received) expect(`${mail.subject}`).toContain(reference);
  });

  it("returns the first reference for a retried or double submit, storing and sending nothing new", async () => {
    const submission = {
      ...unique("Twice"),
      submissionId: crypto.randomUUID(),
      startedAt: String(Date.now() - 60_000),
    };
    const first = await (await client.postJson(submission, false)).json();
    const count = (await stored()).length;
    const again = await Promise.all([client.postJson(submission, false), client.postJson(submission, false)]);
    for (const response of again) expect((await response.json()).reference).toBe(first.reference);
    expect(await stored()).toHaveLength(count);
    expect(services.smtp.received).toHaveLength(emails);
  });

  it("answers an HTML form post with 303 to the confirmation page", async () => {
    const response = await client.postForm(unique("No script"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(new RegExp(`^${form.confirmationPage}\\?reference=BTSA-`));
  });

  it("answers 422 with a message per field from the shared schema, storing nothing", async () => {
    const count = (await stored()).length;
    const response = await client.postJson({ ...valid(), [textField]: "", email: "not-an-email" });
    expect(response.status).toBe(422);
    const { errors } = await response.json();
    expect(errors[textField]).toBe(contentMessage(form.content, textField, "required"));
    if ("email" in valid()) expect(errors.email).toBe(contentMessage(form.content, "email", "format"));
    expect(await stored()).toHaveLength(count);
  });

  it("gives a browser without JavaScript its page back with the answers and errors", async () => {
    const response = await client.postForm({ ...valid(), [textField]: "", privacy: "" });
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toMatch(/<title>Error: /);
    expect(page).toContain('class="error-summary"');
    expect(page).toContain(`<a href="#privacy">${contentMessage(form.content, "privacy", "required")}</a>`);
  });

  it.each([
    ["a GET", { method: "GET" }, 405],
    [
      "a text/plain body",
      { method: "POST", headers: { "Content-Type": "text/plain", Accept: "application/json" }, body: "hi" },
      415,
    ],
    [
      "a body over 32 KB",
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ x: "x".repeat(33_000) }),
      },
      413,
    ],
    [
      "a body over 32 KB that declares a smaller length",
      {
        method: "POST",
        headers: { "Content-Type": "application/json", "Content-Length": "20" },
        body: JSON.stringify({ x: "x".repeat(33_000) }),
      },
      413,
    ],
    ["malformed JSON", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{nope" }, 400],
  ])("refuses %s with a clear message", async (_, init, status) => {
    const response = await client.send(init as RequestInit);
    expect(response.status).toBe(status);
    expect((await response.json()).message).toMatch(/\w{4,}/);
  });

  // Each spam's fields are made when its test runs: a start time made as the file loads would be seconds old by then.
  it.each([
    ["a filled honeypot", () => ({ website: "http://spam.example" })],
    ["a form filled in under 3 seconds", () => ({ startedAt: String(Date.now() - 500) })],
    ["JSON without a start time", () => ({ startedAt: "" })],
  ])("answers spam (%s) like a success, storing and sending nothing", async (_, spam) => {
    const count = (await stored()).length;
    const response = await client.postJson(
      { ...valid(), submissionId: crypto.randomUUID(), startedAt: String(Date.now() - 60_000), ...spam() },
      false,
    );
    expect(response.status).toBe(201);
    expect((await response.json()).reference).toMatch(/^BTSA-/);
    expect(await stored()).toHaveLength(count);
    expect(services.smtp.received).toHaveLength(0);
  });

  it("keeps the submission and marks its email pending when the mail server is down", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    try {
      const response = await client.postJson(unique("Mail down"));
      const { reference } = await response.json();
      expect(response.status).toBe(201);
      const record = (await stored()).find((entry) => entry.record.reference === reference)!.record;
      expect(Object.values(record.emails).map((email) => email.status)).toEqual(Array(emails).fill("pending"));
    } finally {
      process.env.SMTP_URL = services.smtp.url;
    }
  });

  it("answers without waiting for email: if the background function cannot be reached, the submission waits, pending, for the retry", async () => {
    const worker = process.env.EMAIL_WORKER_URL;
    process.env.EMAIL_WORKER_URL = `http://127.0.0.1:${await closedPort()}/`;
    try {
      const response = await client.postJson(unique("Worker down"));
      expect(response.status).toBe(201);
      const { reference } = await response.json();
      const record = (await stored()).find((entry) => entry.record.reference === reference)!.record;
      expect(record.emails).toEqual({});
      expect(services.smtp.received).toHaveLength(0);
    } finally {
      process.env.EMAIL_WORKER_URL = worker;
    }
  });

  it("answers 503 and emails nothing when the store cannot be reached", async () => {
    pointBlobsAt(`http://127.0.0.1:${await closedPort()}`);
    try {
      const response = await client.postJson(unique("Store down"));
      expect(response.status).toBe(503);
      expect((await response.json()).message).toMatch(/try again/i);
      expect(services.smtp.received).toHaveLength(0);
    } finally {
      pointBlobsAt(services.blobs.url);
    }
  });
});
