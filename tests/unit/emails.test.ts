import { describe, expect, it } from "vitest";
import { enquiryEmails } from "../../functions/emails/enquiry";
import { participantRegistrationEmails } from "../../functions/emails/participant-registration";
import { schoolRegistrationEmails } from "../../functions/emails/school-registration";
import { freshRecord } from "../../functions/lib/store";
import { emailProblems } from "../../src/lib/content-check";
import { enquiryForm } from "../../src/lib/forms/enquiry";
import { participantRegistrationForm } from "../../src/lib/forms/participant-registration";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration";
import { validEnquiry } from "../fixtures/enquiry";
import { validParticipantRegistration } from "../fixtures/participant-registration";
import { validSchoolRegistration } from "../fixtures/school-registration";

const reference = "BTSA-2026-ABCDEF";
const record = (form: { id: string; schema: { validateSync: (value: unknown) => unknown } }, answers: object) =>
  freshRecord(reference, form.id, form.schema.validateSync(answers) as never);

const cases = [
  {
    sender: "school registration",
    emails: schoolRegistrationEmails(record(schoolRegistrationForm, validSchoolRegistration())),
  },
  {
    sender: "ECT registration",
    emails: participantRegistrationEmails(record(participantRegistrationForm, validParticipantRegistration())),
  },
  {
    sender: "mentor registration",
    emails: participantRegistrationEmails(
      record(participantRegistrationForm, { ...validParticipantRegistration(), role: "mentor" }),
    ),
  },
  { sender: "enquiry", emails: enquiryEmails(record(enquiryForm, validEnquiry())) },
];

/** The words of an email's text part: link addresses and list numbering aside. */
const textWords = (text: string) =>
  text
    .replace(/https?:\/\/\S+/g, "")
    .replace(/^(\d+\.|-) /gm, "")
    .match(/[\p{L}\p{N}]+/gu);

/** The words a reader sees in an email's HTML part. */
const htmlWords = (html: string) =>
  html
    .replace(/<head>[\s\S]*<\/head>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .match(/[\p{L}\p{N}]+/gu);

describe.each(cases)("every email a $sender sends", ({ emails }) => {
  it.each(emails.map((email) => ({ subject: email.subject, email })))(
    "says the same words in its text and HTML parts: $subject",
    ({ email }) => {
      expect(htmlWords(email.html)).toEqual(textWords(email.text));
    },
  );

  it.each(emails.map((email) => ({ subject: email.subject, email })))(
    "fills in every placeholder and quotes the reference: $subject",
    ({ email }) => {
      expect(`${email.subject}\n${email.text}\n${email.html}`).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(email.subject).toContain(reference);
      expect(email.html).toContain(`<strong>${reference}</strong>`);
    },
  );
});

it("names a mentor's role in its own words, with no stray article", () => {
  const [welcome, notification] = cases[2]!.emails;
  expect(welcome!.subject).toBe(`Your mentor welcome pack from BTSA (${reference})`);
  expect(welcome!.text).toContain("Your mentor handbook");
  expect(welcome!.text).not.toContain("ECT handbook");
  expect(notification!.text).toMatch(/^New mentor registration\. Reference/);
  expect(notification!.text).not.toMatch(/\bAn mentor\b/);
});

describe("the build's check of a form's emails", () => {
  const form = {
    submitLabel: "Send",
    sections: [
      {
        title: "You",
        fields: [{ name: "role", type: "radios" as const, label: "Role", options: [{ value: "ect", label: "ECT" }] }],
      },
    ],
  };
  const emailWith = (block: object) => ({ emails: { one: { subject: "Hello {reference}", body: [block] } } }) as never;

  it.each([
    [{ paragraph: "Dear {fullName}," }, "unknown placeholder {fullName}"],
    [{ links: ["no-such-link"] }, 'no link "no-such-link"'],
    [{ paragraph: "Hi", when: { answer: "rol", is: "ect" } }, '"rol" is not a question of the form'],
    [{ paragraph: "Hi", when: { answer: "role", is: "teacher" } }, '"teacher" is not an answer to "role"'],
    [{ paragraph: "Hi", when: { setting: "conferenceDate", isSet: true } }, 'no setting "conferenceDate"'],
  ])("finds %j: %s", (block, problem) => {
    expect(emailProblems(emailWith(block), form, ["organisationName"], ["bpn-ecf"])).toEqual([
      expect.stringContaining(problem),
    ]);
  });

  it("accepts settings, the reference, the form's questions and its answer words", () => {
    const emails = {
      answerWords: { roleName: { answer: "role", words: { ect: "ECT" } } },
      emails: {
        one: {
          subject: "{organisationName} {reference}",
          body: [{ paragraph: "{role} {roleName}" }, { links: ["bpn-ecf"] }],
        },
      },
    };
    expect(emailProblems(emails, form, ["organisationName"], ["bpn-ecf"])).toEqual([]);
  });
});
