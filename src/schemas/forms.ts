import { z } from "astro/zod";
import { template } from "./interface.ts";

/** One answer of a radios or select question. */
const optionSchema = z.strictObject({
  /** What is stored and checked by the form's schema. */
  value: z.string().min(1),
  /** What the user sees. */
  label: z.string().min(1),
  /** Extra words under the label. */
  hint: z.string().optional(),
});

/**
 * A question's error messages, one for each rule the form's Yup schema applies to it (src/lib/forms/rules.ts).
 * Limits are written once, in the schema; a message shows its rule's limit with `{max}` or `{min}`. The build
 * fails, naming the file and the question, when a rule has no message or a message has no rule.
 */
const fieldErrorsSchema = z.strictObject({
  /**
   * When the question is not answered; for radios, a select or a box to tick, also when the answer is not one
   * of its options.
   */
  required: template().optional(),
  /** When the answer is longer than its limit, `{max}` (characters, or digits for a TRN). */
  tooLong: template("max").optional(),
  /** When the answer is shorter than its limit, `{min}` (digits of a TRN). */
  tooShort: template("min").optional(),
  /**
   * When the answer is not written as the question needs: an email address, a phone number, a postcode or a
   * URN as people write them; for other text, when it holds characters no answer may (such as control codes).
   */
  format: template().optional(),
  /** When a number question's answer is not a number. */
  notANumber: template().optional(),
  /** When a number question's answer is not a whole number. */
  notWhole: template().optional(),
  /** When a number is below its limit, `{min}`. */
  tooSmall: template("min").optional(),
  /** When a number is above its limit, `{max}`. */
  tooLarge: template("max").optional(),
});

/** One question of a form: its words and the kind of input that asks it. Rules live in the form's Yup schema. */
export const formFieldSchema = z.strictObject({
  /** The key in the submission; must be a field of the form's Yup schema. */
  name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  /** How it is asked. */
  type: z.enum(["text", "email", "tel", "number", "textarea", "radios", "select", "checkbox"]),
  /** The label, or the legend of a radios question. */
  label: z.string().min(1),
  /** Words under the label that help answer (format, an example, why it is asked). */
  hint: z.string().optional(),
  /** The HTML autocomplete token, so browsers can fill the answer in. */
  autocomplete: z.string().optional(),
  /** The input's width in characters, for answers of a known length such as a postcode (forms.css has each). */
  width: z.union([z.literal(4), z.literal(10), z.literal(12), z.literal(20)]).optional(),
  /** The answers a radios or select question offers. */
  options: z.array(optionSchema).optional(),
  /** A link the label refers to (for a checkbox such as "I have read the privacy notice"). */
  link: z.strictObject({ text: z.string().min(1), href: z.string().startsWith("/") }).optional(),
  /** What the user is told when the answer breaks one of the question's rules. */
  errors: fieldErrorsSchema.optional(),
});

/** A form's words and layout (`content/forms/*.json`): sections of questions and the submit button. */
export const formContentSchema = z.strictObject({
  /** The words on the submit button. */
  submitLabel: z.string().min(1),
  /** Groups of questions, each under an h2. */
  sections: z.array(z.strictObject({ title: z.string().min(1), fields: z.array(formFieldSchema).min(1) })).min(1),
});

/** A form's words and layout, as the form component renders them. */
export type FormContent = z.infer<typeof formContentSchema>;
/** One question of a form. */
export type FormField = z.infer<typeof formFieldSchema>;
/** A question's error messages, by rule. */
export type FieldErrors = z.infer<typeof fieldErrorsSchema>;
/** The name of one rule a question's error message is for. */
export type RuleName = keyof FieldErrors;
