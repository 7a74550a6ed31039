import { enquiryForm } from "../../src/lib/forms/enquiry.ts";
import { participantRegistrationForm } from "../../src/lib/forms/participant-registration.ts";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration.ts";
import type { FormDefinition } from "../../src/lib/forms/definition.ts";
import { enquiryEmails } from "../emails/enquiry.ts";
import { participantRegistrationEmails } from "../emails/participant-registration.ts";
import { schoolRegistrationEmails } from "../emails/school-registration.ts";
import type { Email } from "./mailer.ts";
import type { SubmissionRecord } from "./store.ts";

/** A form as the functions that handle its stored submissions see it. */
export interface RegisteredForm {
  form: FormDefinition;
  /** The emails a stored submission of it sends, each under its name. */
  emails: (record: SubmissionRecord) => Email[];
  /** Whether staff allocate its participants to a local training group (ECT and mentor registrations). */
  allocatesTrainingGroup: boolean;
}

const registered = (
  form: FormDefinition,
  emails: (record: never) => Email[],
  allocatesTrainingGroup = false,
): RegisteredForm => ({ form, emails: emails as RegisteredForm["emails"], allocatesTrainingGroup });

/** Every form with the emails a stored submission of it sends: the email functions look forms up here. */
export const registeredForms = {
  schoolRegistration: registered(schoolRegistrationForm, schoolRegistrationEmails),
  participantRegistration: registered(participantRegistrationForm, participantRegistrationEmails, true),
  enquiry: registered(enquiryForm, enquiryEmails),
};

/** The registered forms by form id. */
export const formsById: ReadonlyMap<string, RegisteredForm> = new Map(
  Object.values(registeredForms).map((entry) => [entry.form.id, entry]),
);
