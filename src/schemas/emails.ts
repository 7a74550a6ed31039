import { z } from "astro/zod";

/** Words of an email, with `{placeholders}`: settings, `{reference}`, the form's answers, and `answerWords`. */
const words = z.string().min(1);

/** A key of `content/links.json`. */
const linkKey = z.string().regex(/^[a-z0-9-]+$/);

/** When a block is included: for one answer to a question, or while a setting is (or is not yet) supplied. */
const conditionSchema = z.union([
  z.strictObject({ answer: z.string().min(1), is: z.string().min(1) }),
  z.strictObject({ setting: z.string().min(1), isSet: z.boolean() }),
]);

/** What every block may add: a condition. */
const optional = { when: conditionSchema.optional() };

/**
 * One part of an email. The text part and the HTML part are both rendered from it, so the two cannot say
 * different things (functions/lib/email-render.ts).
 */
export const emailBlockSchema = z.union([
  /** A paragraph; the reference number is bold in HTML. */
  z.strictObject({ paragraph: words, ...optional }),
  /** A heading. */
  z.strictObject({ heading: words, ...optional }),
  /** Numbered steps. */
  z.strictObject({ steps: z.array(words).min(1), ...optional }),
  /** A list of links from `content/links.json`; one without an address yet shows the `unset` words. */
  z.strictObject({ links: z.array(linkKey).min(1), ...optional }),
  /** Text a person typed, kept as typed (line breaks included). */
  z.strictObject({ quote: words, ...optional }),
  /** Every answer under its question's label, in the form's order. */
  z.strictObject({ answers: z.literal(true), ...optional }),
  /** The alliance's contact details, from the settings. */
  z.strictObject({ contact: z.literal(true), ...optional }),
]);

/** One email: its subject and its body. Who receives it is decided by the form's email function. */
export const emailSchema = z.strictObject({ subject: words, body: z.array(emailBlockSchema).min(1) });

/** A form's emails (`content/emails/<form>.json`). */
export const formEmailsSchema = z.strictObject({
  /**
   * Placeholders whose words depend on an answer: `{ "roleName": { "answer": "role", "words": { "ect": "ECT" } } }`
   * makes `{roleName}` read "ECT" when the answer to `role` is `ect`.
   */
  answerWords: z
    .record(z.string(), z.strictObject({ answer: z.string().min(1), words: z.record(z.string(), words) }))
    .optional(),
  /** The emails, by the name the form's email function sends them under. */
  emails: z.record(z.string(), emailSchema),
});

/** One block of an email. */
export type EmailBlock = z.infer<typeof emailBlockSchema>;
/** One email's words. */
export type EmailContent = z.infer<typeof emailSchema>;
/** A form's emails. */
export type FormEmails = z.infer<typeof formEmailsSchema>;
