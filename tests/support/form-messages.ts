/**
 * The error messages the tests expect, read from the forms' content files as the schemas read them: the alliance
 * can reword a message without a test failing, while the tests still check which rule gives which message.
 */
import { fillIn } from "../../src/lib/fill-in";
import { formFields } from "../../src/lib/forms/definition";
import type { FormContent, RuleName } from "../../src/schemas/forms";

/** The message `content` gives `question` for `rule`, with the rule's limits (`{ max: 120 }`) filled in. */
export function contentMessage(
  content: FormContent,
  question: string,
  rule: RuleName,
  limits: Record<string, number> = {},
): string {
  const text = formFields(content).find((field) => field.name === question)?.errors?.[rule];
  if (!text) throw new Error(`The content has no errors.${rule} message for "${question}"`);
  return fillIn(text, limits);
}
