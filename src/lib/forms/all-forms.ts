import { enquiryForm } from "./enquiry.ts";
import { participantRegistrationForm } from "./participant-registration.ts";
import { schoolRegistrationForm } from "./school-registration.ts";
import { SEARCH_PAGE, STAFF_PAGE } from "./shipped-pages.ts";
import { questionPath, whichSteps } from "../which-steps/flow.ts";

/** Every form of the site. */
export const allForms = [schoolRegistrationForm, participantRegistrationForm, enquiryForm];

/** The pages of the "Which steps apply?" flow's questions: its function serves them (functions/which-steps.ts). */
export const questionPages = whichSteps.questions.map((question) => questionPath(question.id));

/**
 * The built pages the functions read: each form's own page and its confirmation page, the staff area's page, the
 * question pages and the search page.
 */
export const pagesFunctionsRead = [
  ...allForms.flatMap((form) => [form.page, form.confirmationPage]),
  STAFF_PAGE,
  ...questionPages,
  SEARCH_PAGE,
];
