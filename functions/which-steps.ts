import type { Config, Context } from "@netlify/functions";
import { handleQuestion } from "./lib/which-steps.ts";

/**
 * The questions of "Which steps apply to my school?": each shows its question (with the answer given before
 * chosen) and takes its Continue, sending the user on to the next question or to an outcome's static page.
 * Works without JavaScript; the questions and answers are in content/which-steps.json.
 */
export default async (req: Request, _context: Context) => handleQuestion(req);

export const config: Config = {
  // URLPattern, with or without the trailing slash. The first question is at the flow's own address, every other
  // under /which-steps/question/ (src/lib/which-steps/flow.ts), so a new question needs no new path here; the
  // outcomes beside them are static pages.
  path: ["/which-steps{/}?", "/which-steps/question/:id{/}?"],
};
