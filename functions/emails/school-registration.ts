import content from "../../content/emails/school-registration.json" with { type: "json" };
import type { SchoolRegistration } from "../../src/lib/forms/school-registration.ts";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration.ts";
import { settings } from "../../src/lib/settings.ts";
import type { FormEmails } from "../../src/schemas/emails.ts";
import { allianceInbox } from "../lib/alliance-inbox.ts";
import { emailRenderer } from "../lib/email-render.ts";
import type { Email } from "../lib/mailer.ts";
import type { SubmissionRecord } from "../lib/store.ts";

/**
 * The emails a school registration sends (words in content/emails/school-registration.json): a confirmation
 * to the induction tutor, copied to the headteacher, and a notification to the alliance's inbox.
 */
export function schoolRegistrationEmails(record: SubmissionRecord<SchoolRegistration>): Email[] {
  const { data } = record;
  const render = emailRenderer(content as FormEmails, schoolRegistrationForm.content, record);
  return [
    {
      to: data.tutorEmail,
      cc: data.headteacherEmail !== data.tutorEmail ? data.headteacherEmail : undefined,
      replyTo: settings.contactEmail ?? undefined,
      ...render("confirmation"),
    },
    { to: allianceInbox() ?? "", replyTo: data.tutorEmail, ...render("notification") },
  ];
}
