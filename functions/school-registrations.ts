import type { Config, Context } from "@netlify/functions";
import { schoolRegistrationForm } from "../src/lib/forms/school-registration.ts";
import { formSubmissionHandler } from "./lib/submit-form.ts";

const handle = formSubmissionHandler(schoolRegistrationForm);

/** POST /api/school-registrations: a school registering with the alliance, as JSON or an HTML form. */
export default async (req: Request, context: Context) => handle(req, context);

// Netlify reads this statically: literals only (a unit test keeps the path equal to the form's endpoint).
export const config: Config = {
  path: "/api/school-registrations",
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ["ip", "domain"] },
};
