import { describe, expect, it } from "vitest";
import type { AnyObjectSchema, ValidationError } from "yup";
import { formFields, type FormDefinition } from "../../src/lib/forms/definition";
import { enquiryForm } from "../../src/lib/forms/enquiry";
import { participantRegistrationForm } from "../../src/lib/forms/participant-registration";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration";
import { validEnquiry } from "../fixtures/enquiry";
import { validParticipantRegistration } from "../fixtures/participant-registration";
import type { RuleName } from "../../src/schemas/forms";
import { contentMessage } from "../support/form-messages";

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

  // Each row: changed answers, the question and rule whose message (from the content file) they must get, and the
  // limit the schema fills in.
  it.each<[Record<string, string>, string, RuleName, Record<string, number>?]>([
    [{ role: "" }, "role", "required"],
    [{ role: "headteacher" }, "role", "required"],
    [{ fullName: "" }, "fullName", "required"],
    [{ fullName: "x".repeat(81) }, "fullName", "tooLong", { max: 80 }],
    [{ email: "" }, "email", "required"],
    [{ email: "priya@" }, "email", "format"],
    [{ trn: "" }, "trn", "required"],
    [{ trn: "1234" }, "trn", "tooShort", { min: 5 }],
    [{ trn: "RP1234" }, "trn", "tooShort", { min: 5 }],
    [{ trn: "12345678" }, "trn", "tooLong", { max: 7 }],
    [{ programmeYear: "3" }, "programmeYear", "required"],
    [{ schoolName: "" }, "schoolName", "required"],
    [{ schoolUrn: "12" }, "schoolUrn", "format"],
    [{ phase: "" }, "phase", "required"],
    [{ phase: "secondary", subject: "" }, "subject", "required"],
    [{ subject: "x".repeat(81) }, "subject", "tooLong", { max: 80 }],
    [{ mentees: "x".repeat(301) }, "mentees", "tooLong", { max: 300 }],
    [{ deliveryPartner: "" }, "deliveryPartner", "required"],
    [{ accessNeeds: "x".repeat(1001) }, "accessNeeds", "tooLong", { max: 1000 }],
    [{ privacy: "" }, "privacy", "required"],
  ])("%j → %s errors.%s", async (changes, question, rule, limits) => {
    expect(await check(changes)).toBe(contentMessage(participantRegistrationForm.content, question, rule, limits));
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

  it.each<[Record<string, string>, string, RuleName, Record<string, number>?]>([
    [{ name: "" }, "name", "required"],
    [{ name: "x".repeat(81) }, "name", "tooLong", { max: 80 }],
    [{ email: "" }, "email", "required"],
    [{ school: "x".repeat(121) }, "school", "tooLong", { max: 120 }],
    [{ question: "" }, "question", "required"],
    [{ question: "x".repeat(2001) }, "question", "tooLong", { max: 2000 }],
    [{ question: "bell\u0007" }, "question", "format"],
    [{ privacy: "" }, "privacy", "required"],
  ])("%j → %s errors.%s", async (changes, question, rule, limits) => {
    expect(await check(changes)).toBe(contentMessage(enquiryForm.content, question, rule, limits));
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
