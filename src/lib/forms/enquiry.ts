/**
 * The enquiry form on the contact page: its rules (shared) and its words, error messages included
 * (content/forms/enquiry.json).
 */
import { object, type InferType } from "yup";
import content from "../../../content/forms/enquiry.json" with { type: "json" };
import type { FormContent } from "../../schemas/forms.ts";
import type { FormDefinition } from "./definition.ts";
import { formMessages, messageFor } from "./messages.ts";
import { email, longText, mustTick, optionalText, requiredText } from "./rules.ts";

/** The form's name: its content file's, its blob store's and its emails'. */
const id = "enquiry";
const words = content as FormContent;
const messages = formMessages(words, id);

export const enquirySchema = object({
  name: requiredText(messages("name"), 80),
  email: email(messages("email")),
  school: optionalText(messages("school")),
  question: longText(messages("question"), 2000).required(messageFor(messages("question"), "required")),
  privacy: mustTick(messages("privacy")),
});
messages.checkAllUsed();

/** An enquiry once it has passed the schema. */
export type Enquiry = InferType<typeof enquirySchema>;

/** Everything the browser and the function need to know about the enquiry form. */
export const enquiryForm: FormDefinition<typeof enquirySchema> = {
  id,
  endpoint: "/api/enquiries",
  page: "/contact/",
  confirmationPage: "/contact/sent/",
  schema: enquirySchema,
  content: words,
  listedAnswers: ["name", "school"],
};
