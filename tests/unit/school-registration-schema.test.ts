import { describe, expect, it } from "vitest";
import { ValidationError } from "yup";
import { intakeYears, schoolRegistrationForm, schoolRegistrationSchema } from "../../src/lib/forms/school-registration";
import type { RuleName } from "../../src/schemas/forms";
import { validSchoolRegistration } from "../fixtures/school-registration";
import { contentMessage } from "../support/form-messages";

/** The schema's message for one field given one changed answer, or undefined when it passes. */
async function messageFor(field: string, value: string): Promise<string | undefined> {
  try {
    await schoolRegistrationSchema.validateAt(field, { ...validSchoolRegistration(), [field]: value });
    return undefined;
  } catch (error) {
    return (error as ValidationError).message;
  }
}

describe("the school registration schema", () => {
  it("accepts a complete registration and tidies it", async () => {
    const data = await schoolRegistrationSchema.validate({
      ...validSchoolRegistration(),
      urn: " 123 456 ",
      postcode: "ss143hg",
      schoolName: "  Greenfields\n Primary  ",
    });
    expect(data).toMatchObject({ urn: "123456", postcode: "SS14 3HG", schoolName: "Greenfields Primary", ectCount: 2 });
  });

  // Each row: the question, an answer, and the rule whose message (from the content file) it must get, with the
  // limit the schema fills in: a reworded message changes no row, a changed rule or limit fails one.
  it.each<[string, string, RuleName, Record<string, number>?]>([
    ["schoolName", "", "required"],
    ["schoolName", "x".repeat(121), "tooLong", { max: 120 }],
    ["schoolName", "Null\u0000School", "format"],
    ["urn", "", "required"],
    ["urn", "12345", "format"],
    ["urn", "12345a", "format"],
    ["addressLine1", "", "required"],
    ["addressLine2", "x".repeat(121), "tooLong", { max: 120 }],
    ["town", "", "required"],
    ["town", "x".repeat(61), "tooLong", { max: 60 }],
    ["postcode", "", "required"],
    ["postcode", "SS14", "format"],
    ["postcode", "12345", "format"],
    ["localAuthority", "", "required"],
    ["localAuthority", "x".repeat(81), "tooLong", { max: 80 }],
    ["phase", "", "required"],
    ["phase", "university", "required"],
    ["situation", "", "required"],
    ["situation", "already-with-bpn", "required"],
    ["headteacherName", "", "required"],
    ["headteacherEmail", "", "required"],
    ["headteacherEmail", `${"x".repeat(250)}@x.org`, "tooLong", { max: 254 }],
    ["headteacherEmail", "head@school", "format"],
    ["headteacherEmail", "head school@x.org", "format"],
    ["tutorEmail", "tutor@@x.org", "format"],
    ["tutorEmail", "tutor@x.org\r\nBcc: a@b.org", "format"],
    ["tutorName", "", "required"],
    ["tutorPhone", "", "required"],
    ["tutorPhone", "12345", "format"],
    ["tutorPhone", "call me", "format"],
    ["ectCount", "", "required"],
    ["ectCount", "two", "notANumber"],
    ["ectCount", "1.5", "notWhole"],
    ["ectCount", "-1", "tooSmall", { min: 0 }],
    ["ectCount", "100", "tooLarge", { max: 99 }],
    ["mentorCount", "", "required"],
    ["intakeTerm", "", "required"],
    ["intakeYear", "", "required"],
    ["intakeYear", "1999", "required"],
    ["dfeRegistration", "", "required"],
    ["notes", "x".repeat(1001), "tooLong", { max: 1000 }],
    ["notes", "bell\u0007", "format"],
    ["privacy", "", "required"],
    ["privacy", "no", "required"],
  ])("%s %j → errors.%s", async (field, value, rule, limits) => {
    expect(await messageFor(field, value)).toBe(contentMessage(schoolRegistrationForm.content, field, rule, limits));
  });

  it.each([
    ["urn", "123 456"],
    ["postcode", "sw1a 1aa"],
    ["postcode", "M1 1AE"],
    ["tutorPhone", "07700 900982"],
    ["tutorPhone", "+44 1268 754137"],
    ["tutorPhone", "(01268) 754-137"],
    ["headteacherEmail", "first.last+ecf@school.sch.uk"],
    ["ectCount", "0"],
    ["addressLine2", ""],
    ["notes", "Two lines\nare fine"],
  ])("accepts %s %j", async (field, value) => {
    expect(await messageFor(field, value)).toBeUndefined();
  });

  it("offers this year and next for the intake, and accepts them", async () => {
    const years = intakeYears(new Date("2026-11-28"));
    expect(years).toEqual(["2026", "2027"]);
    for (const year of intakeYears()) expect(await messageFor("intakeYear", year)).toBeUndefined();
  });

  it("lists every problem at once, by field, when abortEarly is off", async () => {
    const error = await schoolRegistrationSchema.validate({}, { abortEarly: false }).catch((caught) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(new Set(error.inner.map((issue: ValidationError) => issue.path)).size).toBe(19);
  });

  it("never uses the word 'invalid' in a message", async () => {
    const error = await schoolRegistrationSchema
      .validate({ urn: "x", postcode: "x", tutorEmail: "x", ectCount: "x" }, { abortEarly: false })
      .catch((caught) => caught);
    for (const message of error.errors) expect(message).not.toMatch(/invalid/i);
  });
});
