import { describe, expect, it } from "vitest";
import handler from "../../functions/participant-registrations";
import { storedRecords } from "../support/stored-records";
import { participantRegistrationForm } from "../../src/lib/forms/participant-registration";
import { validParticipantRegistration } from "../fixtures/participant-registration";
import { functionClient } from "../support/function-client";
import { contentMessage } from "../support/form-messages";
import { useLocalServices } from "../support/function-services";

const services = useLocalServices();
const { postJson } = functionClient(handler, participantRegistrationForm.endpoint);

describe("POST /api/participant-registrations", () => {
  it("stores the TRN as DfE does and sends an ECT the ECT welcome pack", async () => {
    const response = await postJson({ ...validParticipantRegistration(), email: "ect.one@greenfields.example" });
    const { reference } = await response.json();
    const record = (await storedRecords(participantRegistrationForm.id)).find(
      (e) => e.record.reference === reference,
    )!.record;
    expect(record.data).toMatchObject({ trn: "9912345", role: "ect" });

    const [welcome, notification] = services.smtp.received;
    expect(services.smtp.envelopes[0]).toEqual(["ect.one@greenfields.example"]);
    expect(welcome!.subject).toBe(`Your ECT welcome pack from BTSA (${reference})`);
    expect(welcome!.text).toContain("Your ECT handbook");
    expect(welcome!.text).not.toContain("mentor handbook");
    expect(welcome!.text).toContain("Preparatory information");
    expect(welcome!.text).toContain(
      "- Best Practice Network Early Career Framework: https://www.bestpracticenet.co.uk/early-career-framework",
    );
    // Links and dates the alliance has not supplied yet are promised, not invented.
    expect(welcome!.text).toContain("- ECT handbook (to follow)");
    expect(welcome!.text).toContain("- Induction Conference registration (to follow)");
    expect(welcome!.text).toContain("The date of the Induction Conference will follow.");
    expect(welcome!.html).toContain('<a href="https://www.bestpracticenet.co.uk/early-career-framework">');
    expect(notification!.subject).toBe(`New ECT registration ${reference}: Priya Patel, Greenfields Primary School`);
    expect(services.smtp.envelopes[1]).toEqual(["ecf@btsa.example"]);
  });

  it("sends a mentor the mentor welcome pack, and keeps the ECTs they mentor", async () => {
    const response = await postJson({
      ...validParticipantRegistration(),
      role: "mentor",
      fullName: "Sam Mentor",
      email: "sam.mentor@greenfields.example",
      mentees: "Priya Patel, Jo Bloggs",
    });
    expect(response.status).toBe(201);
    const [welcome, notification] = services.smtp.received;
    expect(welcome!.subject).toMatch(/^Your mentor welcome pack from BTSA/);
    expect(welcome!.text).toContain("Your mentor handbook");
    expect(welcome!.text).toContain("- Mentor handbook (to follow)");
    expect(notification!.text).toContain("Priya Patel, Jo Bloggs");
  });

  it("asks a secondary teacher for their subject", async () => {
    const response = await postJson({ ...validParticipantRegistration(), phase: "secondary", subject: "" });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual({
      subject: contentMessage(participantRegistrationForm.content, "subject", "required"),
    });
  });

  it("escapes what a participant types in the welcome pack and the notification", async () => {
    await postJson({
      ...validParticipantRegistration(),
      fullName: "<b>Bold</b> Name",
      accessNeeds: "<script>x</script>",
    });
    const [welcome, notification] = services.smtp.received;
    expect(welcome!.html).toContain("Dear &lt;b&gt;Bold&lt;/b&gt; Name");
    expect(notification!.html).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(notification!.html).not.toContain("<script>");
  });
});
