import { describe, expect, it } from "vitest";
import { checked } from "../../src/lib/content-check";
import { allForms } from "../../src/lib/forms/all-forms";
import { formFields } from "../../src/lib/forms/definition";
import { formMessages } from "../../src/lib/forms/messages";
import { requiredText } from "../../src/lib/forms/rules";
import { formContentSchema, type FieldErrors, type FormContent } from "../../src/schemas/forms";

/** A one-question form's content, as `content/forms/example.json` would hold it. */
const contentWith = (errors: FieldErrors): FormContent => ({
  submitLabel: "Send",
  sections: [{ title: "About you", fields: [{ name: "fullName", type: "text", label: "Full name", errors }] }],
});

const nameMessages = {
  required: "Enter your full name",
  tooLong: "Your full name must be {max} characters or fewer",
  format: "Your full name must only include letters, numbers and punctuation",
};

describe("a question's error messages", () => {
  it("fill in the limit of the rule that shows them", async () => {
    const messages = formMessages(contentWith(nameMessages), "example");
    const error = await requiredText(messages("fullName"), 80)
      .validate("x".repeat(81))
      .catch((caught) => caught);
    expect(error.message).toBe("Your full name must be 80 characters or fewer");
    expect(() => messages.checkAllUsed()).not.toThrow();
  });

  it.each([
    [
      "a rule without its message",
      { required: "Enter your full name", tooLong: "Your full name must be {max} characters or fewer" },
      'content/forms/example.json, question "fullName" needs a message for this rule: errors.format',
    ],
    [
      "a placeholder the rule does not fill",
      { ...nameMessages, tooLong: "Your full name must be {maximum} characters or fewer" },
      'content/forms/example.json, question "fullName": errors.tooLong has a placeholder its rule cannot fill (it fills {max})',
    ],
    [
      "a placeholder in a message whose rule fills none",
      { ...nameMessages, required: "Enter your full name ({max} characters at most)" },
      'content/forms/example.json, question "fullName": errors.required has a placeholder its rule cannot fill (it fills none)',
    ],
  ])("stop the form being built, naming the file and the question, for %s", (_, errors, problem) => {
    const messages = formMessages(contentWith(errors), "example");
    expect(() => requiredText(messages("fullName"))).toThrow(problem);
  });

  it("stop the form being built when a message is for a rule the question does not have", () => {
    const messages = formMessages(contentWith({ ...nameMessages, tooSmall: "Too small" }), "example");
    requiredText(messages("fullName"));
    expect(() => messages.checkAllUsed()).toThrow(
      'content/forms/example.json, question "fullName": errors.tooSmall is for a rule this question does not have',
    );
  });

  it("stop the form being built when the schema checks a question the content file does not ask", () => {
    expect(() => formMessages(contentWith(nameMessages), "example")("email")).toThrow(
      'content/forms/example.json has no question "email"',
    );
  });

  it("are checked with the rest of the content file: an unknown placeholder names the file and the field", () => {
    const content = contentWith({ ...nameMessages, tooLong: "At most {maximum} characters" });
    expect(() => checked(formContentSchema, content, "content/forms/example.json")).toThrow(
      /content\/forms\/example\.json has 1 bad field.*\n.*sections\.0\.fields\.0\.errors\.tooLong: unknown placeholder \{maximum\}: this text can use \{max\}/,
    );
  });

  it.each(allForms.map((form) => [form.id, form.content] as const))(
    "of the %s form pass the content schema and never say 'invalid'",
    (id, content) => {
      checked(formContentSchema, content, `content/forms/${id}.json`);
      for (const field of formFields(content)) {
        for (const message of Object.values(field.errors ?? {})) expect(message, field.name).not.toMatch(/invalid/i);
      }
    },
  );
});
