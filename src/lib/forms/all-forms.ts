import { enquiryForm } from "./enquiry.ts";
import { participantRegistrationForm } from "./participant-registration.ts";
import { schoolRegistrationForm } from "./school-registration.ts";
import { STAFF_PAGE } from "./shipped-pages.ts";

/** Every form of the site. */
export const allForms = [schoolRegistrationForm, participantRegistrationForm, enquiryForm];

/** The built pages the functions read: each form's own page and its confirmation page, and the staff area's page. */
export const pagesFunctionsRead = [...allForms.flatMap((form) => [form.page, form.confirmationPage]), STAFF_PAGE];
