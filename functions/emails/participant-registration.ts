import content from "../../content/emails/participant-registration.json" with { type: "json" };
import type { ParticipantRegistration } from "../../src/lib/forms/participant-registration.ts";
import { participantRegistrationForm } from "../../src/lib/forms/participant-registration.ts";
import { settings } from "../../src/lib/settings.ts";
import type { FormEmails } from "../../src/schemas/emails.ts";
import { allianceInbox } from "../lib/alliance-inbox.ts";
import { emailRenderer } from "../lib/email-render.ts";
import type { Email } from "../lib/mailer.ts";
import type { SubmissionRecord } from "../lib/store.ts";

/**
 * The emails an ECT or mentor registration sends (words in content/emails/participant-registration.json): the
 * welcome pack for their role, and a notification to the alliance's inbox.
 */
export function participantRegistrationEmails(record: SubmissionRecord<ParticipantRegistration>): Email[] {
  const { data } = record;
  const render = emailRenderer(content as FormEmails, participantRegistrationForm.content, record);
  return [
    { to: data.email, replyTo: settings.contactEmail ?? undefined, ...render("welcome") },
    { to: allianceInbox() ?? "", replyTo: data.email, ...render("notification") },
  ];
}
