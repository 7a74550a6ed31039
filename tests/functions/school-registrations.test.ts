import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import handler, { config } from "../../functions/school-registrations";
import { listRecords } from "../../functions/lib/store";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration";
import { enhancedMeta, validSchoolRegistration } from "../fixtures/school-registration";
import { closedPort, startBlobs, startSmtp } from "../support/local-services";

const url = "http://127.0.0.1/api/school-registrations";
const context = {} as never;
let blobs: Awaited<ReturnType<typeof startBlobs>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;

const postJson = (body: unknown, headers: Record<string, string> = {}) =>
  handler(
    new Request(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
    context,
  );
const postForm = (fields: Record<string, string>) =>
  handler(new Request(url, { method: "POST", body: new URLSearchParams(fields) }), context);
const stored = () => listRecords(schoolRegistrationForm.id);

beforeAll(async () => {
  blobs = await startBlobs();
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.ALLIANCE_INBOX = "ecf@btsa.example";
  process.env.MAIL_FROM = "BTSA <no-reply@btsa.example>";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.ALLIANCE_INBOX;
  delete process.env.MAIL_FROM;
  await smtp.stop();
  await blobs.stop();
});
beforeEach(() => {
  smtp.received.length = 0;
  smtp.envelopes.length = 0;
});

describe("POST /api/school-registrations", () => {
  it("is served at the form's endpoint, with Netlify's own rate limit per IP", () => {
    expect(config.path).toBe(schoolRegistrationForm.endpoint);
    expect(config.rateLimit).toMatchObject({ windowLimit: expect.any(Number), aggregateBy: ["ip", "domain"] });
  });

  it("stores a valid registration, answers 201 with its reference and sends both emails", async () => {
    const before = (await stored()).length;
    const response = await postJson({ ...validSchoolRegistration(), ...enhancedMeta() });
    expect(response.status).toBe(201);
    const { reference, emailStatus } = await response.json();
    expect(reference).toMatch(/^BTSA-\d{4}-[0-9A-Z]{6}$/);
    expect(emailStatus).toBe("sent");

    const records = await stored();
    expect(records).toHaveLength(before + 1);
    const record = records.find((entry) => entry.record.reference === reference)!.record;
    expect(record.data).toMatchObject({ schoolName: "Greenfields Primary School", ectCount: 2, postcode: "SS14 3HG" });
    expect(record.email).toMatchObject({ status: "sent", attempts: 1 });

    expect(smtp.received).toHaveLength(2);
    const [confirmation, notification] = smtp.received;
    expect(confirmation!.subject).toContain(reference);
    expect(confirmation!.text).toContain("Dear Tom Tutor");
    expect(confirmation!.html).toContain(`<strong>${reference}</strong>`);
    expect(smtp.envelopes[0]).toEqual(["tutor@greenfields.example", "head@greenfields.example"]);
    expect(notification!.subject).toBe(`New school registration ${reference}: Greenfields Primary School`);
    expect(smtp.envelopes[1]).toEqual(["ecf@btsa.example"]);
    expect(notification!.replyTo?.text).toBe("tutor@greenfields.example");
    expect(notification!.text).toContain("We have not had an ECT before");
  });

  it("returns the first reference for a retried submission and stores and sends nothing new", async () => {
    const submission = { ...validSchoolRegistration(), ...enhancedMeta() };
    const first = await (await postJson(submission)).json();
    const count = (await stored()).length;
    const [retry, doubleClick] = await Promise.all([postJson(submission), postJson(submission)]);
    expect((await retry.json()).reference).toBe(first.reference);
    expect((await doubleClick.json()).reference).toBe(first.reference);
    expect(await stored()).toHaveLength(count);
    expect(smtp.received).toHaveLength(2);
  });

  it("redirects an HTML form post to the confirmation page with 303, and treats the same answers again as a repeat", async () => {
    const fields = { ...validSchoolRegistration(), schoolName: "No Script Academy" };
    const response = await postForm(fields);
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/register\/school\/confirmation\/\?reference=BTSA-\d{4}-[0-9A-Z]{6}$/);
    const again = await postForm(fields);
    expect(again.headers.get("location")).toBe(location);
    expect((await stored()).filter((entry) => entry.record.data.schoolName === "No Script Academy")).toHaveLength(1);
  });

  it("answers 422 with every problem by field, from the shared schema, and stores nothing", async () => {
    const count = (await stored()).length;
    const response = await postJson({
      ...validSchoolRegistration(),
      urn: "12345",
      tutorEmail: "tutor@",
      ...enhancedMeta(),
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual({
      urn: "The URN must be 6 digits, like 123456",
      tutorEmail: "Enter an email address in the correct format, like name@example.com",
    });
    expect(await stored()).toHaveLength(count);
  });

  it("gives a browser without JavaScript the form again with its answers, the error summary and Error: in the title", async () => {
    const response = await postForm({ ...validSchoolRegistration(), schoolName: "Kept <Answers> School", urn: "" });
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toMatch(/<title>Error: /);
    expect(page).toContain('class="error-summary"');
    expect(page).toContain('<a href="#urn">Enter the school\'s URN</a>');
    expect(page).toContain('id="urn-error"');
    expect(page).toContain('value="Kept &lt;Answers> School"');
    expect(page).not.toContain("<Answers>");
  });

  it.each([
    ["a GET", new Request(url), 405],
    [
      "a text/plain body",
      new Request(url, {
        method: "POST",
        headers: { "Content-Type": "text/plain", Accept: "application/json" },
        body: "hi",
      }),
      415,
    ],
    [
      "a body over 32 KB",
      new Request(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ notes: "x".repeat(33_000) }),
      }),
      413,
    ],
    [
      "malformed JSON",
      new Request(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{not json" }),
      400,
    ],
    [
      "a JSON array",
      new Request(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: "[]" }),
      400,
    ],
  ])("refuses %s with a clear message", async (_, request, status) => {
    const response = await handler(request, context);
    expect(response.status).toBe(status);
    expect((await response.json()).message).toMatch(/\w{4,}/);
    if (status === 405) expect(response.headers.get("allow")).toBe("POST");
  });

  it.each([
    ["a filled honeypot", { website: "http://spam.example" }],
    ["a form filled in under 3 seconds", { startedAt: String(Date.now() - 500) }],
    ["JSON without a start time", { startedAt: "" }],
  ])("answers spam with %s like a success, and stores and sends nothing", async (_, spam) => {
    const count = (await stored()).length;
    const response = await postJson({ ...validSchoolRegistration(), ...enhancedMeta(), ...spam });
    expect(response.status).toBe(201);
    expect((await response.json()).reference).toMatch(/^BTSA-/);
    expect(await stored()).toHaveLength(count);
    expect(smtp.received).toHaveLength(0);
  });

  it("keeps hostile values as text: escaped in HTML email, never in a header, prototype keys ignored", async () => {
    const hostile = {
      ...validSchoolRegistration(),
      ...enhancedMeta(),
      schoolName: "<script>alert(1)</script> School\r\nBcc: victim@example.com",
      tutorName: "Tom\r\nSubject: hacked",
      notes: '=HYPERLINK("http://evil.example")\n<img src=x onerror=alert(1)>',
    };
    const body = JSON.stringify(hostile).replace(
      /^\{/,
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const response = await handler(
      new Request(url, { method: "POST", headers: { "Content-Type": "application/json" }, body }),
      context,
    );
    expect(response.status).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const [confirmation, notification] = smtp.received;
    expect(notification!.subject).toEqual(
      expect.stringContaining("<script>alert(1)</script> School Bcc: victim@example.com"),
    );
    expect(notification!.headers.has("bcc")).toBe(false);
    expect(smtp.envelopes.flat()).not.toContain("victim@example.com");
    expect(confirmation!.subject).not.toContain("hacked\n");
    expect(confirmation!.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(confirmation!.html).not.toMatch(/<script|<img/);
    const { reference } = await response.json();
    const record = (await stored()).find((entry) => entry.record.reference === reference)!.record;
    expect(record.data).not.toHaveProperty("polluted");
    expect(Object.keys(record.data)).not.toContain("__proto__");
  });

  it("refuses a 10,000-character name with a message, not a crash", async () => {
    const response = await postJson({
      ...validSchoolRegistration(),
      ...enhancedMeta(),
      schoolName: "x".repeat(10_000),
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors.schoolName).toBe("The school's name must be 120 characters or fewer");
  });

  it("keeps the registration and marks its email pending when the mail server is down", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    try {
      const response = await postJson({
        ...validSchoolRegistration(),
        ...enhancedMeta(),
        schoolName: "Mail Down School",
      });
      expect(response.status).toBe(201);
      const { reference, emailStatus } = await response.json();
      expect(emailStatus).toBe("pending");
      const record = (await stored()).find((entry) => entry.record.reference === reference)!.record;
      expect(record.email.status).toBe("pending");
      expect(record.email.lastError).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      process.env.SMTP_URL = smtp.url;
    }
  });

  it("answers 503 with a try-again message and emails nothing when the store is unreachable", async () => {
    const { setEnvironmentContext } = await import("@netlify/blobs");
    const dead = `http://127.0.0.1:${await closedPort()}`;
    setEnvironmentContext({
      siteID: "test-site",
      token: "test-token",
      edgeURL: dead,
      uncachedEdgeURL: dead,
      primaryRegion: "us-east-1",
    });
    try {
      const response = await postJson({ ...validSchoolRegistration(), ...enhancedMeta() });
      expect(response.status).toBe(503);
      expect((await response.json()).message).toMatch(/try again/i);
      const withoutScript = await postForm({ ...validSchoolRegistration(), schoolName: "Offline Store School" });
      expect(withoutScript.status).toBe(503);
      const page = await withoutScript.text();
      expect(page).toContain("Try again in a few minutes");
      expect(page).toContain('value="Offline Store School"');
      expect(smtp.received).toHaveLength(0);
    } finally {
      setEnvironmentContext({
        siteID: "test-site",
        token: "test-token",
        edgeURL: blobs.url,
        uncachedEdgeURL: blobs.url,
        primaryRegion: "us-east-1",
      });
    }
  });
});
