import { formFields } from "../../src/lib/forms/definition.ts";
import { formWords } from "../../src/lib/form-words.ts";
import type { FormContent, FormField } from "../../src/schemas/forms.ts";

/** One answer as an email shows it: the question's label and the answer in words. */
export interface AnswerRow {
  label: string;
  value: string;
}

/** One answer in words: an option's label for its value, yes or no for a checkbox, "not given" for nothing. */
export function answerInWords(field: FormField, raw: unknown): string {
  const value = raw === undefined || raw === null ? "" : String(raw);
  const option = field.options?.find((candidate) => candidate.value === value);
  const words = field.type === "checkbox" ? (value === "yes" ? formWords.yes : formWords.no) : (option?.label ?? value);
  return words || formWords.notGiven;
}

/** A submission's answers in the form's order, with option values turned back into their labels. */
export function answerRows(content: FormContent, data: Record<string, unknown>): AnswerRow[] {
  return formFields(content).map((field) => ({ label: field.label, value: answerInWords(field, data[field.name]) }));
}
