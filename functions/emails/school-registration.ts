import type { SchoolRegistration } from "../../src/lib/forms/school-registration.ts";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration.ts";
import { settings } from "../../src/lib/settings.ts";
import { answerRows } from "../lib/answers.ts";
import {
  allianceInbox,
  answersHtml,
  answersText,
  contactHtml,
  contactText,
  emailDocument,
} from "../lib/email-layout.ts";
import { html } from "../lib/html.ts";
import type { Email } from "../lib/mailer.ts";
import type { SubmissionRecord } from "../lib/store.ts";

/**
 * The emails a school registration sends: a confirmation to the induction tutor (copied to the
 * headteacher), and a notification to the alliance's inbox.
 */
export function schoolRegistrationEmails({ reference, data }: SubmissionRecord<SchoolRegistration>): Email[] {
  const rows = answerRows(schoolRegistrationForm.content, data);
  const org = settings.organisationName;
  const nextSteps = [
    "Register your ECTs and mentors on the DfE online service, if you have not done so yet.",
    `Register the school with ${settings.leadProvider} via the BPN website.`,
    `${settings.leadProvider} sends each ECT and mentor a follow-on registration form: they should select ${settings.deliveryPartner} from the list of delivery partners.`,
    "When they complete it, they are sent a welcome pack with preparatory information, their handbook and links to register for their Induction Conference.",
  ];
  const confirmationSubject = `${org} school registration received: ${reference}`;
  const confirmation: Email = {
    to: data.tutorEmail,
    cc: data.headteacherEmail !== data.tutorEmail ? data.headteacherEmail : undefined,
    replyTo: settings.contactEmail ?? undefined,
    subject: confirmationSubject,
    text: [
      `Dear ${data.tutorName},`,
      `Thank you for registering ${data.schoolName} with ${org} for the ${settings.programmeName}.`,
      `Your reference number is ${reference}.`,
      "What happens next:",
      ...nextSteps.map((step, index) => `${index + 1}. ${step}`),
      "What you told us:",
      answersText(rows),
      "Questions? Contact:",
      contactText(),
    ].join("\n\n"),
    html: emailDocument(
      confirmationSubject,
      html`<p>Dear ${data.tutorName},</p>
        <p>Thank you for registering ${data.schoolName} with ${org} for the ${settings.programmeName}.</p>
        <p>Your reference number is <strong>${reference}</strong>.</p>
        <h2>What happens next</h2>
        <ol>
          ${nextSteps.map((step) => html`<li>${step}</li>`)}
        </ol>
        <h2>What you told us</h2>
        ${answersHtml(rows)}
        <h2>Questions</h2>
        ${contactHtml()}`,
    ),
  };

  const inbox = allianceInbox();
  const notificationSubject = `New school registration ${reference}: ${data.schoolName}`;
  const notification: Email = {
    to: inbox ?? "",
    replyTo: data.tutorEmail,
    subject: notificationSubject,
    text: [`A school has registered. Reference: ${reference}.`, answersText(rows)].join("\n\n"),
    html: emailDocument(
      notificationSubject,
      html`<p>A school has registered. Reference: <strong>${reference}</strong>.</p>
        ${answersHtml(rows)}`,
    ),
  };
  return [confirmation, notification];
}
