import { linkFor, welcomePack } from "../../src/lib/content-data.ts";
import type { ParticipantRegistration } from "../../src/lib/forms/participant-registration.ts";
import { participantRegistrationForm } from "../../src/lib/forms/participant-registration.ts";
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

/** A link as a line of the email: its address, or a promise that it will follow while it is unset. */
const linkLine = (key: string) => {
  const { title, url } = linkFor(key);
  return { title, url, text: url ? `${title}: ${url}` : `${title}: the link will follow` };
};
const linkHtml = (key: string) => {
  const { title, url } = linkFor(key);
  return url ? html`<a href="${url}">${title}</a>` : html`${title} (the link will follow)`;
};

/**
 * The emails an ECT or mentor registration sends: the welcome pack for their role (preparatory
 * information, their handbook, how to register for the Induction Conference), and a notification to
 * the alliance.
 */
export function participantRegistrationEmails({ reference, data }: SubmissionRecord<ParticipantRegistration>): Email[] {
  const role = welcomePack.roles[data.role as "ect" | "mentor"];
  const roleName = data.role === "mentor" ? "mentor" : "ECT";
  const { introduction, preparatoryInformation: prep, inductionConference: conference } = welcomePack;
  const conferenceDate = conference.date
    ? `The Induction Conference is on ${conference.date}.`
    : "The date of the Induction Conference will follow.";
  const subject = `Your ${roleName} welcome pack from ${settings.organisationName} (${reference})`;

  const welcome: Email = {
    to: data.email,
    replyTo: settings.contactEmail ?? undefined,
    subject,
    text: [
      `Dear ${data.fullName},`,
      introduction,
      `Your reference number is ${reference}.`,
      `Preparatory information\n${prep.text}\n${prep.links.map((key) => `- ${linkLine(key).text}`).join("\n")}`,
      `${role.handbookTitle}\n${linkLine(role.handbookLink).text}`,
      `Induction Conference\n${conference.text}\n${linkLine(conference.registrationLink).text}\n${conferenceDate}`,
      `Questions? Contact:\n${contactText()}`,
    ].join("\n\n"),
    html: emailDocument(
      subject,
      html`<p>Dear ${data.fullName},</p>
        <p>${introduction}</p>
        <p>Your reference number is <strong>${reference}</strong>.</p>
        <h2>Preparatory information</h2>
        <p>${prep.text}</p>
        <ul>
          ${prep.links.map((key) => html`<li>${linkHtml(key)}</li>`)}
        </ul>
        <h2>${role.handbookTitle}</h2>
        <p>${linkHtml(role.handbookLink)}</p>
        <h2>Induction Conference</h2>
        <p>${conference.text} ${linkHtml(conference.registrationLink)}</p>
        <p>${conferenceDate}</p>
        <h2>Questions</h2>
        ${contactHtml()}`,
    ),
  };

  const rows = answerRows(participantRegistrationForm.content, data);
  const notificationSubject = `New ${roleName} registration ${reference}: ${data.fullName}, ${data.schoolName}`;
  const notification: Email = {
    to: allianceInbox() ?? "",
    replyTo: data.email,
    subject: notificationSubject,
    text: [
      `An ${roleName === "ECT" ? "ECT" : "mentor"} has registered. Reference: ${reference}.`,
      answersText(rows),
    ].join("\n\n"),
    html: emailDocument(
      notificationSubject,
      html`<p>Reference: <strong>${reference}</strong>.</p>
        ${answersHtml(rows)}`,
    ),
  };
  return [welcome, notification];
}
