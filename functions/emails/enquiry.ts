import content from "../../content/emails/enquiry.json" with { type: "json" };
import type { Enquiry } from "../../src/lib/forms/enquiry.ts";
import { enquiryForm } from "../../src/lib/forms/enquiry.ts";
import { settings } from "../../src/lib/settings.ts";
import type { FormEmails } from "../../src/schemas/emails.ts";
import { allianceInbox } from "../lib/alliance-inbox.ts";
import { emailRenderer } from "../lib/email-render.ts";
import type { Email } from "../lib/mailer.ts";
import type { SubmissionRecord } from "../lib/store.ts";

/**
 * The emails an enquiry sends (words in content/emails/enquiry.json): the question to the alliance's inbox,
 * to reply to the sender, and a copy to the sender.
 */
export function enquiryEmails(record: SubmissionRecord<Enquiry>): Email[] {
  const { data } = record;
  const render = emailRenderer(content as FormEmails, enquiryForm.content, record);
  return [
    { to: allianceInbox() ?? "", replyTo: data.email, ...render("question") },
    { to: data.email, replyTo: settings.contactEmail ?? undefined, ...render("copy") },
  ];
}
