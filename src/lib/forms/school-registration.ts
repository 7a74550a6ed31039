/**
 * The school registration form: its rules (one Yup schema, shared by the browser, the function and the
 * tests) and its words, error messages included (content/forms/school-registration.json).
 */
import { object, type InferType } from "yup";
import content from "../../../content/forms/school-registration.json" with { type: "json" };
import type { FormContent } from "../../schemas/forms.ts";
import { optionValues, withOptions, type FormDefinition } from "./definition.ts";
import { formMessages } from "./messages.ts";
import {
  choice,
  email,
  headcount,
  longText,
  mustTick,
  optionalText,
  postcode,
  requiredText,
  ukPhone,
  urn,
} from "./rules.ts";

/** The years a school may choose for its intake: this year and next. */
export function intakeYears(today = new Date()): string[] {
  const year = today.getUTCFullYear();
  return [String(year), String(year + 1)];
}

/** Years accepted on submission: a page built last year may still offer last year's options. */
const acceptedYears = (today = new Date()) => {
  const year = today.getUTCFullYear();
  return [year - 1, year, year + 1, year + 2].map(String);
};

/** The form's name: its content file's, its blob store's and its emails'. */
const id = "school-registration";
const words = withOptions(content as FormContent, {
  intakeYear: intakeYears().map((year) => ({ value: year, label: year })),
});
const messages = formMessages(words, id);

export const schoolRegistrationSchema = object({
  schoolName: requiredText(messages("schoolName")),
  urn: urn(messages("urn")),
  addressLine1: requiredText(messages("addressLine1")),
  addressLine2: optionalText(messages("addressLine2")),
  town: requiredText(messages("town"), 60),
  postcode: postcode(messages("postcode")),
  localAuthority: requiredText(messages("localAuthority"), 80),
  phase: choice(optionValues(words, "phase"), messages("phase")),
  situation: choice(optionValues(words, "situation"), messages("situation")),
  headteacherName: requiredText(messages("headteacherName"), 80),
  headteacherEmail: email(messages("headteacherEmail")),
  tutorName: requiredText(messages("tutorName"), 80),
  tutorEmail: email(messages("tutorEmail")),
  tutorPhone: ukPhone(messages("tutorPhone")),
  ectCount: headcount(messages("ectCount")),
  mentorCount: headcount(messages("mentorCount")),
  intakeTerm: choice(optionValues(words, "intakeTerm"), messages("intakeTerm")),
  intakeYear: choice(acceptedYears(), messages("intakeYear")),
  dfeRegistration: choice(optionValues(words, "dfeRegistration"), messages("dfeRegistration")),
  notes: longText(messages("notes"), 1000),
  privacy: mustTick(messages("privacy")),
});
messages.checkAllUsed();

/** A school registration once it has passed the schema. */
export type SchoolRegistration = InferType<typeof schoolRegistrationSchema>;

/** Everything the browser and the function need to know about the school registration form. */
export const schoolRegistrationForm: FormDefinition<typeof schoolRegistrationSchema> = {
  id,
  endpoint: "/api/school-registrations",
  page: "/register/school/",
  confirmationPage: "/register/school/confirmation/",
  schema: schoolRegistrationSchema,
  content: words,
  listedAnswers: ["schoolName", "tutorName"],
};
