import { describe, expect, it } from "vitest";
import retryEmails from "../../functions/retry-emails";
import schoolRegistrations from "../../functions/school-registrations";
import { listRecords } from "../../functions/lib/store";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration";
import { validSchoolRegistration } from "../fixtures/school-registration";
import { functionClient } from "../support/function-client";
import { useLocalServices } from "../support/function-services";
import { closedPort } from "../support/local-services";

const services = useLocalServices();
const { postJson } = functionClient(schoolRegistrations, schoolRegistrationForm.endpoint);

describe("the email retry", () => {
  it("sends the emails of a submission left pending once the mail server is back, and only once", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    const { reference } = await (await postJson({ ...validSchoolRegistration(), schoolName: "Retry School" })).json();
    const pending = (await listRecords(schoolRegistrationForm.id)).find(
      (entry) => entry.record.reference === reference,
    )!;
    expect(pending.record.email).toMatchObject({ status: "pending", attempts: 1 });
    process.env.SMTP_URL = services.smtp.url;

    const { retried } = await (await retryEmails()).json();
    expect(retried).toContainEqual({ form: "school-registration", reference, status: "sent" });
    expect(services.smtp.received.map((mail) => mail.subject)).toEqual([
      `BTSA school registration received: ${reference}`,
      `New school registration ${reference}: Retry School`,
    ]);
    const record = (await listRecords(schoolRegistrationForm.id)).find(
      (entry) => entry.record.reference === reference,
    )!.record;
    expect(record.email).toMatchObject({ status: "sent", attempts: 2 });

    const second = await (await retryEmails()).json();
    expect(second.retried).toEqual([]);
    expect(services.smtp.received).toHaveLength(2);
  });
});
