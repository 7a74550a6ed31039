import { describe, expect, it } from "vitest";
import type { AnyObjectSchema, ValidationError } from "yup";
import { formFields, type FormDefinition } from "../../src/lib/forms/definition";
import { enquiryForm } from "../../src/lib/forms/enquiry";
import { participantRegistrationForm } from "../../src/lib/forms/participant-registration";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration";
import { validEnquiry } from "../fixtures/enquiry";
import { validParticipantRegistration } from "../fixtures/participant-registration";

/** The schema's message for one changed answer, or undefined when the whole submission passes. */
async function messageFor(schema: AnyObjectSchema, valid: Record<string, string>, changes: Record<string, string>) {
  try {
    await schema.validate({ ...valid, ...changes }, { abortEarly: true });
    return undefined;
  } catch (error) {
    return (error as ValidationError).message;
  }
}

describe("the ECT and mentor registration schema", () => {
  const check = (changes: Record<string, string>) =>
    messageFor(participantRegistrationForm.schema, validParticipantRegistration(), changes);

  it.each([
    [{ role: "" }, "Select whether you are an early career teacher or a mentor"],
    [{ role: "headteacher" }, "Select whether you are an early career teacher or a mentor"],
    [{ fullName: "" }, "Enter your full name"],
    [{ email: "" }, "Enter your email address"],
    [{ email: "priya@" }, "Enter an email address in the correct format, like name@example.com"],
    [{ trn: "" }, "Enter your teacher reference number (TRN)"],
    [{ trn: "1234" }, "Your teacher reference number must include at least 5 digits"],
    [{ trn: "RP1234" }, "Your teacher reference number must include at least 5 digits"],
    [{ trn: "12345678" }, "Your teacher reference number must be 7 digits or fewer"],
    [{ programmeYear: "3" }, "Select which year of the programme you are in"],
    [{ schoolName: "" }, "Enter your school's name"],
    [{ schoolUrn: "12" }, "The URN must be 6 digits, like 123456"],
    [{ phase: "" }, "Select which phase you teach"],
    [{ phase: "secondary", subject: "" }, "Enter the subject you teach"],
    [{ deliveryPartner: "" }, "Select which delivery partner you are registering with"],
    [{ accessNeeds: "x".repeat(1001) }, "Your access needs must be 1000 characters or fewer"],
    [{ privacy: "" }, "Confirm that you have read the privacy notice"],
  ])("%j → %s", async (changes, message) => {
    expect(await check(changes)).toBe(message);
  });

  it.each([
    ["1234567", "1234567"],
    ["RP99/12345", "9912345"],
    ["12345", "0012345"],
    [" 12 34 567 ", "1234567"],
  ])("reads the TRN %j as %s", async (trn, stored) => {
    const data = await participantRegistrationForm.schema.validate({ ...validParticipantRegistration(), trn });
    expect(data.trn).toBe(stored);
  });

  it("does not ask a primary teacher for a subject", async () => {
    expect(await check({ phase: "primary", subject: "" })).toBeUndefined();
    expect(await check({ phase: "secondary", subject: "Mathematics" })).toBeUndefined();
  });

  it("lists the alliance first among the delivery partners, and explains it", () => {
    const partner = formFields(participantRegistrationForm.content).find((field) => field.name === "deliveryPartner")!;
    expect(partner.options![0]).toMatchObject({ value: "btsa", label: "BTSA" });
    expect(partner.hint).toMatch(/local training group/);
  });
});

describe("the enquiry schema", () => {
  const check = (changes: Record<string, string>) => messageFor(enquiryForm.schema, validEnquiry(), changes);

  it.each([
    [{ name: "" }, "Enter your name"],
    [{ email: "" }, "Enter your email address"],
    [{ question: "" }, "Enter your question"],
    [{ question: "x".repeat(2001) }, "Your question must be 2000 characters or fewer"],
    [{ privacy: "" }, "Confirm that you have read the privacy notice"],
  ])("%j → %s", async (changes, message) => {
    expect(await check(changes)).toBe(message);
  });

  it("does not need a school", async () => {
    expect(await check({ school: "" })).toBeUndefined();
  });
});

describe.each([schoolRegistrationForm, participantRegistrationForm, enquiryForm] as FormDefinition[])(
  "the $id form",
  (form) => {
    it("has exactly one question in its content file for each field of its schema", () => {
      const questions = formFields(form.content).map((field) => field.name);
      expect([...questions].sort()).toEqual(Object.keys(form.schema.fields).sort());
    });

    it("offers radios and selects only the answers its schema accepts", async () => {
      for (const field of formFields(form.content).filter((candidate) => candidate.options)) {
        for (const option of field.options!) {
          await expect(
            form.schema.validateAt(field.name, { [field.name]: option.value }),
            field.name,
          ).resolves.toBeDefined();
        }
      }
    });
  },
);
