import { describe, expect, it } from "vitest";
import sendEmailsBackground from "../../functions/send-emails-background";
import enquiries from "../../functions/enquiries";
import { listRecords } from "../../functions/lib/store";
import { enquiryForm } from "../../src/lib/forms/enquiry";
import { validEnquiry } from "../fixtures/enquiry";
import { functionClient } from "../support/function-client";
import { useLocalServices } from "../support/function-services";

const services = useLocalServices();
const worker = functionClient(sendEmailsBackground, "/.netlify/functions/send-emails-background");

describe("the email background function", () => {
  it.each([
    ["no body", {}],
    ["an unknown form", { form: "nope", key: "0".repeat(32) }],
    ["a key that is not a submission key", { form: "enquiry", key: "../../etc" }],
  ])("refuses %s", async (_, body) => {
    expect((await worker.postJson(body, false)).status).toBe(400);
  });

  it("leaves a submission whose emails have gone alone, so a repeated call sends nothing twice", async () => {
    const { reference } = await (await functionClient(enquiries, enquiryForm.endpoint).postJson(validEnquiry())).json();
    expect(services.smtp.received).toHaveLength(2);
    const { key } = (await listRecords(enquiryForm.id)).find((entry) => entry.record.reference === reference)!;
    expect((await worker.postJson({ form: "enquiry", key }, false)).status).toBe(204);
    expect(services.smtp.received).toHaveLength(2);
  });
});
