import { describe, expect, it } from "vitest";
import { ValidationError } from "yup";
import { intakeYears, schoolRegistrationSchema } from "../../src/lib/forms/school-registration";
import { validSchoolRegistration } from "../fixtures/school-registration";

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

  it.each([
    ["schoolName", "", "Enter the school's name"],
    ["schoolName", "x".repeat(121), "The school's name must be 120 characters or fewer"],
    ["schoolName", "Null\u0000School", "The school's name must only include letters, numbers and punctuation"],
    ["urn", "", "Enter the school's URN"],
    ["urn", "12345", "The URN must be 6 digits, like 123456"],
    ["urn", "12345a", "The URN must be 6 digits, like 123456"],
    ["addressLine1", "", "Enter the first line of the school's address"],
    ["town", "", "Enter the town or city"],
    ["postcode", "", "Enter the postcode"],
    ["postcode", "SS14", "Enter a full UK postcode, like SS14 3HG"],
    ["postcode", "12345", "Enter a full UK postcode, like SS14 3HG"],
    ["localAuthority", "", "Enter the local authority"],
    ["phase", "", "Select the school's phase"],
    ["phase", "university", "Select the school's phase"],
    ["situation", "", "Select which describes your school"],
    ["situation", "already-with-bpn", "Select which describes your school"],
    ["headteacherName", "", "Enter the headteacher's full name"],
    ["headteacherEmail", "", "Enter the headteacher's email address"],
    ["headteacherEmail", "head@school", "Enter an email address in the correct format, like name@example.com"],
    ["headteacherEmail", "head school@x.org", "Enter an email address in the correct format, like name@example.com"],
    ["tutorEmail", "tutor@@x.org", "Enter an email address in the correct format, like name@example.com"],
    [
      "tutorEmail",
      "tutor@x.org\r\nBcc: a@b.org",
      "Enter an email address in the correct format, like name@example.com",
    ],
    ["tutorName", "", "Enter the induction tutor's full name"],
    ["tutorPhone", "", "Enter the induction tutor's phone number"],
    ["tutorPhone", "12345", "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"],
    ["tutorPhone", "call me", "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"],
    ["ectCount", "", "Enter the expected number of ECTs"],
    ["ectCount", "two", "Enter the number of ECTs as a number, like 2"],
    ["ectCount", "1.5", "The number of ECTs must be a whole number, like 2"],
    ["ectCount", "-1", "The number of ECTs must be 0 or more"],
    ["ectCount", "100", "The number of ECTs must be 99 or fewer"],
    ["mentorCount", "", "Enter the expected number of mentors"],
    ["intakeTerm", "", "Select the term your ECTs start"],
    ["intakeYear", "", "Select the year your ECTs start"],
    ["intakeYear", "1999", "Select the year your ECTs start"],
    ["dfeRegistration", "", "Select whether you have registered your ECTs and mentors on the DfE online service"],
    ["notes", "x".repeat(1001), "What else we should know must be 1000 characters or fewer"],
    ["notes", "bell\u0007", "What else we should know must only include letters, numbers and punctuation"],
    ["privacy", "", "Confirm that you have read the privacy notice"],
    ["privacy", "no", "Confirm that you have read the privacy notice"],
  ])("%s %j → %s", async (field, value, message) => {
    expect(await messageFor(field, value)).toBe(message);
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
