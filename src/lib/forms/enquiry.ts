/** The enquiry form on the contact page: its rules (shared) and its words (content/forms/enquiry.json). */
import { object, type InferType } from "yup";
import content from "../../../content/forms/enquiry.json" with { type: "json" };
import type { FormContent } from "../../schemas/forms.ts";
import type { FormDefinition } from "./definition.ts";
import { email, longText, mustTick, optionalText, requiredText } from "./rules.ts";

export const enquirySchema = object({
  name: requiredText("your name", 80),
  email: email("your"),
  school: optionalText("the school's name"),
  question: longText("your question", 2000).required("Enter your question"),
  privacy: mustTick("Confirm that you have read the privacy notice"),
});

/** An enquiry once it has passed the schema. */
export type Enquiry = InferType<typeof enquirySchema>;

/** Everything the browser and the function need to know about the enquiry form. */
export const enquiryForm: FormDefinition<typeof enquirySchema> = {
  id: "enquiry",
  endpoint: "/api/enquiries",
  page: "/contact/",
  confirmationPage: "/contact/sent/",
  schema: enquirySchema,
  content: content as FormContent,
};
