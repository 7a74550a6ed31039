import type { Enquiry } from "../../src/lib/forms/enquiry.ts";
import { enquiryForm } from "../../src/lib/forms/enquiry.ts";
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

/** The emails an enquiry sends: the question to the alliance's inbox, and a copy to the sender. */
export function enquiryEmails({ reference, data }: SubmissionRecord<Enquiry>): Email[] {
  const rows = answerRows(enquiryForm.content, data);
  const toAlliance = `Question from ${data.name}${data.school ? `, ${data.school}` : ""} (${reference})`;
  const copySubject = `Your question to ${settings.organisationName} (${reference})`;
  return [
    {
      to: allianceInbox() ?? "",
      replyTo: data.email,
      subject: toAlliance,
      text: [`Reply to this email to answer ${data.name}.`, answersText(rows)].join("\n\n"),
      html: emailDocument(
        toAlliance,
        html`<p>Reply to this email to answer ${data.name}.</p>
          ${answersHtml(rows)}`,
      ),
    },
    {
      to: data.email,
      replyTo: settings.contactEmail ?? undefined,
      subject: copySubject,
      text: [
        `Dear ${data.name},`,
        `Thank you for your question. We have passed it to ${settings.contactName}, ${settings.contactRole}, who will reply to this address. Your reference is ${reference}.`,
        "Your question:",
        data.question,
        `You can also contact:\n${contactText()}`,
      ].join("\n\n"),
      html: emailDocument(
        copySubject,
        html`<p>Dear ${data.name},</p>
          <p>
            Thank you for your question. We have passed it to ${settings.contactName}, ${settings.contactRole}, who will
            reply to this address. Your reference is <strong>${reference}</strong>.
          </p>
          <h2>Your question</h2>
          <p style="white-space:pre-wrap">${data.question}</p>
          <h2>Contact</h2>
          ${contactHtml()}`,
      ),
    },
  ];
}
