import { links } from "../../src/lib/content-data.ts";
import { fillIn } from "../../src/lib/fill-in.ts";
import { settings } from "../../src/lib/settings.ts";
import { siteWords } from "../../src/lib/site-words.ts";
import type { EmailBlock, FormEmails } from "../../src/schemas/emails.ts";
import type { FormContent } from "../../src/schemas/forms.ts";
import { answerRows, type AnswerRow } from "./answers.ts";
import { html, SafeHtml } from "./html.ts";
import { escapeHtml } from "./http.ts";

/** An email's words, ready to send: the text part and the HTML part come from the same blocks. */
export interface RenderedEmail {
  /** Its name in the form's emails file: each email's delivery is recorded under it. */
  name: string;
  subject: string;
  text: string;
  html: string;
}

/** A submission as the emails see it. */
interface Submission {
  reference: string;
  data: Record<string, unknown>;
}

/** One block in both forms: a paragraph of the text part and its HTML. */
interface Part {
  text: string;
  html: SafeHtml;
}

/** Words from content with their placeholders filled, for each part. */
interface Fill {
  text: (words: string) => string;
  html: (words: string) => SafeHtml;
}

/**
 * Renders a form's emails (`content/emails/<form>.json`) for one submission: `render(name)` gives that email's
 * subject, text and HTML. Placeholders are filled with the settings, `{reference}`, the answers as given and
 * the file's `answerWords`; every value is escaped in the HTML, and the reference is bold there.
 */
export function emailRenderer(content: FormEmails, form: FormContent, submission: Submission) {
  const values = placeholderValues(content, submission);
  // The same values for the HTML part: escaped, and the reference bold. Placeholder names need no escaping, so
  // the escaped words keep their placeholders.
  const htmlValues = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      name === "reference" ? `<strong>${escapeHtml(value)}</strong>` : escapeHtml(value),
    ]),
  );
  const fill: Fill = {
    text: (words) => fillIn(words, values),
    html: (words) => new SafeHtml(fillIn(escapeHtml(words), htmlValues)),
  };
  const answers = answerRows(form, submission.data);
  const applies = ({ when }: EmailBlock) =>
    !when ||
    ("answer" in when
      ? String(submission.data[when.answer] ?? "") === when.is
      : (settings[when.setting as keyof typeof settings] != null) === when.isSet);

  return (name: string): RenderedEmail => {
    const email = content.emails[name];
    if (!email) throw new Error(`No email "${name}" in this form's emails`);
    const parts = email.body.filter(applies).map((block) => renderBlock(block, fill, answers));
    const subject = fill.text(email.subject);
    return {
      name,
      subject,
      text: parts.map((part) => part.text).join("\n\n"),
      html: emailDocument(
        subject,
        parts.map((part) => part.html),
      ),
    };
  };
}

function placeholderValues(content: FormEmails, { reference, data }: Submission): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(settings)) values[key] = value === null ? siteWords.unset : String(value);
  for (const [key, value] of Object.entries(data)) values[key] = value == null ? "" : String(value);
  for (const [key, { answer, words }] of Object.entries(content.answerWords ?? {})) {
    const given = values[answer] ?? "";
    values[key] = words[given] ?? given;
  }
  values.reference = reference;
  return values;
}

function renderBlock(block: EmailBlock, fill: Fill, answers: AnswerRow[]): Part {
  if ("paragraph" in block)
    return { text: fill.text(block.paragraph), html: html`<p>${fill.html(block.paragraph)}</p>` };
  if ("heading" in block) return { text: fill.text(block.heading), html: html`<h2>${fill.html(block.heading)}</h2>` };
  if ("quote" in block) {
    return {
      text: fill.text(block.quote),
      html: html`<p style="white-space:pre-wrap">${fill.html(block.quote)}</p>`,
    };
  }
  if ("steps" in block) {
    return {
      text: block.steps.map((step, index) => `${index + 1}. ${fill.text(step)}`).join("\n"),
      html: html`<ol>
        ${block.steps.map((step) => html`<li>${fill.html(step)}</li>`)}
      </ol>`,
    };
  }
  if ("links" in block) {
    const listed = block.links.map((key) => links[key]!);
    return {
      text: listed.map(({ title, url }) => `- ${title}${url ? `: ${url}` : ` ${siteWords.unset}`}`).join("\n"),
      html: html`<ul>
        ${listed.map(({ title, url }) => html`<li>${url ? html`<a href="${url}">${title}</a>` : `${title} ${siteWords.unset}`}</li>`)}
      </ul>`,
    };
  }
  if ("answers" in block) return answersPart(answers);
  return contactPart();
}

/** The answers under their questions' labels: a list in text, a table in HTML. */
function answersPart(rows: AnswerRow[]): Part {
  return {
    text: rows.map((row) => `${row.label}\n  ${row.value}`).join("\n"),
    html: html`<table cellpadding="6" style="border-collapse:collapse">
      ${rows.map(
        (row) =>
          html`<tr>
            <th align="left" valign="top" style="border-bottom:1px solid #ccc">${row.label}</th>
            <td style="border-bottom:1px solid #ccc;white-space:pre-wrap">${row.value}</td>
          </tr>`,
      )}
    </table>`,
  };
}

/** The alliance's contact details; the email line only once the address is supplied. */
function contactPart(): Part {
  const lines = [
    `${settings.contactName}, ${settings.contactRole}`,
    `${siteWords.contactPhone}: ${settings.contactPhone}`,
    ...(settings.contactEmail ? [`${siteWords.contactEmail}: ${settings.contactEmail}`] : []),
  ];
  return {
    text: lines.join("\n"),
    html: html`<p>${lines.map((line, index) => html`${index ? html`<br />` : ""}${line}`)}</p>`,
  };
}

/** Wraps an email's HTML body in a minimal, readable document. */
const emailDocument = (title: string, body: SafeHtml[]) =>
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
