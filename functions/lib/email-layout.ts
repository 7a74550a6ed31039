import { settings } from "../../src/lib/settings.ts";
import type { AnswerRow } from "./answers.ts";
import { html, type SafeHtml } from "./html.ts";

/** The alliance's inbox: ALLIANCE_INBOX, else the contact email setting; locally, a placeholder for the outbox. */
export function allianceInbox(): string | undefined {
  return (
    process.env.ALLIANCE_INBOX ||
    settings.contactEmail ||
    (process.env.SMTP_URL ? undefined : "alliance-inbox@localhost")
  );
}

/** The answers as a plain-text list, for the text part of an email. */
export const answersText = (rows: AnswerRow[]) => rows.map((row) => `${row.label}\n  ${row.value}`).join("\n");

/** The answers as an HTML table; every value is escaped by `html`. */
export const answersHtml = (rows: AnswerRow[]) =>
  html`<table cellpadding="6" style="border-collapse:collapse">
    ${rows.map(
      (row) =>
        html`<tr>
          <th align="left" valign="top" style="border-bottom:1px solid #ccc">${row.label}</th>
          <td style="border-bottom:1px solid #ccc;white-space:pre-wrap">${row.value}</td>
        </tr>`,
    )}
  </table>`;

/** Wraps an email's HTML body in a minimal, readable document. */
export const emailDocument = (title: string, body: SafeHtml) =>
  html`<!doctype html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
      </head>
      <body style="font-family:Arial,sans-serif;line-height:1.5;color:#1b1f23;max-width:40rem">
        ${body}
      </body>
    </html>`.value;

/** The contact lines every email to a school ends with. */
export const contactText = () =>
  `${settings.contactName}, ${settings.contactRole}\nPhone: ${settings.contactPhone}${settings.contactEmail ? `\nEmail: ${settings.contactEmail}` : ""}`;

/** The same contact lines as HTML. */
export const contactHtml = () =>
  html`<p>
    ${settings.contactName}, ${settings.contactRole}<br />Phone:
    ${settings.contactPhone}${settings.contactEmail ? html`<br />Email: ${settings.contactEmail}` : ""}
  </p>`;
