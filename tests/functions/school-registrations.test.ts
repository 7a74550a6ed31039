import { describe, expect, it } from "vitest";
import handler from "../../functions/school-registrations";
import { storedRecords } from "../support/stored-records";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration";
import { enhancedMeta, validSchoolRegistration } from "../fixtures/school-registration";
import { functionClient } from "../support/function-client";
import { contentMessage } from "../support/form-messages";
import { useLocalServices } from "../support/function-services";

const services = useLocalServices();
const { postForm, send } = functionClient(handler, schoolRegistrationForm.endpoint);
const postJson = (body: Record<string, unknown>) =>
  functionClient(handler, schoolRegistrationForm.endpoint).postJson(body, false);
const stored = () => storedRecords(schoolRegistrationForm.id);
const smtp = {
  get received() {
    return services.smtp.received;
  },
  get envelopes() {
    return services.smtp.envelopes;
  },
};

describe("POST /api/school-registrations", () => {
  it("stores a valid registration, answers 201 with its reference and sends both emails", async () => {
    const before = (await stored()).length;
    const response = await postJson({ ...validSchoolRegistration(), ...enhancedMeta() });
    expect(response.status).toBe(201);
    const { reference } = await response.json();
    expect(reference).toMatch(/^BTSA-\d{4}-[0-9A-Z]{6}$/);

    const records = await stored();
    expect(records).toHaveLength(before + 1);
    const record = records.find((entry) => entry.record.reference === reference)!.record;
    expect(record.data).toMatchObject({ schoolName: "Greenfields Primary School", ectCount: 2, postcode: "SS14 3HG" });
    expect(record.emails).toMatchObject({
      confirmation: { status: "sent", attempts: 1 },
      notification: { status: "sent", attempts: 1 },
    });

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

  it("gives a browser without JavaScript the form again with its answers, the error summary and Error: in the title", async () => {
    const response = await postForm({ ...validSchoolRegistration(), schoolName: "Kept <Answers> School", urn: "" });
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toMatch(/<title>Error: /);
    expect(page).toContain('class="error-summary"');
    expect(page).toContain(`<a href="#urn">${contentMessage(schoolRegistrationForm.content, "urn", "required")}</a>`);
    expect(page).toContain('id="urn-error"');
    expect(page).toContain('value="Kept &lt;Answers> School"');
    expect(page).not.toContain("<Answers>");
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
    const response = await send({ method: "POST", headers: { "Content-Type": "application/json" }, body });
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
    expect((await response.json()).errors.schoolName).toBe(
      contentMessage(schoolRegistrationForm.content, "schoolName", "tooLong", { max: 120 }),
    );
  });
});
