/**
 * The ECT and mentor registration form (the follow-on form of the source page): its rules, shared by
 * the browser, the function and the tests, and its words (content/forms/participant-registration.json).
 */
import { object, type InferType } from "yup";
import content from "../../../content/forms/participant-registration.json" with { type: "json" };
import type { FormContent } from "../../schemas/forms.ts";
import { optionValues, type FormDefinition } from "./definition.ts";
import { choice, email, longText, mustTick, optionalText, requiredText, trn, urn } from "./rules.ts";

const words = content as FormContent;

export const participantRegistrationSchema = object({
  role: choice(optionValues(words, "role"), "Select whether you are an early career teacher or a mentor"),
  fullName: requiredText("your full name", 80),
  email: email("your"),
  trn: trn(),
  programmeYear: choice(optionValues(words, "programmeYear"), "Select which year of the programme you are in"),
  schoolName: requiredText("your school's name"),
  schoolUrn: urn(),
  phase: choice(optionValues(words, "phase"), "Select which phase you teach"),
  subject: optionalText("the subject you teach", 80).when("phase", {
    is: "secondary",
    then: (rule) => rule.required("Enter the subject you teach"),
  }),
  mentees: optionalText("the names of the ECTs you mentor", 300),
  deliveryPartner: choice(
    optionValues(words, "deliveryPartner"),
    "Select which delivery partner you are registering with",
  ),
  accessNeeds: longText("your access needs", 1000),
  privacy: mustTick("Confirm that you have read the privacy notice"),
});

/** An ECT's or mentor's registration once it has passed the schema. */
export type ParticipantRegistration = InferType<typeof participantRegistrationSchema>;

/** Whether a participant is an ECT or a mentor: it decides their welcome pack. */
export type ParticipantRole = "ect" | "mentor";

/** Everything the browser and the function need to know about the ECT and mentor registration form. */
export const participantRegistrationForm: FormDefinition<typeof participantRegistrationSchema> = {
  id: "participant-registration",
  endpoint: "/api/participant-registrations",
  page: "/register/participant/",
  confirmationPage: "/register/participant/confirmation/",
  schema: participantRegistrationSchema,
  content: words,
};
