import { enquiryForm } from "../../src/lib/forms/enquiry.ts";
import { participantRegistrationForm } from "../../src/lib/forms/participant-registration.ts";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration.ts";
import { enquiryEmails } from "../emails/enquiry.ts";
import { participantRegistrationEmails } from "../emails/participant-registration.ts";
import { schoolRegistrationEmails } from "../emails/school-registration.ts";

/** Every form with the emails a stored submission of it sends: the email functions look forms up here. */
export const registeredForms = {
  schoolRegistration: { form: schoolRegistrationForm, emails: schoolRegistrationEmails },
  participantRegistration: { form: participantRegistrationForm, emails: participantRegistrationEmails },
  enquiry: { form: enquiryForm, emails: enquiryEmails },
};
