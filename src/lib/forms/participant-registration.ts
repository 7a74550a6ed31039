/**
 * The ECT and mentor registration form (the follow-on form of the source page): its rules, shared by
 * the browser, the function and the tests, and its words, error messages included
 * (content/forms/participant-registration.json).
 */
import { object, type InferType } from "yup";
import content from "../../../content/forms/participant-registration.json" with { type: "json" };
import type { FormContent } from "../../schemas/forms.ts";
import { optionValues, type FormDefinition } from "./definition.ts";
import { formMessages, messageFor } from "./messages.ts";
import { choice, email, longText, mustTick, optionalText, requiredText, trn, urn } from "./rules.ts";

/** The form's name: its content file's, its blob store's and its emails'. */
const id = "participant-registration";
const words = content as FormContent;
const messages = formMessages(words, id);
/** Looked up now, not when a secondary teacher first answers, so that a missing message fails the build. */
const subjectRequired = messageFor(messages("subject"), "required");

export const participantRegistrationSchema = object({
  role: choice(optionValues(words, "role"), messages("role")),
  fullName: requiredText(messages("fullName"), 80),
  email: email(messages("email")),
  trn: trn(messages("trn")),
  programmeYear: choice(optionValues(words, "programmeYear"), messages("programmeYear")),
  schoolName: requiredText(messages("schoolName")),
  schoolUrn: urn(messages("schoolUrn")),
  phase: choice(optionValues(words, "phase"), messages("phase")),
  subject: optionalText(messages("subject"), 80).when("phase", {
    is: "secondary",
    then: (rule) => rule.required(subjectRequired),
  }),
  mentees: optionalText(messages("mentees"), 300),
  deliveryPartner: choice(optionValues(words, "deliveryPartner"), messages("deliveryPartner")),
  accessNeeds: longText(messages("accessNeeds"), 1000),
  privacy: mustTick(messages("privacy")),
});
messages.checkAllUsed();

/** An ECT's or mentor's registration once it has passed the schema. */
export type ParticipantRegistration = InferType<typeof participantRegistrationSchema>;

/** Whether a participant is an ECT or a mentor: it decides their welcome pack. */
export type ParticipantRole = "ect" | "mentor";

/** Everything the browser and the function need to know about the ECT and mentor registration form. */
export const participantRegistrationForm: FormDefinition<typeof participantRegistrationSchema> = {
  id,
  endpoint: "/api/participant-registrations",
  page: "/register/participant/",
  confirmationPage: "/register/participant/confirmation/",
  schema: participantRegistrationSchema,
  content: words,
  listedAnswers: ["fullName", "role", "schoolName"],
};
