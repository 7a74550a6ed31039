/**
 * The school registration form: its rules (one Yup schema, shared by the browser, the function and the
 * tests) and its words (content/forms/school-registration.json).
 */
import { object, type InferType } from "yup";
import content from "../../../content/forms/school-registration.json" with { type: "json" };
import type { FormContent } from "../../schemas/forms.ts";
import { optionValues, withOptions, type FormDefinition } from "./definition.ts";
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

const words = withOptions(content as FormContent, {
  intakeYear: intakeYears().map((year) => ({ value: year, label: year })),
});

export const schoolRegistrationSchema = object({
  schoolName: requiredText("the school's name"),
  urn: urn(),
  addressLine1: requiredText("the first line of the school's address"),
  addressLine2: optionalText("the second line of the address"),
  town: requiredText("the town or city", 60),
  postcode: postcode(),
  localAuthority: requiredText("the local authority", 80),
  phase: choice(optionValues(words, "phase"), "Select the school's phase"),
  situation: choice(optionValues(words, "situation"), "Select which describes your school"),
  headteacherName: requiredText("the headteacher's full name", 80),
  headteacherEmail: email("the headteacher's"),
  tutorName: requiredText("the induction tutor's full name", 80),
  tutorEmail: email("the induction tutor's"),
  tutorPhone: ukPhone("the induction tutor's"),
  ectCount: headcount("ECTs"),
  mentorCount: headcount("mentors"),
  intakeTerm: choice(optionValues(words, "intakeTerm"), "Select the term your ECTs start"),
  intakeYear: choice(acceptedYears(), "Select the year your ECTs start"),
  dfeRegistration: choice(
    optionValues(words, "dfeRegistration"),
    "Select whether you have registered your ECTs and mentors on the DfE online service",
  ),
  notes: longText("what else we should know", 1000),
  privacy: mustTick("Confirm that you have read the privacy notice"),
});

/** A school registration once it has passed the schema. */
export type SchoolRegistration = InferType<typeof schoolRegistrationSchema>;

/** Everything the browser and the function need to know about the school registration form. */
export const schoolRegistrationForm: FormDefinition<typeof schoolRegistrationSchema> = {
  id: "school-registration",
  endpoint: "/api/school-registrations",
  page: "/register/school/",
  confirmationPage: "/register/school/confirmation/",
  schema: schoolRegistrationSchema,
  content: words,
};
