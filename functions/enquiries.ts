import type { Config, Context } from "@netlify/functions";
import { enquiryForm } from "../src/lib/forms/enquiry.ts";
import { formSubmissionHandler } from "./lib/submit-form.ts";

const handle = formSubmissionHandler(enquiryForm);

/** POST /api/enquiries: a question for the alliance from the contact page. */
export default async (req: Request, context: Context) => handle(req, context);

// Netlify reads this statically: literals only (a unit test keeps the path equal to the form's endpoint).
export const config: Config = {
  path: "/api/enquiries",
  rateLimit: { windowLimit: 5, windowSize: 60, aggregateBy: ["ip", "domain"] },
};
