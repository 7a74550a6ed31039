import type { AnyObjectSchema } from "yup";
import type { FormContent, FormField } from "../../schemas/forms.ts";

/** Everything the browser and the functions share about one form. */
export interface FormDefinition<Schema extends AnyObjectSchema = AnyObjectSchema> {
  /** A kebab-case name: the blob store's and the email templates' key. */
  id: string;
  /** Where the form posts, as JSON (with JavaScript) or urlencoded (without). */
  endpoint: string;
  /** The page the form is on (built by Astro; the function re-renders it when answers need correcting). */
  page: string;
  /** Where a successful submission lands, with `?reference=`. */
  confirmationPage: string;
  /** The rules and messages: the one schema browser, function and tests share. */
  schema: Schema;
  /** The words and layout, from `content/forms/`. */
  content: FormContent;
  /** The answers staff scan in the list of submissions (school, participant or enquirer name), in order. */
  listedAnswers: readonly string[];
}

/** Every question of a form, in order. */
export const formFields = (content: FormContent): FormField[] => content.sections.flatMap((section) => section.fields);

/** The values a radios or select question offers, for the schema's `oneOf`: one source for both. */
export function optionValues(content: FormContent, name: string): string[] {
  const field = formFields(content).find((candidate) => candidate.name === name);
  if (!field?.options?.length) throw new Error(`Form field "${name}" has no options in its content file`);
  return field.options.map((option) => option.value);
}

/** The content with options filled in for questions whose answers are computed (such as years). */
export function withOptions(content: FormContent, computed: Record<string, FormField["options"]>): FormContent {
  return {
    ...content,
    sections: content.sections.map((section) => ({
      ...section,
      fields: section.fields.map((field) =>
        computed[field.name] ? { ...field, options: computed[field.name] } : field,
      ),
    })),
  };
}

/** Empty answers for every question: the form's starting state. */
export const emptyValues = (content: FormContent): Record<string, string> =>
  Object.fromEntries(formFields(content).map((field) => [field.name, ""]));
