/**
 * Each question's error messages, read from its form's content file (`errors`, src/schemas/forms.ts) for the rules
 * in rules.ts. The forms build their schemas when imported, and the build imports them: so a rule without its
 * message, a message with a placeholder its rule does not fill, or a message for a rule the question does not
 * have fails the build, naming the file and the question.
 */
import type { FieldErrors, FormContent, RuleName } from "../../schemas/forms.ts";
import { fillIn, placeholdersIn } from "../fill-in.ts";
import { formFields } from "./definition.ts";

/** One question's error messages, with where they are written so that a problem can name it. */
export interface FieldMessages {
  /** The content file and the question, as a problem names them. */
  where: string;
  /** The messages by rule. */
  errors: FieldErrors;
  /** The rules that have asked for their message: any other message is one no rule shows. */
  used: Set<RuleName>;
}

/** A form's error messages, question by question. */
export interface FormMessages {
  /** One question's messages; throws when the content file has no such question. */
  (name: string): FieldMessages;
  /** Throws when a question has a message that no rule of the schema asked for: it would never show. */
  checkAllUsed(): void;
}

/** Reads the error messages of the form whose content is `content/forms/<id>.json`. */
export function formMessages(content: FormContent, id: string): FormMessages {
  const file = `content/forms/${id}.json`;
  const fields = new Map<string, FieldMessages>();
  const messages = (name: string) => {
    let field = fields.get(name);
    if (!field) {
      const question = formFields(content).find((candidate) => candidate.name === name);
      if (!question) throw new Error(`${file} has no question "${name}", which the form's schema checks`);
      field = { where: `${file}, question "${name}"`, errors: question.errors ?? {}, used: new Set() };
      fields.set(name, field);
    }
    return field;
  };
  messages.checkAllUsed = () => {
    const unused = formFields(content).flatMap((question) =>
      Object.keys(question.errors ?? {})
        .filter((rule) => !fields.get(question.name)?.used.has(rule as RuleName))
        .map(
          (rule) => `${file}, question "${question.name}": errors.${rule} is for a rule this question does not have`,
        ),
    );
    if (unused.length) throw new Error(unused.join("\n"));
  };
  return messages;
}

/**
 * The message for one rule, its placeholders filled from the rule's `limits`. Throws, naming the file and the
 * question, when the content has no message for the rule or the message has a placeholder the rule does not fill.
 */
export function messageFor(field: FieldMessages, rule: RuleName, limits: Record<string, number> = {}): string {
  const text = field.errors[rule];
  if (!text) throw new Error(`${field.where} needs a message for this rule: errors.${rule}`);
  field.used.add(rule);
  if (placeholdersIn(text).some((name) => !(name in limits))) {
    const allowed =
      Object.keys(limits)
        .map((name) => `{${name}}`)
        .join(", ") || "none";
    throw new Error(
      `${field.where}: errors.${rule} has a placeholder its rule cannot fill (it fills ${allowed}): "${text}"`,
    );
  }
  return fillIn(text, limits);
}
