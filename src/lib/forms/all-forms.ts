import { enquiryForm } from "./enquiry.ts";
import { participantRegistrationForm } from "./participant-registration.ts";
import { schoolRegistrationForm } from "./school-registration.ts";
import { SEARCH_PAGE, STAFF_PAGE } from "./shipped-pages.ts";

/** Every form of the site. */
export const allForms = [schoolRegistrationForm, participantRegistrationForm, enquiryForm];

/**
 * The built pages the functions read: each form's own page and its confirmation page, the staff area's page, and
 * the search page.
 */
export const pagesFunctionsRead = [
  ...allForms.flatMap((form) => [form.page, form.confirmationPage]),
  STAFF_PAGE,
  SEARCH_PAGE,
];
