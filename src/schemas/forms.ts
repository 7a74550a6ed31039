import { z } from "astro/zod";
import { template } from "./interface.ts";

/** One answer of a radios or select question. */
const optionSchema = z.strictObject({
  /** Checked by the form's schema. */
  value: z.string().min(1).meta({
    title: "Stored value",
    description:
      "What the form stores when this choice is picked, for example primary. Keep it as it is: the form's checks accept only the values they know, and emails and the staff area use it.",
  }),
  label: z.string().min(1).meta({
    title: "Choice",
    description: 'What the person sees beside the choice, for example "Special school".',
  }),
  hint: z.string().optional().meta({
    title: "Hint",
    description:
      'Words under the choice that help tell it apart from the others, for example "The school is new to the Early Career Framework programme."',
  }),
});

/**
 * A question's error messages, one for each rule the form's Yup schema applies to it (src/lib/forms/rules.ts).
 * Limits are written once, in the schema; a message shows its rule's limit with `{max}` or `{min}`. The build
 * fails, naming the file and the question, when a rule has no message or a message has no rule.
 */
const fieldErrorsSchema = z.strictObject({
  required: template().optional().meta({
    title: "Not answered",
    description:
      'When the question is not answered; for a choice of answers or a box to tick, also when the answer is not one of its choices. Say what to do, for example "Enter the school\'s name".',
  }),
  tooLong: template("max").optional().meta({
    title: "Too long",
    description:
      'When the answer is longer than allowed, for example "The school\'s name must be {max} characters or fewer", where {max} is filled in by the site with the limit (in characters, or in digits for a TRN).',
  }),
  tooShort: template("min").optional().meta({
    title: "Too short",
    description:
      'When the answer is shorter than allowed, for example "Your teacher reference number must include at least {min} digits", where {min} is filled in by the site with the limit.',
  }),
  format: template().optional().meta({
    title: "Wrong format",
    description:
      'When the answer is not written as the question needs: an email address, a phone number, a postcode or a URN as people write them; for other text, when it holds characters that no answer may hold. For example "Enter a full UK postcode, like SS14 3HG".',
  }),
  notANumber: template().optional().meta({
    title: "Not a number",
    description:
      'When the answer to a number question is not a number, for example "Enter the number of ECTs as a number, like 2".',
  }),
  notWhole: template().optional().meta({
    title: "Not a whole number",
    description:
      'When the answer to a number question is not a whole number, for example "The number of ECTs must be a whole number, like 2".',
  }),
  tooSmall: template("min").optional().meta({
    title: "Too small",
    description:
      'When a number is below the limit, for example "The number of ECTs must be {min} or more", where {min} is filled in by the site with the limit.',
  }),
  tooLarge: template("max").optional().meta({
    title: "Too large",
    description:
      'When a number is above the limit, for example "The number of ECTs must be {max} or fewer", where {max} is filled in by the site with the limit.',
  }),
});

/** One question of a form: its words and the kind of input that asks it. Rules live in the form's Yup schema. */
export const formFieldSchema = z.strictObject({
  /** Must be a field of the form's Yup schema. */
  name: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]*$/)
    .meta({
      title: "Answer name",
      description:
        "The name the answer is stored under, for example schoolName. Emails show the answer where its name is in curly brackets, such as {schoolName}. Keep it as it is: the form's checks use it too.",
    }),
  type: z.enum(["text", "email", "tel", "number", "textarea", "radios", "select", "checkbox"]).meta({
    title: "Kind of question",
    description:
      "How the question is asked: text (a line of text), email (an email address), tel (a phone number), number, textarea (a box for several lines), radios (one choice of a few, as round buttons), select (one choice from a drop-down list) or checkbox (a single box to tick). The form's checks expect the kind it has, so ask a developer before changing it.",
  }),
  /** The label, or the legend of a radios question. */
  label: z.string().min(1).meta({
    title: "Question",
    description:
      'The question or label above the answer, for example "School name". End it with "(optional)" when the answer may be left out. Emails, the staff area and the spreadsheet download show answers under it.',
  }),
  hint: z.string().optional().meta({
    title: "Hint",
    description:
      'Words under the question that help answer it: the format, an example or why it is asked, for example "6 digits, for example 123456. You can find it on Get Information about Schools."',
  }),
  /** The HTML autocomplete token. */
  autocomplete: z.string().optional().meta({
    title: "Browser autofill",
    description:
      "A word that tells browsers what the answer is, so that they can offer to fill it in: for example name, email, tel, organization, address-line1 or postal-code; off stops them. The words come from a fixed list for web forms, so copy one from another question.",
  }),
  /** forms.css has each width. */
  width: z
    .union([z.literal(4), z.literal(10), z.literal(12), z.literal(20)])
    .optional()
    .meta({
      title: "Answer box width",
      description:
        "The width of the answer box in characters, for an answer of a known length: 4 (a small number), 10 (a postcode or URN), 12 (a TRN) or 20 (a phone number or a town). Without it the box takes the full width.",
    }),
  options: z.array(optionSchema).optional().meta({
    title: "Choices",
    description: "The choices that a radios or select question offers, in order.",
    itemLabel: "Choice",
  }),
  link: z
    .strictObject({
      text: z.string().min(1).meta({
        title: "Link text",
        description: 'The words of the link, for example "Read the privacy notice".',
      }),
      href: z.string().startsWith("/").meta({
        title: "Link to",
        description:
          "The page of this site that the link leads to: its address without the site's name, starting with /, for example /privacy/.",
      }),
    })
    .optional()
    .meta({
      title: "Link",
      description:
        'A link to a page that the question refers to, shown with it, such as the privacy notice beside "I have read the privacy notice".',
    }),
  errors: fieldErrorsSchema.optional().meta({
    title: "Error messages",
    description:
      "What the person is told when the answer breaks one of the question's rules: one message for each rule the question has. If a rule has no message, or a message has no rule, publishing the site fails with an error that names the question.",
  }),
});

/** A form's words and layout (`content/forms/*.json`): sections of questions and the submit button. */
export const formContentSchema = z
  .strictObject({
    submitLabel: z.string().min(1).meta({
      title: "Submit button",
      description: 'The words on the button that sends the form, for example "Register the school".',
    }),
    sections: z
      .array(
        z.strictObject({
          title: z.string().min(1).meta({
            title: "Heading",
            description: 'The section\'s heading, above its questions, for example "About the school".',
          }),
          fields: z.array(formFieldSchema).min(1).meta({
            title: "Questions",
            description: "The section's questions, in order.",
            itemLabel: "Question",
          }),
        }),
      )
      .min(1)
      .meta({
        title: "Sections",
        description: "Groups of questions, in order, each under its own heading.",
        itemLabel: "Section",
      }),
  })
  .meta({
    title: "Form",
    description:
      "A form's questions, in sections, with their hints, choices and error messages, and the words on its submit button. The rules of each answer (whether it is needed, its limits and format) are set by a developer.",
  });

/** A form's words and layout, as the form component renders them. */
export type FormContent = z.infer<typeof formContentSchema>;
/** One question of a form. */
export type FormField = z.infer<typeof formFieldSchema>;
/** A question's error messages, by rule. */
export type FieldErrors = z.infer<typeof fieldErrorsSchema>;
/** The name of one rule a question's error message is for. */
export type RuleName = keyof FieldErrors;
