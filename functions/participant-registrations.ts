import type { Config, Context } from "@netlify/functions";
import { participantRegistrationForm } from "../src/lib/forms/participant-registration.ts";
import { formSubmissionHandler } from "./lib/submit-form.ts";

const handle = formSubmissionHandler(participantRegistrationForm);

/** POST /api/participant-registrations: an ECT or mentor registering, answered with their welcome pack. */
export default async (req: Request, context: Context) => handle(req, context);

// Netlify reads this statically: literals only (a unit test keeps the path equal to the form's endpoint).
export const config: Config = {
  path: "/api/participant-registrations",
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ["ip", "domain"] },
};
